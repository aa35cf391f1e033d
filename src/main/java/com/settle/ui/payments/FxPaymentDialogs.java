package com.settle.ui.payments;

import com.settle.domain.MoneyText;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.ReasonCodes;
import com.settle.service.ApplicationService;
import com.settle.service.CreditBalanceService.TransferCommand;
import com.settle.service.PaymentService.NewPaymentCommand;
import com.settle.service.PaymentService.RefundCommand;
import com.settle.service.ReceivePaymentService;
import com.settle.service.ReceivePaymentService.ReceiveResult;
import com.settle.service.StaleDataException;
import com.settle.service.UnapplicationService.UnapplyCommand;
import com.settle.service.WriteOffService;
import com.settle.service.WriteOffService.Residual;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.DateFields;
import com.settle.ui.common.DialogFit;
import com.settle.ui.common.DiscardGuard;
import com.settle.ui.common.FormHost;
import com.settle.ui.common.FormModel;
import com.settle.ui.common.FxDialogService;
import com.settle.ui.common.Saving;
import com.settle.ui.common.ViewLoader;
import com.settle.ui.payments.apply.ApplyPaymentView;
import com.settle.ui.payments.apply.ApplyPaymentViewModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** The payment actions' dialogs on screen: the Apply dialog and the short forms. */
public final class FxPaymentDialogs implements PaymentDialogs {

    private final Supplier<Window> owner;
    private final ViewLoader loader;
    private final BackgroundExecutor runner;
    private final WriteOffService writeOffs;
    private final ApplicationService applications;
    private final MoneyText format;
    private final Clock clock;
    private final Consumer<String> notify;
    private final Function<String, ReasonCodes> reasons;

    public FxPaymentDialogs(Supplier<Window> owner, ViewLoader loader, BackgroundExecutor runner,
                            ApplicationService applications, WriteOffService writeOffs, MoneyText format, Clock clock, Consumer<String> notify,
                            Function<String, ReasonCodes> reasons) {
        this.reasons = reasons;
        this.owner = owner;
        this.loader = loader;
        this.runner = runner;
        this.applications = applications;
        this.writeOffs = writeOffs;
        this.format = format;
        this.clock = clock;
        this.notify = notify;
    }

    @Override
    public void apply(PaymentDetail payment, Runnable onSaved) {
        String number = payment.summary().number();
        ApplyPaymentViewModel model = new ApplyPaymentViewModel(format.locale(), LocalDate.now(clock));
        ViewLoader.View<ApplyPaymentView> view = loader.load(ApplyPaymentView.class,
                new ApplyPaymentView(model, format, loader));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Apply this payment");
        dialog.setHeaderText("Apply " + number + " (" + payment.summary().accountNumber() + " "
                + payment.summary().accountName() + ") to open invoices and debit memos");
        dialog.setResizable(true);
        DialogFit.fit(dialog);
        ButtonType applyType = new ButtonType("Apply This Payment", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(applyType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getStylesheets().addAll(view.root().getStylesheets());
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(applyType);
        applyButton.setId("applyThisPaymentButton");
        DiscardGuard guard = DiscardGuard.install(dialog);
        boolean[] saving = {false};
        BooleanProperty busy = new SimpleBooleanProperty(false);
        applyButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.canApplyProperty().get() || busy.get(), model.canApplyProperty(), busy));
        Runnable load = () -> runner.run("Loading open documents of " + payment.summary().accountNumber(),
                () -> model.prepare(applications.context(number)), prepared -> {
                    model.install(prepared);
                    view.controller().populate();
                }, e -> view.controller().saveFailed(BackgroundExecutor.clerkMessage(e), false));
        view.controller().setOnReload(load);
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            Optional<String> badDate = DateFields.commitAll(view.root());
            if (badDate.isPresent()) {
                view.controller().saveFailed(badDate.get(), false);
                return;
            }
            if (saving[0] || !confirm("Apply this payment", model.confirmation())) {
                return;
            }
            saving[0] = true;
            busy.set(true);
            List<Residual> settles = model.residualOffers().accepted();
            String settled = model.residualOffers().done();
            runner.run("Applying " + number, () -> settles.isEmpty() ? applications.apply(model.command())
                    : writeOffs.applyAndWriteOff(model.command(), settles), r -> {
                guard.saving();
                dialog.setResult(applyType);
                dialog.close();
                notify.accept("Applied " + format.display(r.total()) + " of " + number + "; "
                        + format.display(r.unappliedAfter()) + " unapplied" + (settled.isEmpty() ? ""
                        : "; " + settled));
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
        return new FxDialogService(owner.get()).confirm(title, question);
    }

    @Override
    public void unapply(PaymentDetail payment, Saving<UnapplyCommand> saving) {
        withReasons(ReasonCodes.UNAPPLICATION, codes -> {
            UnapplyViewModel model = new UnapplyViewModel(payment, format, LocalDate.now(clock), codes);
            var view = loader.load(UnapplyView.class, new UnapplyView(model));
            FormHost.showAndSave(owner.get(), view.root(), new FormHost.Words("Unapply", model.header(), "Unapply"),
                    model, view.controller().first(), saving);
        });
    }

    @Override
    public void refund(PaymentDetail payment, Saving<RefundCommand> saving) {
        withReasons(ReasonCodes.REFUND, codes -> {
            PaymentSpendViewModel model = new PaymentSpendViewModel(PaymentSpendViewModel.Kind.REFUND, payment,
                    format, LocalDate.now(clock), codes);
            spend(model, model.asRefund(), saving);
        });
    }

    @Override
    public void transfer(PaymentDetail payment, Saving<TransferCommand> saving) {
        withReasons(ReasonCodes.CREDIT_BALANCE_ADJUSTMENT, codes -> {
            PaymentSpendViewModel model = new PaymentSpendViewModel(PaymentSpendViewModel.Kind.TRANSFER, payment,
                    format, LocalDate.now(clock), codes);
            spend(model, model.asTransfer(), saving);
        });
    }

    /** Reads the active reason codes of the type in the background, then opens the form with them. */
    private void withReasons(String type, Consumer<ReasonCodes> open) {
        runner.run("Loading reason codes", () -> reasons.apply(type), open);
    }

    private <R> void spend(PaymentSpendViewModel model, FormModel<R> form, Saving<R> saving) {
        var view = loader.load(PaymentSpendView.class, new PaymentSpendView(model));
        FormHost.showAndSave(owner.get(), view.root(), new FormHost.Words(model.title(), model.header(),
                model.okText()), form, view.controller().first(), saving);
    }

    /** The New payment form; the account list is searchable by number or name. */
    public void newPayment(List<AccountSummary> accounts, Saving<NewPaymentCommand> saving) {
        NewPaymentViewModel model = new NewPaymentViewModel(accounts, format, LocalDate.now(clock));
        var view = loader.load(NewPaymentView.class, new NewPaymentView(model));
        FormHost.showAndSave(owner.get(), view.root(), new FormHost.Words("New payment",
                "Record a payment received from an account", "Record"), model, view.controller().first(), saving);
    }

    /**
     * Receive payment: record, apply and settle the rest in one transaction; {@code onSaved} runs once it is in
     * the books. A refusal keeps the window open; when documents changed meanwhile they are read again.
     */
    public void receive(List<AccountSummary> accounts, ReceivePaymentService receipts,
                        Consumer<ReceiveResult> onSaved) {
        ReceivePaymentViewModel model = new ReceivePaymentViewModel(accounts, format, LocalDate.now(clock), runner,
                receipts::context);
        var view = loader.load(ReceivePaymentView.class, new ReceivePaymentView(model, format, loader));
        FormHost.showAndSave(owner.get(), view.root(), new FormHost.Words("Receive payment",
                "Record a payment from a customer and apply it to their open invoices and debit memos",
                "Record and apply"), model, view.controller().first(), (c, saved, refused) -> runner.run(
                "Recording the payment", () -> receipts.receive(c), r -> {
                    saved.run();
                    notify.accept(received(r));
                    onSaved.accept(r);
                }, e -> {
                    refused.accept(BackgroundExecutor.clerkMessage(e));
                    if (e instanceof StaleDataException) {
                        model.reload();
                    }
                }));
    }

    private String received(ReceiveResult r) {
        StringBuilder s = new StringBuilder("Payment " + r.paymentNumber() + " of " + format.display(r.amount())
                + " recorded");
        if (r.applied().isPositive()) {
            s.append("; ").append(format.display(r.applied())).append(" applied");
        }
        if (r.leftoverNumber() != null) {
            s.append("; ").append(format.display(r.leftover())).append(' ').append(r.overpayment().outcome())
                    .append(" (").append(r.leftoverNumber()).append(')');
        } else if (r.leftover().isPositive()) {
            s.append("; ").append(format.display(r.leftover())).append(" unapplied");
        }
        return s.toString();
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
