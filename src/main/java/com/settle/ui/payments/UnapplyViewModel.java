package com.settle.ui.payments;

import com.settle.domain.AmountParser;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.ReasonCodes;
import com.settle.domain.policy.PaymentPolicy;
import com.settle.service.UnapplicationService.UnapplyCommand;
import com.settle.service.UnapplicationService.UnapplyDocument;
import com.settle.service.UnapplicationService.UnapplyItem;
import com.settle.ui.common.AmountInput;
import com.settle.ui.common.FormModel;
import com.settle.ui.common.FormText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Unapply: takes back everything a payment has applied, or part of what it applied to one document or one
 * item (net of earlier reversals), dated on or after the payment. The reversal is recorded; nothing is
 * deleted. The limits are the domain's, in the service's words.
 */
public final class UnapplyViewModel implements FormModel<UnapplyCommand> {

    /** What can be taken back: everything, a document or an item, with the most that can. */
    public record Scope(String label, String documentNumber, Integer ordinal, Money most) {
        boolean everything() {
            return documentNumber == null;
        }

        /** How the service names it in a refusal. */
        String field() {
            return ordinal == null ? PaymentPolicy.documentField(documentNumber)
                    : PaymentPolicy.itemField(documentNumber, ordinal);
        }
    }

    private final PaymentDetail payment;
    /** Nothing is chosen when the form opens: taking money back is a choice the clerk makes. */
    static final String CHOOSE = "Choose what to unapply: everything applied, one document or one item";

    private final List<Scope> scopes;
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final AmountInput amount;
    private final ObjectProperty<LocalDate> date;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReasonCodes reasonCodes;
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final MoneyText text;
    private final BooleanBinding amountEditable = Bindings.createBooleanBinding(
            () -> scope.get() != null && !scope.get().everything(), scope);

    public UnapplyViewModel(PaymentDetail payment, MoneyText text, LocalDate today, ReasonCodes reasonCodes) {
        this.reasonCodes = reasonCodes;
        reason.set(reasonCodes.defaultCode());
        this.payment = payment;
        this.text = text;
        Map<String, Scope> documents = new LinkedHashMap<>();
        Map<String, Scope> items = new LinkedHashMap<>();
        for (PaymentDetail.ApplicationView a : payment.applications()) {
            for (PaymentDetail.LineView l : a.lines()) {
                Money net = l.amount().minus(l.reversed());
                documents.merge(l.documentNumber(), new Scope(l.documentNumber(), l.documentNumber(), null, net),
                        (x, y) -> new Scope(x.label(), x.documentNumber(), null, x.most().plus(y.most())));
                String item = l.documentNumber() + " #" + l.ordinal();
                items.merge(item, new Scope(item, l.documentNumber(), l.ordinal(), net),
                        (x, y) -> new Scope(x.label(), x.documentNumber(), x.ordinal(), x.most().plus(y.most())));
            }
        }
        Money applied = payment.summary().applied();
        List<Scope> all = new ArrayList<>();
        all.add(new Scope("Everything applied", null, null, applied));
        documents.values().stream().filter(s -> s.most().isPositive()).forEach(all::add);
        items.values().stream().filter(s -> s.most().isPositive()).forEach(all::add);
        this.scopes = List.copyOf(all);
        this.amount = new AmountInput("Amount", text.locale(), applied.currency(), AmountParser.Sign.POSITIVE, true);
        this.date = new SimpleObjectProperty<>(today);
        scope.addListener((o, a, b) -> amount.textProperty().set(b == null ? "" : text.plain(b.most())));
        PaymentPolicy policy = new PaymentPolicy(text);
        error.bind(Bindings.createStringBinding(() -> {
            Scope s = scope.get();
            if (s == null) {
                return CHOOSE;
            }
            if (!s.everything() && !amount.errorProperty().get().isEmpty()) {
                return amount.errorProperty().get();
            }
            Optional<ValidationException> refusal = s.everything() ? Optional.empty()
                    : policy.withinApplied(s.field(), amount.valueProperty().get(), s.most());
            return refusal.or(() -> policy.notBeforePayment("Effective date", date.get(),
                    payment.summary().effectiveDate())).map(ValidationException::getMessage).orElse("");
        }, scope, amount.errorProperty(), amount.valueProperty(), date));
    }

    /** The amount can be typed once a document or an item is chosen (everything takes back the whole). */
    public BooleanBinding amountEditableProperty() {
        return amountEditable;
    }

    public String header() {
        return "Unapply " + payment.summary().number() + ": the reversal is recorded; nothing is deleted";
    }

    @Override
    public String confirmation() {
        Scope s = scope.get();
        Money value = s.everything() ? s.most() : amount.valueProperty().get();
        return "Unapply " + text.display(value) + " of " + payment.summary().number() + " from "
                + (s.everything() ? "everything it was applied to" : s.label()) + "? Unapplied after: "
                + text.display(payment.summary().unapplied().plus(value)) + ".";
    }

    @Override
    public UnapplyCommand result() {
        Scope s = scope.get();
        BigDecimal value = s.everything() ? null : amount.valueProperty().get().amount();
        List<UnapplyDocument> docs = s.everything() || s.ordinal() != null ? List.of()
                : List.of(new UnapplyDocument(s.documentNumber(), value));
        List<UnapplyItem> its = s.everything() || s.ordinal() == null ? List.of()
                : List.of(new UnapplyItem(s.documentNumber(), s.ordinal(), value));
        return new UnapplyCommand(payment.summary().number(), date.get(), docs, its, FormText.optional(reason),
                FormText.optional(comment), payment.version());
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public List<Scope> scopes() {
        return scopes;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public AmountInput amount() {
        return amount;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The reason codes the form offers. */
    public ReasonCodes reasonCodes() {
        return reasonCodes;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty commentProperty() {
        return comment;
    }
}
