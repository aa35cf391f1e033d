package com.settle.ui.credit;

import com.settle.domain.Money;
import com.settle.domain.model.HistoryLine;
import com.settle.domain.model.PlannedCredit;
import com.settle.service.CreditApplicationService.ApplyCreditCommand;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.service.CreditBalanceService.RefundCommand;
import com.settle.service.CreditBalanceService.UpdateCommand;
import com.settle.ui.common.Saving;
import java.util.List;

/**
 * The credit balance dialogs behind an interface, so the history page's view model is tested without
 * windows. Each form saves what the clerk entered through its {@link Saving} while the dialog waits; a refusal
 * is said in the dialog, which stays open.
 */
public interface CreditDialogs {

    void adjust(String account, Money balance, Saving<AdjustCommand> saving);

    void applyToInvoice(String account, Money balance, List<PlannedCredit> choices, Saving<ApplyCreditCommand> saving);

    void refund(String account, Money balance, Saving<RefundCommand> saving);

    void edit(HistoryLine line, Saving<UpdateCommand> saving);

    /** Yes / No. */
    boolean confirm(String title, String question);

    /** A refusal, in words, with what to do next. */
    void refused(String title, String message);
}
