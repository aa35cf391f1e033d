package com.settle.ui.documents;

import com.settle.domain.policy.DocumentEntryPolicy;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One item line of the document entry form, as typed: charge, description, service period, quantity, unit
 * price and accounting code, with what the form works out for it (its amount, or the problem at a field).
 */
public final class ItemEntry {

    private final IntegerProperty line = new SimpleIntegerProperty();
    private final StringProperty charge = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final StringProperty quantity = new SimpleStringProperty("1");
    private final StringProperty unitPrice = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final BooleanProperty negative = new SimpleBooleanProperty();
    private final StringProperty quantityError = new SimpleStringProperty("");
    private final StringProperty unitPriceError = new SimpleStringProperty("");

    /** How refusals name this item: {@code Item 2}. */
    public String field() {
        return DocumentEntryPolicy.item(line.get());
    }

    /** Its number in the form, from 1; renumbered when an item above is removed. */
    public IntegerProperty lineProperty() {
        return line;
    }

    public StringProperty chargeProperty() {
        return charge;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty unitPriceProperty() {
        return unitPrice;
    }

    /** The accounting code chosen, or empty for the default. */
    public StringProperty codeProperty() {
        return code;
    }

    /** Quantity × unit price as it will be stored, in the account's currency; empty until both are valid. */
    public StringProperty amountProperty() {
        return amount;
    }

    public BooleanProperty negativeProperty() {
        return negative;
    }

    public StringProperty quantityErrorProperty() {
        return quantityError;
    }

    public StringProperty unitPriceErrorProperty() {
        return unitPriceError;
    }
}
