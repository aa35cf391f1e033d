package com.settle.ui.payments;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.PaymentDetail;
import com.settle.service.CreditBalanceService;
import com.settle.service.PaymentService;
import com.settle.service.StaleDataException;
import com.settle.service.UnapplicationService;
import com.settle.service.UserContext;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.Saving;
import com.settle.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The payment detail page: the payment as last loaded, which actions can succeed (and why not),
 * and the actions themselves, each run in the background and followed by a reload.
 */
public final class PaymentDetailViewModel {

    /** One line of the Activity table: an unapplication, a refund or a transfer. */
    public record Activity(LocalDate date, String kind, String number, Money amount, String details) {
    }

    private final TaskRunner runner;
    private final MoneyText text;
    private final PaymentService payments;
    private final UnapplicationService unapplications;
    private final CreditBalanceService credits;
    private final PaymentDialogs dialogs;
    private final ReadOnlyObjectWrapper<PaymentDetail> detail = new ReadOnlyObjectWrapper<>();
    private final Map<PaymentAction, ReadOnlyStringWrapper> whyNot = new EnumMap<>(PaymentAction.class);
    private String number;

    public PaymentDetailViewModel(TaskRunner runner, PaymentService payments, UnapplicationService unapplications,
                                  CreditBalanceService credits, UserContext user, PaymentDialogs dialogs,
                                  MoneyText text) {
        this.text = text;
        this.runner = runner;
        this.payments = payments;
        this.unapplications = unapplications;
        this.credits = credits;
        this.dialogs = dialogs;
        for (PaymentAction a : PaymentAction.values()) {
            whyNot.put(a, new ReadOnlyStringWrapper("The payment is still loading."));
        }
        detail.addListener((o, old, d) -> {
            for (PaymentAction a : PaymentAction.values()) {
                String why = a.whyNot(d, user);
                whyNot.get(a).set(why == null ? "" : why);
            }
        });
    }

    public void load(String paymentNumber) {
        this.number = paymentNumber;
        reload();
    }

    public void reload() {
        String n = number;
        runner.run("Loading payment " + n, () -> payments.detail(n), detail::set);
    }

    public ReadOnlyObjectProperty<PaymentDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Why the action cannot succeed now; empty when it can. */
    public ReadOnlyStringProperty whyNotProperty(PaymentAction action) {
        return whyNot.get(action).getReadOnlyProperty();
    }

    /** Unapplications, refunds and transfers, oldest first. */
    public static List<Activity> activity(PaymentDetail d) {
        List<Activity> rows = new ArrayList<>();
        d.unapplications().forEach(u -> rows.add(new Activity(u.effectiveDate(), "Unapplication",
                "of " + d.applicationName(u.applicationId()), u.amount(), u.reasonCode() == null ? "" : u.reasonCode())));
        d.refunds().forEach(r -> rows.add(new Activity(r.date(), "Refund", r.number(), r.amount(),
                r.method().label() + (r.reference() == null ? "" : " " + r.reference()))));
        d.transfers().forEach(t -> rows.add(new Activity(t.date(), "Transfer to credit balance", t.number(),
                t.amount(), t.status().code())));
        rows.sort(Comparator.comparing(Activity::date));
        return rows;
    }

    private boolean possible(PaymentAction a) {
        return whyNot.get(a).get().isEmpty();
    }

    public void apply() {
        if (possible(PaymentAction.APPLY)) {
            dialogs.apply(detail.get(), this::reload);
        }
    }

    public void unapply() {
        if (possible(PaymentAction.UNAPPLY)) {
            dialogs.unapply(detail.get(), saving("Unapplying", unapplications::unapply,
                    r -> "Unapplied " + text.display(r.total()) + " of " + r.paymentNumber()));
        }
    }

    public void refund() {
        if (possible(PaymentAction.REFUND)) {
            dialogs.refund(detail.get(), saving("Refunding", payments::refund, r -> "Refund " + r + " saved"));
        }
    }

    public void transfer() {
        if (possible(PaymentAction.TRANSFER)) {
            dialogs.transfer(detail.get(), saving("Transferring", credits::transferFromPayment,
                    r -> "Transferred to the credit balance as " + r));
        }
    }

    public void cancel() {
        PaymentDetail d = detail.get();
        if (possible(PaymentAction.CANCEL) && dialogs.confirmCancel(d)) {
            save("Canceling", () -> {
                payments.cancel(d.summary().number(), d.version());
                return d.summary().number();
            }, r -> "Payment " + r + " canceled");
        }
    }

    /** Saves a form's command while its dialog waits: a refusal is said in the dialog, which stays open. */
    private <C, T> Saving<C> saving(String label, Function<C, T> work, Function<T, String> message) {
        return (command, saved, refused) -> runner.run(label, () -> work.apply(command), r -> {
            saved.run();
            dialogs.saved(message.apply(r));
            reload();
        }, e -> {
            refused.accept(BackgroundExecutor.clerkMessage(e));
            if (e instanceof StaleDataException) {
                reload();
            }
        });
    }

    private <T> void save(String label, Callable<T> work, Function<T, String> message) {
        runner.run(label, work, r -> {
            dialogs.saved(message.apply(r));
            reload();
        }, e -> {
            dialogs.refused(label + " was refused", BackgroundExecutor.clerkMessage(e));
            if (e instanceof StaleDataException) {
                reload();
            }
        });
    }
}
