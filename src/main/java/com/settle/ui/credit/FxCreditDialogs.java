package com.settle.ui.credit;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.HistoryLine;
import com.settle.domain.model.PlannedCredit;
import com.settle.domain.model.ReasonCodes;
import com.settle.service.CreditApplicationService.ApplyCreditCommand;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.service.CreditBalanceService.RefundCommand;
import com.settle.service.CreditBalanceService.UpdateCommand;
import com.settle.ui.common.FormHost;
import com.settle.ui.common.Saving;
import com.settle.ui.common.TaskRunner;
import com.settle.ui.common.ViewLoader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Opens the credit balance forms over the window (Adjust balance, Apply to invoice, Refund, Edit adjustment,
 * Transfer to credit balance: each an FXML view with its view model), and the confirmations.
 */
public final class FxCreditDialogs implements CreditDialogs {

    private final Supplier<Window> owner;
    private final ViewLoader loader;
    private final MoneyText format;
    private final Clock clock;
    private final TaskRunner runner;
    private final Function<String, ReasonCodes> reasons;

    /** @param reasons reads the active reason codes of a transaction type (run in the background) */
    public FxCreditDialogs(Supplier<Window> owner, ViewLoader loader, MoneyText format, Clock clock, TaskRunner runner,
                           Function<String, ReasonCodes> reasons) {
        this.owner = owner;
        this.runner = runner;
        this.reasons = reasons;
        this.loader = loader;
        this.format = format;
        this.clock = clock;
    }

    /** Like Stripe's Adjust balance: Increase or Decrease, amount, reason, accounting code, comment. */
    @Override
    public void adjust(String account, Money balance, Saving<AdjustCommand> saving) {
        withReasons(codes -> {
            CreditAdjustViewModel model = new CreditAdjustViewModel(account, balance, format, LocalDate.now(clock),
                    codes);
            var view = loader.load(CreditAdjustView.class, new CreditAdjustView(model));
            FormHost.showAndSave(owner.get(), view.root(), new FormHost.Words("Adjust balance", model.header(),
                    "Adjust"), model, view.controller().first(), saving);
        });
    }

    /**
     * Apply to invoice: the open invoices oldest first, the oldest preselected, the amount
     * min(credit balance, invoice balance), which may be lowered but never raised.
     */
    @Override
    public void applyToInvoice(String account, Money balance, List<PlannedCredit> choices,
                               Saving<ApplyCreditCommand> saving) {
        CreditApplyViewModel model = new CreditApplyViewModel(account, balance, choices, format, LocalDate.now(clock));
        var view = loader.load(CreditApplyView.class, new CreditApplyView(model));
        FormHost.showAndSave(owner.get(), view.root(), new FormHost.Words("Apply to invoice", model.header(),
                "Apply"), model, view.controller().first(), saving);
    }

    @Override
    public void refund(String account, Money balance, Saving<RefundCommand> saving) {
        CreditRefundViewModel model = new CreditRefundViewModel(account, balance, format, LocalDate.now(clock));
        var view = loader.load(CreditRefundView.class, new CreditRefundView(model));
        FormHost.showAndSave(owner.get(), view.root(), new FormHost.Words("Refund credit balance",
                model.header(), "Refund"), model, view.controller().first(), saving);
    }

    /** Edit: only the reason code and TransferredToAccounting may change. */
    @Override
    public void edit(HistoryLine line, Saving<UpdateCommand> saving) {
        withReasons(codes -> {
            AdjustmentEditViewModel model = new AdjustmentEditViewModel(line, codes);
            var view = loader.load(AdjustmentEditView.class, new AdjustmentEditView(model));
            FormHost.showAndSave(owner.get(), view.root(), new FormHost.Words("Edit adjustment", model.header(),
                    "Save"), model, view.controller().first(), saving);
        });
    }

    /** What the Transfer to credit balance form gives for an invoice with a negative balance. */
    public record TransferFromInvoice(String invoiceNumber, LocalDate date, String reasonCode, String comment) {
    }

    /** Moving an invoice's negative balance to its account's credit balance (an Increase, source Invoice). */
    public void transferFromInvoice(DocumentSummary invoice, Saving<TransferFromInvoice> saving) {
        withReasons(codes -> {
            InvoiceTransferViewModel model = new InvoiceTransferViewModel(invoice, format, LocalDate.now(clock), codes);
            var view = loader.load(InvoiceTransferView.class, new InvoiceTransferView(model));
            FormHost.showAndSave(owner.get(), view.root(), new FormHost.Words("Transfer to credit balance",
                    model.header(), "Transfer"), model, view.controller().first(), saving);
        });
    }

    /** Reads the active credit balance adjustment reason codes in the background, then opens the form. */
    private void withReasons(Consumer<ReasonCodes> open) {
        runner.run("Loading reason codes", () -> reasons.apply(ReasonCodes.CREDIT_BALANCE_ADJUSTMENT), open);
    }

    /** Yes / No. */
    @Override
    public boolean confirm(String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    /** A refusal, in words, with what to do next. */
    @Override
    public void refused(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title + " was refused; nothing was changed");
        alert.getDialogPane().setId("refusedDialog");
        alert.show();
    }
}
