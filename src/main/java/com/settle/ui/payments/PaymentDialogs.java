package com.settle.ui.payments;

import com.settle.domain.model.PaymentDetail;
import com.settle.service.CreditBalanceService.TransferCommand;
import com.settle.service.PaymentService.RefundCommand;
import com.settle.service.UnapplicationService.UnapplyCommand;
import com.settle.ui.common.Saving;

/** The dialogs of the payment actions, behind an interface so the view model is tested without windows. */
public interface PaymentDialogs {

    /** Opens the Apply dialog; {@code onSaved} runs after an application was saved. */
    void apply(PaymentDetail payment, Runnable onSaved);

    /** The form; {@code saving} saves what the clerk entered while the dialog waits (a refusal keeps it open). */
    void unapply(PaymentDetail payment, Saving<UnapplyCommand> saving);

    void refund(PaymentDetail payment, Saving<RefundCommand> saving);

    void transfer(PaymentDetail payment, Saving<TransferCommand> saving);

    boolean confirmCancel(PaymentDetail payment);

    /** A short notification that something was saved. */
    void saved(String message);

    void refused(String header, String message);
}
