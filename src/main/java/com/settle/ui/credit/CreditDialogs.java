package com.settle.ui.credit;

import com.settle.domain.Money;
import com.settle.domain.model.HistoryLine;
import com.settle.domain.model.PlannedCredit;
import com.settle.service.CreditApplicationService.ApplyCreditCommand;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.service.CreditBalanceService.RefundCommand;
import com.settle.service.CreditBalanceService.UpdateCommand;
import java.util.List;
import java.util.Optional;

/**
 * The credit balance dialogs behind an interface, so the history page's view model is tested without
 * windows. Each form returns what the clerk entered, or nothing when they closed it.
 */
public interface CreditDialogs {

    Optional<AdjustCommand> adjust(String account, Money balance);

    Optional<ApplyCreditCommand> applyToInvoice(String account, Money balance, List<PlannedCredit> choices);

    Optional<RefundCommand> refund(String account, Money balance);

    Optional<UpdateCommand> edit(HistoryLine line);

    /** Yes / No. */
    boolean confirm(String title, String question);

    /** A refusal, in words, with what to do next. */
    void refused(String title, String message);
}
