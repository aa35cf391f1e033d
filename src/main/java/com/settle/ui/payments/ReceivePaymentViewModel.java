package com.settle.ui.payments;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.Overpayment;
import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.PaymentStatus;
import com.settle.domain.model.PaymentSummary;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.ApplyContext;
import com.settle.service.PaymentService.NewPaymentCommand;
import com.settle.service.ReceivePaymentService.ReceiveCommand;
import com.settle.service.ReceivePaymentService.ReceiveContext;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.FormModel;
import com.settle.ui.common.TaskRunner;
import com.settle.ui.payments.apply.ApplyPaymentViewModel;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Receive payment, the window a clerk opens most: who paid, how much, when and how; the customer's open
 * documents with the amount spread by the default rule (editable down to items); and what becomes of any
 * overpayment. Saved as one transaction by the receive service.
 */
public final class ReceivePaymentViewModel implements FormModel<ReceiveCommand> {

    private final NewPaymentViewModel payment;
    private final ApplyPaymentViewModel apply;
    private final TaskRunner runner;
    private final Function<String, ReceiveContext> contexts;
    private final MoneyText text;
    private final ObjectProperty<Overpayment> overpayment = new SimpleObjectProperty<>(Overpayment.LEAVE_UNAPPLIED);
    private final StringProperty loading = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper documentsShown = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** @param contexts reads a customer's open documents (run in the background) */
    public ReceivePaymentViewModel(List<AccountSummary> accounts, MoneyText text, LocalDate today, TaskRunner runner,
                                   Function<String, ReceiveContext> contexts) {
        this.text = text;
        this.runner = runner;
        this.contexts = contexts;
        // The form's label says Customer: so do its messages.
        this.payment = new NewPaymentViewModel(accounts, text, today, "Customer");
        this.apply = new ApplyPaymentViewModel(text.locale(), today);
        apply.dateProperty().bindBidirectional(payment.dateProperty());
        payment.accountProperty().addListener((o, a, b) -> reload());
        payment.amount().valueProperty().addListener((o, a, b) -> apply.available(b));
        error.bind(Bindings.createStringBinding(() -> {
            if (!payment.errorProperty().get().isEmpty()) {
                return payment.errorProperty().get();
            }
            if (!loading.get().isEmpty()) {
                return loading.get();
            }
            return apply.errorProperty().get();
        }, payment.errorProperty(), loading, apply.errorProperty()));
    }

    /** Reads the chosen customer's open documents again (after choosing, or after a refusal said they changed). */
    public void reload() {
        AccountSummary account = payment.accountProperty().get();
        if (account == null) {
            return;
        }
        String number = account.number();
        loading.set("Loading the open documents of " + number + "…");
        runner.run("Loading the open documents of " + number, () -> apply.prepare(applyContext(contexts.apply(number),
                account)), rows -> {
                    if (payment.accountProperty().get() != account) {
                        return;
                    }
                    apply.install(rows);
                    apply.available(payment.amount().valueProperty().get());
                    loading.set("");
                    documentsShown.set(documentsShown.get() + 1);
                }, e -> loading.set(BackgroundExecutor.clerkMessage(e)));
    }

    /**
     * The Apply part works on a payment; here that payment does not exist yet. It stands in with nothing
     * available until an amount is typed, and a date no application can be before (the application is dated
     * with the payment).
     */
    static ApplyContext applyContext(ReceiveContext c, AccountSummary account) {
        Money zero = Money.zero(c.currency());
        PaymentSummary s = new PaymentSummary("the new payment", account.number(), account.name(), LocalDate.MIN,
                PaymentMethod.OTHER, null, zero, zero, zero, zero, zero, PaymentStatus.PROCESSED);
        return new ApplyContext(new PaymentDetail(s, 0, null, null, List.of(), List.of(), List.of(), List.of()),
                c.documents(), c.defaultRule(), c.residuals());
    }

    /** What is left after the documents take their amounts; null until the documents are loaded. */
    public Money leftover() {
        return apply.remainingProperty().get();
    }

    private boolean overpaid() {
        Money left = leftover();
        return left != null && left.isPositive();
    }

    @Override
    public ReceiveCommand result() {
        NewPaymentCommand p = payment.result();
        ApplyCommand a = apply.command();
        return new ReceiveCommand(p, a.documents(), a.autoAmount(), a.rule(), a.expectedDocumentVersions(),
                overpaid() ? overpayment.get() : Overpayment.LEAVE_UNAPPLIED, null,
                apply.residualOffers().accepted());
    }

    @Override
    public String confirmation() {
        AccountSummary a = payment.accountProperty().get();
        Money amount = payment.amount().valueProperty().get();
        Money applied = apply.totalProperty().get();
        StringBuilder q = new StringBuilder("Record " + text.display(amount) + " from " + a.name() + " ("
                + a.number() + ")");
        if (applied != null && applied.isPositive()) {
            q.append(" and apply ").append(text.display(applied)).append(" to ").append(apply.spread());
        }
        q.append('?');
        if (overpaid()) {
            q.append("\n").append(text.display(leftover())).append(" left over ").append(overpayment.get().outcome())
                    .append('.');
        }
        return q.append(apply.residualOffers().confirmation()).toString();
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public NewPaymentViewModel payment() {
        return payment;
    }

    public ApplyPaymentViewModel apply() {
        return apply;
    }

    public ObjectProperty<Overpayment> overpaymentProperty() {
        return overpayment;
    }

    /** Counts each time a customer's documents were loaded into the Apply part (the view shows them again). */
    public ReadOnlyIntegerProperty documentsShownProperty() {
        return documentsShown.getReadOnlyProperty();
    }
}
