package com.settle.ui.payments.apply;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.policy.WriteOffPolicy;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The Apply dialog's offer to write off, in the same step, what stays open on the documents it pays to within
 * the currency's write-off tolerance ("Write off the remaining $0.03 on INV-00000012"). Empty when there is no
 * such document; the clerk ticks it to accept.
 */
public final class WriteOffOffer {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final BooleanProperty accepted = new SimpleBooleanProperty(false);
    private final WriteOffPolicy policy;
    private List<String> documents = List.of();
    private Money total;

    WriteOffOffer(MoneyText format) {
        this.policy = new WriteOffPolicy(format);
    }

    /** Recomputes the offer from the documents' amounts to apply and the tolerance (null: no offer). */
    void update(List<ApplyRow> documentRows, Money tolerance) {
        List<String> docs = new ArrayList<>();
        Money sum = null;
        for (ApplyRow d : documentRows) {
            Money amount = d.amountProperty().get();
            if (amount == null || !amount.isPositive()) {
                continue;
            }
            Money left = d.balance().minus(amount);
            if (left.isPositive() && WriteOffPolicy.withinTolerance(left, tolerance)) {
                docs.add(d.document().number());
                sum = sum == null ? left : sum.plus(left);
            }
        }
        documents = List.copyOf(docs);
        total = sum;
        text.set(docs.isEmpty() ? "" : policy.offer(sum) + " on " + String.join(", ", docs));
        if (docs.isEmpty()) {
            accepted.set(false);
        }
    }

    /** The offer as the check box reads; empty when there is none. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }

    /** The documents to write off with the application: none unless the clerk accepted. */
    public List<String> accepted() {
        return accepted.get() ? documents : List.of();
    }

    /** What the confirmation adds when accepted: the amount and the documents. */
    public String confirmation() {
        return accepted.get() && total != null ? "\n" + text.get() + " (a write-off with the default reason)." : "";
    }
}
