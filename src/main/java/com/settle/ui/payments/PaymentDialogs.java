package com.settle.ui.payments;

import com.settle.domain.model.PaymentDetail;
import com.settle.service.CreditBalanceService.TransferCommand;
import com.settle.service.PaymentService.RefundCommand;
import com.settle.service.UnapplicationService.UnapplyCommand;
import java.util.Optional;

/** The dialogs of the payment actions, behind an interface so the view model is tested without windows. */
public interface PaymentDialogs {

    /** Opens the Apply dialog; {@code onSaved} runs after an application was saved. */
    void apply(PaymentDetail payment, Runnable onSaved);

    Optional<UnapplyCommand> unapply(PaymentDetail payment);

    Optional<RefundCommand> refund(PaymentDetail payment);

    Optional<TransferCommand> transfer(PaymentDetail payment);

    boolean confirmCancel(PaymentDetail payment);

    /** A short notification that something was saved. */
    void saved(String message);

    void refused(String header, String message);
}
