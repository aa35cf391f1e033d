package com.settle.ui.common;

import com.settle.domain.AmountParser;
import com.settle.domain.Money;
import com.settle.domain.ValidationException;
import java.util.Currency;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * An amount as a form's view model holds it: the text typed in the user's locale, and the amount it is in the
 * currency or the reason it is not one (more decimals than the currency allows are refused, never rounded).
 * {@link AmountField} shows one on screen.
 */
public final class AmountInput {

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Currency> currency;
    private final ReadOnlyObjectWrapper<Money> value = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final String field;
    private final AmountParser parser;
    private final AmountParser.Sign sign;
    private final boolean required;

    public AmountInput(String field, Locale locale, Currency currency, AmountParser.Sign sign, boolean required) {
        this.field = field;
        this.parser = AmountParser.forLocale(locale);
        this.currency = new SimpleObjectProperty<>(currency);
        this.sign = sign;
        this.required = required;
        text.addListener((o, a, b) -> check());
        this.currency.addListener((o, a, b) -> check());
        check();
    }

    private void check() {
        String t = text.get();
        Money parsed = null;
        String message = "";
        if (t == null || t.isBlank()) {
            message = required ? field + " is required" : "";
        } else {
            try {
                parsed = parser.parse(field, t, currency.get(), sign);
            } catch (ValidationException e) {
                message = e.getMessage();
            }
        }
        value.set(parsed);
        error.set(message);
    }

    /** What is typed. */
    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Currency> currencyProperty() {
        return currency;
    }

    /** The amount, or null while the text is not one. */
    public ReadOnlyObjectProperty<Money> valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** Why the text is not an amount (naming the field); empty when it is, or when nothing is required. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
