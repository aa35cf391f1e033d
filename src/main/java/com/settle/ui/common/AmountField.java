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
import javafx.geometry.Pos;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * The one amount input: parses what the clerk types in their locale, refuses (never rounds) more
 * decimals than the currency allows, and exposes the amount or the reason it is not one. The error
 * is shown at the field (a red border and a tooltip).
 */
public class AmountField extends TextField {

    private final ObjectProperty<Currency> currency = new SimpleObjectProperty<>(Currency.getInstance("USD"));
    private final ReadOnlyObjectWrapper<Money> value = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final String field;
    private final AmountParser parser;
    private final AmountParser.Sign sign;
    private final boolean required;
    private boolean touched;

    public AmountField(String field, Locale locale, AmountParser.Sign sign, boolean required) {
        this.field = field;
        this.parser = AmountParser.forLocale(locale);
        this.sign = sign;
        this.required = required;
        setAlignment(Pos.CENTER_RIGHT);
        getStyleClass().add("amount-field");
        textProperty().addListener((o, a, b) -> {
            touched = true;
            validate();
        });
        currency.addListener((o, a, b) -> validate());
        validate();
    }

    private void validate() {
        String text = getText();
        String message = "";
        Money parsed = null;
        if (text == null || text.isBlank()) {
            message = required ? field + " is required" : "";
        } else {
            try {
                parsed = parser.parse(field, text, currency.get(), sign);
            } catch (ValidationException e) {
                message = e.getMessage();
            }
        }
        value.set(parsed);
        error.set(message);
        // An empty required field is not marked red before the clerk has typed in it; OK stays disabled.
        showError(this, touched || parsed != null || text != null && !text.isBlank() ? message : "");
    }

    /**
     * Marks a field invalid (red border, tooltip with the reason) or clears the mark. Not a ControlsFX
     * decoration: its Decorator wraps the scene's root in a DecorationPane, and a dialog's DialogPane
     * must stay the root of its scene (Dialog.show() fails otherwise).
     */
    public static void showError(TextField node, String message) {
        node.getStyleClass().remove("invalid");
        if (message == null || message.isEmpty()) {
            node.setTooltip(null);
        } else {
            node.getStyleClass().add("invalid");
            node.setTooltip(new Tooltip(message));
        }
    }

    public ObjectProperty<Currency> currencyProperty() {
        return currency;
    }

    /** The amount, or null while the text is blank or not a valid amount. */
    public ReadOnlyObjectProperty<Money> valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** Why the text is not a valid amount, naming the field; empty when it is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
