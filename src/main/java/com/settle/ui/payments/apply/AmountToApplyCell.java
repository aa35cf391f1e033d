package com.settle.ui.payments.apply;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.ui.common.AmountField;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The editable Amount to Apply cell: a text field bound to the row's input. When nothing is typed,
 * the amount the rule or the typed items give shows as its prompt, so the screen always shows what
 * will be saved; a refused input is marked at the field with its reason.
 */
final class AmountToApplyCell extends TreeTableCell<ApplyRow, ApplyRow> {

    private final TextField field = new TextField();
    private static final Tooltip RULE_FILLED = new Tooltip("Filled in by the rule; this is what will be saved."
            + " Type an amount to change it.");
    private final MoneyText format;
    private ApplyRow bound;
    private final ChangeListener<Object> refresh = (o, a, b) -> show();

    /** @param fill fills an item with its balance or what is left (the ⇄ button; Ctrl+Enter in the field) */
    AmountToApplyCell(MoneyText format, Consumer<ApplyRow> fill) {
        this.format = format;
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && bound != null && !bound.isDocument()) {
                e.consume();
                fill.accept(bound);
            }
        });
        field.setAlignment(Pos.CENTER_RIGHT);
        field.getStyleClass().add("apply-field");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(ApplyRow row, boolean empty) {
        super.updateItem(row, empty);
        if (bound != null) {
            field.textProperty().unbindBidirectional(bound.inputProperty());
            bound.amountProperty().removeListener(refresh);
            bound.errorProperty().removeListener(refresh);
            bound.previewProperty().removeListener(refresh);
            bound = null;
        }
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        bound = row;
        field.textProperty().bindBidirectional(row.inputProperty());
        row.amountProperty().addListener(refresh);
        row.errorProperty().addListener(refresh);
        row.previewProperty().addListener(refresh);
        field.setId(row.isDocument() ? "apply-" + row.document().number()
                : "apply-" + row.document().number() + "-" + row.item().ordinal());
        field.setDisable(!row.balance().isPositive());
        setGraphic(field);
        show();
    }

    private void show() {
        if (bound == null) {
            return;
        }
        Money amount = bound.amountProperty().get();
        field.setPromptText(amount.isPositive() ? format.display(amount) : "");
        field.getStyleClass().remove("preview");
        if (bound.inputProperty().get().isBlank() && amount.isPositive()) {
            field.getStyleClass().add("preview");
        }
        field.setTooltip(bound.inputProperty().get().isBlank() && amount.isPositive() ? RULE_FILLED : null);
        AmountField.showError(field, bound.errorProperty().get());
    }
}
