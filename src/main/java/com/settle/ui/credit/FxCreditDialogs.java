package com.settle.ui.credit;

import com.settle.domain.AmountParser;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.HistoryLine;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.PlannedCredit;
import com.settle.domain.policy.CreditPolicy;
import com.settle.domain.policy.PaymentPolicy;
import com.settle.service.CreditApplicationService.ApplyCreditCommand;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.service.CreditBalanceService.RefundCommand;
import com.settle.service.CreditBalanceService.UpdateCommand;
import com.settle.ui.common.AmountField;
import com.settle.ui.common.FormDialog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The credit balance dialogs: Adjust balance, Apply to invoice, Refund, Edit, and confirmations. */
public final class FxCreditDialogs implements CreditDialogs {

    private final Supplier<Window> owner;
    private final MoneyText format;
    private final Clock clock;
    private final CreditPolicy credit;
    private final PaymentPolicy payments;

    public FxCreditDialogs(Supplier<Window> owner, MoneyText format, Clock clock) {
        this.owner = owner;
        this.format = format;
        this.clock = clock;
        this.credit = new CreditPolicy(format);
        this.payments = new PaymentPolicy(format);
    }

    /** The refusal's words, as the service would give them, or "" when there is none. */
    private static String refusal(Optional<ValidationException> refusal) {
        return refusal.map(ValidationException::getMessage).orElse("");
    }

    /** Like Stripe's Adjust balance: Increase or Decrease, amount, reason, accounting code, comment. */
    @Override
    public Optional<AdjustCommand> adjust(String account, Money balance) {
        FormDialog<AdjustCommand> form = new FormDialog<>(owner.get(), "Adjust balance",
                "Adjust the credit balance of " + account + " (now " + format.display(balance) + ")", "Adjust");
        ChoiceBox<AdjustmentType> type = form.field("_Type", new ChoiceBox<>());
        type.getItems().addAll(AdjustmentType.values());
        type.setValue(AdjustmentType.INCREASE);
        type.setId("typeField");
        AmountField amount = amount(form, balance, null);
        form.focusFirst(amount);
        form.validates(Bindings.createStringBinding(() -> type.getValue() != AdjustmentType.DECREASE
                || amount.valueProperty().get() == null ? "" : refusal(credit.withinCredit("Amount",
                amount.valueProperty().get(), balance)), type.valueProperty(), amount.valueProperty()));
        DatePicker date = date(form);
        TextField reason = text(form, "_Reason code", "default", "reasonField");
        TextField accounting = text(form, "Accounting c_ode", "none", "accountingField");
        TextField comment = text(form, "_Comment", "", "commentField");
        return form.build(() -> new AdjustCommand(account, type.getValue(), amount.valueProperty().get().amount(),
                value(reason), value(accounting), value(comment), date.getValue())).showAndWait();
    }

    /**
     * Apply to invoice: the open invoices oldest first, the oldest preselected, the amount
     * min(credit balance, invoice balance), which may be lowered but never raised.
     */
    @Override
    public Optional<ApplyCreditCommand> applyToInvoice(String account, Money balance, List<PlannedCredit> choices) {
        FormDialog<ApplyCreditCommand> form = new FormDialog<>(owner.get(), "Apply to invoice",
                "Apply credit of " + account + " (" + format.display(balance) + ") to an open invoice", "Apply");
        ComboBox<PlannedCredit> invoice = form.field("_Invoice", new ComboBox<>());
        invoice.setId("invoiceField");
        invoice.getItems().setAll(choices);
        invoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlannedCredit p) {
                return p == null ? "" : p.invoiceNumber() + "  " + format.date(p.invoiceDate()) + "  balance "
                        + format.display(p.invoiceBalance());
            }

            @Override
            public PlannedCredit fromString(String s) {
                return null;
            }
        });
        AmountField amount = amount(form, balance, null);
        form.focusFirst(amount);
        invoice.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                amount.setText(format.plain(b.amount()));
            }
        });
        invoice.setValue(choices.isEmpty() ? null : choices.get(0));
        form.validates(Bindings.createStringBinding(() -> invoice.getValue() == null ? "Invoice: choose one"
                : amount.valueProperty().get() == null ? "" : refusal(credit.withinCredit("Amount",
                amount.valueProperty().get(), balance).or(() -> payments.withinBalance("Amount",
                amount.valueProperty().get(), invoice.getValue().invoiceBalance()))),
                invoice.valueProperty(), amount.valueProperty()));
        DatePicker date = date(form);
        return form.build(() -> new ApplyCreditCommand(account, invoice.getValue().invoiceNumber(),
                amount.valueProperty().get().amount(), date.getValue(), null, null, null)).showAndWait();
    }

    @Override
    public Optional<RefundCommand> refund(String account, Money balance) {
        FormDialog<RefundCommand> form = new FormDialog<>(owner.get(), "Refund credit balance",
                "Pay credit of " + account + " back to the customer (balance " + format.display(balance) + ")",
                "Refund");
        AmountField amount = amount(form, balance, balance);
        form.validates(Bindings.createStringBinding(() -> amount.valueProperty().get() == null ? ""
                : refusal(credit.withinCredit("Amount", amount.valueProperty().get(), balance)),
                amount.valueProperty()));
        DatePicker date = date(form);
        ChoiceBox<PaymentMethod> method = form.field("_Method", new ChoiceBox<>());
        method.getItems().addAll(PaymentMethod.values());
        method.setValue(PaymentMethod.BANK_TRANSFER);
        method.setId("methodField");
        TextField reference = text(form, "R_eference", "", "referenceField");
        TextField comment = text(form, "_Comment", "", "commentField");
        return form.build(() -> new RefundCommand(account, amount.valueProperty().get().amount(), date.getValue(),
                method.getValue(), value(reference), null, value(comment))).showAndWait();
    }

    /** Edit: only the reason code and TransferredToAccounting may change. */
    @Override
    public Optional<UpdateCommand> edit(HistoryLine line) {
        FormDialog<UpdateCommand> form = new FormDialog<>(owner.get(), "Edit adjustment",
                "Edit " + line.adjustmentNumber() + " (only the reason code and Transferred to accounting change)",
                "Save");
        TextField reason = text(form, "_Reason code", "", "reasonField");
        reason.setText(line.reasonCode());
        ChoiceBox<String> transferred = form.field("_Transferred to accounting", new ChoiceBox<>());
        transferred.getItems().addAll("Processing", "Yes", "Error", "Ignore");
        transferred.setValue(line.transferredToAccounting());
        transferred.setId("transferredField");
        return form.build(() -> new UpdateCommand(line.adjustmentNumber(), value(reason), transferred.getValue()))
                .showAndWait();
    }

    /** What the Transfer to credit balance form gives for an invoice with a negative balance. */
    public record TransferFromInvoice(String invoiceNumber, LocalDate date, String reasonCode, String comment) {
    }

    /** Moving an invoice's negative balance to its account's credit balance (an Increase, source Invoice). */
    public Optional<TransferFromInvoice> transferFromInvoice(DocumentSummary invoice) {
        FormDialog<TransferFromInvoice> form = new FormDialog<>(owner.get(), "Transfer to credit balance",
                "Move " + format.display(invoice.balance().negate()) + ", the negative balance of " + invoice.number()
                        + ", to the credit balance of " + invoice.accountNumber() + " " + invoice.accountName(),
                "Transfer");
        DatePicker date = date(form);
        form.validates(Bindings.createStringBinding(() -> date.getValue() == null ? "" : payments.notBeforeDocument(
                "Date", date.getValue(), invoice.number(), invoice.documentDate()).map(ValidationException::getMessage)
                .orElse(""), date.valueProperty()));
        TextField reason = text(form, "_Reason code", "default", "reasonField");
        TextField comment = text(form, "_Comment", "optional, up to 255 characters", "commentField");
        form.note("The invoice's balance becomes zero and the history shows a from_invoice line.");
        return form.build(() -> new TransferFromInvoice(invoice.number(), date.getValue(), reason.getText(),
                comment.getText())).showAndWait();
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

    private AmountField amount(FormDialog<?> form, Money balance, Money initial) {
        AmountField field = form.field("_Amount", new AmountField("Amount", format.locale(),
                AmountParser.Sign.POSITIVE, true));
        field.currencyProperty().set(balance.currency());
        if (initial != null) {
            field.setText(format.plain(initial));
        }
        field.setId("amountField");
        form.validates(field.errorProperty());
        return field;
    }

    private DatePicker date(FormDialog<?> form) {
        DatePicker picker = form.field("_Date", new DatePicker(LocalDate.now(clock)));
        picker.setId("dateField");
        form.validates(Bindings.createStringBinding(() -> picker.getValue() == null ? "Date is required" : "",
                picker.valueProperty()));
        return picker;
    }

    private static TextField text(FormDialog<?> form, String label, String prompt, String id) {
        TextField field = form.field(label, new TextField());
        field.setPromptText(prompt);
        field.setId(id);
        return field;
    }

    private static String value(TextField f) {
        return f.getText() == null || f.getText().isBlank() ? null : f.getText().strip();
    }
}
