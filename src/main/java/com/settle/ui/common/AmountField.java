package com.settle.ui.common;

import com.settle.domain.AmountParser;
import com.settle.domain.Money;
import java.util.Currency;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * The one amount input on screen: a field over an {@link AmountInput}, which parses what the clerk types in
 * their locale and refuses (never rounds) more decimals than the currency allows. The error is shown at the
 * field (a red border and a tooltip).
 */
public class AmountField extends TextField {

    private final AmountInput input;
    private boolean touched;

    public AmountField(String field, Locale locale, AmountParser.Sign sign, boolean required) {
        this(new AmountInput(field, locale, Currency.getInstance("USD"), sign, required));
    }

    /** A field over a form view model's amount. */
    public AmountField(AmountInput input) {
        this.input = input;
        setAlignment(Pos.CENTER_RIGHT);
        getStyleClass().add("amount-field");
        setText(input.textProperty().get());
        textProperty().bindBidirectional(input.textProperty());
        textProperty().addListener((o, a, b) -> touched = true);
        input.errorProperty().addListener((o, a, b) -> mark());
        input.valueProperty().addListener((o, a, b) -> mark());
        mark();
    }

    private void mark() {
        String text = getText();
        // An empty required field is not marked red before the clerk has typed in it; OK stays disabled.
        showError(this, touched || input.valueProperty().get() != null || text != null && !text.isBlank()
                ? input.errorProperty().get() : "");
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
        return input.currencyProperty();
    }

    /** The amount, or null while the text is blank or not a valid amount. */
    public ReadOnlyObjectProperty<Money> valueProperty() {
        return input.valueProperty();
    }

    /** Why the text is not a valid amount, naming the field; empty when it is. */
    public ReadOnlyStringProperty errorProperty() {
        return input.errorProperty();
    }
}
