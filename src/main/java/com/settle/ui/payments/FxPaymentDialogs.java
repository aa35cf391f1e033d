package com.settle.ui.payments;

import com.settle.domain.AmountParser;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.policy.PaymentPolicy;
import com.settle.service.CreditBalanceService.TransferCommand;
import com.settle.service.PaymentService;
import com.settle.service.PaymentService.RefundCommand;
import com.settle.service.Services;
import com.settle.service.StaleDataException;
import com.settle.service.UnapplicationService;
import com.settle.service.UnapplicationService.UnapplyCommand;
import com.settle.service.UnapplicationService.UnapplyDocument;
import com.settle.ui.common.AmountField;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.FormDialog;
import com.settle.ui.common.ViewLoader;
import com.settle.ui.payments.apply.ApplyPaymentView;
import com.settle.ui.payments.apply.ApplyPaymentViewModel;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/** The payment actions' dialogs on screen: the Apply dialog and the short forms. */
public final class FxPaymentDialogs implements PaymentDialogs {

    private final Supplier<Window> owner;
    private final ViewLoader loader;
    private final BackgroundExecutor runner;
    private final Supplier<Services> services;
    private final MoneyText format;
    private final Clock clock;
    private final Consumer<String> notify;

    public FxPaymentDialogs(Supplier<Window> owner, ViewLoader loader, BackgroundExecutor runner,
                            Supplier<Services> services, MoneyText format, Clock clock, Consumer<String> notify) {
        this.owner = owner;
        this.loader = loader;
        this.runner = runner;
        this.services = services;
        this.format = format;
        this.clock = clock;
        this.notify = notify;
    }

    @Override
    public void apply(PaymentDetail payment, Runnable onSaved) {
        String number = payment.summary().number();
        ApplyPaymentViewModel model = new ApplyPaymentViewModel(format.locale(), LocalDate.now(clock));
        ViewLoader.View<ApplyPaymentView> view = loader.load(ApplyPaymentView.class,
                new ApplyPaymentView(model, format));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Apply this payment");
        dialog.setHeaderText("Apply " + number + " (" + payment.summary().accountNumber() + " "
                + payment.summary().accountName() + ") to open invoices and debit memos");
        dialog.setResizable(true);
        ButtonType applyType = new ButtonType("Apply This Payment", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(applyType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getStylesheets().addAll(view.root().getStylesheets());
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(applyType);
        applyButton.setId("applyThisPaymentButton");
        boolean[] saving = {false};
        BooleanProperty busy = new SimpleBooleanProperty(false);
        applyButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.canApplyProperty().get() || busy.get(), model.canApplyProperty(), busy));
        Runnable load = () -> runner.run("Loading open documents of " + payment.summary().accountNumber(),
                () -> model.prepare(services.get().applications().context(number)), prepared -> {
                    model.install(prepared);
                    view.controller().populate();
                }, e -> view.controller().saveFailed(BackgroundExecutor.clerkMessage(e), false));
        view.controller().setOnReload(load);
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (saving[0] || !confirm("Apply this payment", model.confirmation())) {
                return;
            }
            saving[0] = true;
            busy.set(true);
            runner.run("Applying " + number, () -> services.get().applications().apply(model.command()), r -> {
                dialog.setResult(applyType);
                dialog.close();
                notify.accept("Applied " + format.display(r.total()) + " of " + number + "; "
                        + format.display(r.unappliedAfter()) + " unapplied");
                onSaved.run();
            }, ex -> {
                saving[0] = false;
                busy.set(false);
                view.controller().saveFailed(BackgroundExecutor.clerkMessage(ex), ex instanceof StaleDataException);
            });
        });
        dialog.show();
        load.run();
    }

    private boolean confirm(String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    private AmountField amount(FormDialog<?> form, String label, Money initial) {
        AmountField field = form.field(label, new AmountField("Amount", format.locale(), AmountParser.Sign.POSITIVE,
                true));
        field.currencyProperty().set(initial.currency());
        field.setText(plain(initial));
        field.setId("amountField");
        form.validates(field.errorProperty());
        return field;
    }

    private DatePicker date(FormDialog<?> form, String label, LocalDate notBefore) {
        DatePicker picker = form.field(label, new DatePicker(LocalDate.now(clock)));
        picker.setId("dateField");
        PaymentPolicy policy = new PaymentPolicy(format);
        form.validates(Bindings.createStringBinding(() -> policy.notBeforePayment(label.replace("_", ""),
                picker.getValue(), notBefore).map(ValidationException::getMessage).orElse(""), picker.valueProperty()));
        return picker;
    }

    private static String text(TextField f) {
        return f.getText() == null || f.getText().isBlank() ? null : f.getText().strip();
    }

    private String plain(Money m) {
        return format.plain(m);
    }

    @Override
    public Optional<UnapplyCommand> unapply(PaymentDetail payment) {
        // What can be taken back: per document, and per item ("INV-00000012 #3"), net of earlier reversals.
        Map<String, Money> net = new LinkedHashMap<>();
        Map<String, Money> perItem = new LinkedHashMap<>();
        for (PaymentDetail.ApplicationView a : payment.applications()) {
            for (PaymentDetail.LineView l : a.lines()) {
                net.merge(l.documentNumber(), l.amount().minus(l.reversed()), Money::plus);
                perItem.merge(l.documentNumber() + " #" + l.ordinal(), l.amount().minus(l.reversed()), Money::plus);
            }
        }
        net.values().removeIf(m -> !m.isPositive());
        perItem.values().removeIf(m -> !m.isPositive());
        net.putAll(perItem);
        FormDialog<UnapplyCommand> form = new FormDialog<>(owner.get(), "Unapply",
                "Unapply " + payment.summary().number() + ": the reversal is recorded; nothing is deleted",
                "Unapply");
        ChoiceBox<String> scope = form.field("_Document or item", new ChoiceBox<>());
        scope.setId("scopeChoice");
        scope.getItems().add("Everything applied");
        scope.getItems().addAll(net.keySet());
        scope.getSelectionModel().selectFirst();
        AmountField amount = amount(form, "_Amount", payment.summary().applied());
        amount.disableProperty().bind(scope.getSelectionModel().selectedIndexProperty().isEqualTo(0));
        scope.valueProperty().addListener((o, a, b) -> amount.setText(plain(
                scope.getSelectionModel().getSelectedIndex() == 0 ? payment.summary().applied() : net.get(b))));
        form.validates(Bindings.createStringBinding(() -> {
            Money most = scope.getSelectionModel().getSelectedIndex() <= 0 ? null : net.get(scope.getValue());
            Money typed = amount.valueProperty().get();
            return most != null && typed != null && typed.isGreaterThan(most)
                    ? "Amount is more than this payment has applied to " + scope.getValue() + " ("
                    + format.display(most) + ")" : "";
        }, scope.valueProperty(), amount.valueProperty()));
        DatePicker date = date(form, "Effective _date", payment.summary().effectiveDate());
        TextField reason = form.field("_Reason code", new TextField());
        reason.setPromptText("default");
        TextField comment = form.field("_Comment", new TextField());
        return form.build(() -> {
            String chosen = scope.getValue();
            boolean all = scope.getSelectionModel().getSelectedIndex() == 0;
            BigDecimal value = all ? null : amount.valueProperty().get().amount();
            List<UnapplyDocument> docs = all || chosen.contains(" #") ? List.of()
                    : List.of(new UnapplyDocument(chosen, value));
            List<UnapplicationService.UnapplyItem> items = all || !chosen.contains(" #")
                    ? List.of() : List.of(new UnapplicationService.UnapplyItem(
                            chosen.substring(0, chosen.indexOf(" #")),
                            Integer.parseInt(chosen.substring(chosen.indexOf(" #") + 2)), value));
            return new UnapplyCommand(payment.summary().number(), date.getValue(), docs, items, text(reason),
                    text(comment), payment.version());
        }).showAndWait();
    }

    @Override
    public Optional<RefundCommand> refund(PaymentDetail payment) {
        FormDialog<RefundCommand> form = new FormDialog<>(owner.get(), "Refund",
                "Refund from " + payment.summary().number() + " (unapplied "
                        + format.display(payment.summary().unapplied()) + ")", "Refund");
        AmountField amount = amount(form, "_Amount", payment.summary().unapplied());
        DatePicker date = date(form, "Refund _date", payment.summary().effectiveDate());
        ChoiceBox<PaymentMethod> method = form.field("_Method", new ChoiceBox<>());
        method.getItems().addAll(PaymentMethod.values());
        method.setValue(payment.summary().method());
        TextField reference = form.field("R_eference", new TextField());
        TextField reason = form.field("_Reason code", new TextField());
        TextField comment = form.field("_Comment", new TextField());
        return form.build(() -> new RefundCommand(payment.summary().number(), amount.valueProperty().get().amount(),
                date.getValue(), method.getValue(), text(reference), text(reason), text(comment), payment.version()))
                .showAndWait();
    }

    @Override
    public Optional<TransferCommand> transfer(PaymentDetail payment) {
        FormDialog<TransferCommand> form = new FormDialog<>(owner.get(), "Transfer to credit balance",
                "Move unapplied money of " + payment.summary().number() + " to the credit balance of "
                        + payment.summary().accountNumber(), "Transfer");
        AmountField amount = amount(form, "_Amount", payment.summary().unapplied());
        DatePicker date = date(form, "_Date", payment.summary().effectiveDate());
        TextField reason = form.field("_Reason code", new TextField());
        reason.setPromptText("default");
        TextField accounting = form.field("Accounting c_ode", new TextField());
        TextField comment = form.field("_Comment", new TextField());
        return form.build(() -> new TransferCommand(payment.summary().number(), amount.valueProperty().get().amount(),
                date.getValue(), text(reason), text(accounting), text(comment), payment.version())).showAndWait();
    }

    /** The New payment form; the account list is searchable by number or name. */
    public Optional<PaymentService.NewPaymentCommand> newPayment(
            List<AccountSummary> accounts) {
        FormDialog<PaymentService.NewPaymentCommand> form = new FormDialog<>(owner.get(),
                "New payment", "Record a payment received from an account", "Record");
        var account = form.field("_Account", new SearchableComboBox<
                AccountSummary>());
        account.setId("accountChoice");
        account.getItems().addAll(accounts);
        account.setConverter(new StringConverter<>() {
            @Override
            public String toString(AccountSummary a) {
                return a == null ? "" : a.number() + "  " + a.name() + "  (" + a.currencyCode() + ")";
            }

            @Override
            public AccountSummary fromString(String s) {
                return accounts.stream().filter(a -> toString(a).equals(s)).findFirst().orElse(null);
            }
        });
        form.validates(Bindings.createStringBinding(() -> account.getValue() == null ? "Account is required"
                : "Active".equals(account.getValue().status()) ? ""
                : "Account " + account.getValue().number() + " is inactive; activate it first (Accounts > Edit"
                        + " account)", account.valueProperty()));
        AmountField amount = form.field("A_mount", new AmountField("Amount", format.locale(),
                AmountParser.Sign.POSITIVE, true));
        amount.setId("amountField");
        form.validates(amount.errorProperty());
        account.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                amount.currencyProperty().set(b.openBalance().currency());
            }
        });
        DatePicker date = form.field("Effective _date", new DatePicker(LocalDate.now(clock)));
        date.setId("dateField");
        form.validates(Bindings.createStringBinding(() -> date.getValue() == null ? "Effective date is required" : "",
                date.valueProperty()));
        ChoiceBox<PaymentMethod> method = form.field("Me_thod", new ChoiceBox<>());
        method.getItems().addAll(PaymentMethod.values());
        method.setValue(PaymentMethod.BANK_TRANSFER);
        TextField reference = form.field("_Reference", new TextField());
        reference.setId("referenceField");
        TextField comment = form.field("_Comment", new TextField());
        return form.build(() -> new PaymentService.NewPaymentCommand(account.getValue().number(),
                amount.valueProperty().get().amount(), date.getValue(), method.getValue(), text(reference),
                text(comment))).showAndWait();
    }

    @Override
    public boolean confirmCancel(PaymentDetail payment) {
        return confirm("Cancel payment", "Cancel payment " + payment.summary().number() + " of "
                + format.display(payment.summary().amount()) + "? It stays in the history as canceled.");
    }

    @Override
    public void saved(String message) {
        notify.accept(message);
    }

    @Override
    public void refused(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setHeaderText(header);
        alert.show();
    }
}
