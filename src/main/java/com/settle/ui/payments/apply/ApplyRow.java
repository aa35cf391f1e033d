package com.settle.ui.payments.apply;

import com.settle.domain.Money;
import com.settle.domain.model.OpenDocument;
import com.settle.domain.policy.PaymentPolicy;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One row of the Apply dialog: a document or one of its items. {@code input} is what the clerk
 * typed; {@code amount} is what will be applied (typed, the sum of typed items, or the rule's share,
 * then marked {@code preview}); {@code error} says why the input is refused.
 */
public final class ApplyRow {

    private final OpenDocument document;
    private final OpenDocument.Item item;
    private final StringProperty input = new SimpleStringProperty("");
    private final ObjectProperty<Money> amount;
    private final BooleanProperty preview = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");

    ApplyRow(OpenDocument document, OpenDocument.Item item) {
        this.document = document;
        this.item = item;
        this.amount = new SimpleObjectProperty<>(Money.zero(document.balance().currency()));
    }

    public boolean isDocument() {
        return item == null;
    }

    public OpenDocument document() {
        return document;
    }

    /** The item, or null for a document row. */
    public OpenDocument.Item item() {
        return item;
    }

    public Money balance() {
        return item == null ? document.balance() : item.balance();
    }

    /** How the row is named in messages, as the service names it: {@code Document INV-…} or {@code Item INV-… #3}. */
    public String label() {
        return item == null ? PaymentPolicy.documentField(document.number())
                : PaymentPolicy.itemField(document.number(), item.ordinal());
    }

    public StringProperty inputProperty() {
        return input;
    }

    public ObjectProperty<Money> amountProperty() {
        return amount;
    }

    public BooleanProperty previewProperty() {
        return preview;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
