package com.settle.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * A small form in a dialog: labelled fields in a grid, an error line that names the field, an OK
 * button (Enter) that stays disabled while anything is invalid, Cancel (Escape). The short action
 * dialogs (new payment, refund, transfer, unapply) share it instead of each repeating the same FXML.
 */
public final class FormDialog<R> {

    private final Dialog<R> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final List<ObservableStringValue> errors = new ArrayList<>();
    private final Label errorLabel = new Label();
    private final ButtonType ok;
    private int row;
    private Node focusFirst;

    public FormDialog(Window owner, String title, String header, String okText) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().add(
                FormDialog.class.getResource(ViewLoader.STYLE_SHEET).toExternalForm());
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10, 4, 4, 4));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(260);
        grid.getColumnConstraints().addAll(labels, fields);
        errorLabel.getStyleClass().add("form-error");
        errorLabel.setWrapText(true);
        errorLabel.setPrefWidth(420);
        errorLabel.setMinHeight(Region.USE_PREF_SIZE);
        errorLabel.setId("formError");
    }

    /** Adds a labelled field; the label's mnemonic (an underscore before a letter) focuses it. */
    public <N extends Node> N field(String label, N node) {
        Label l = new Label(label);
        l.setMnemonicParsing(true);
        l.setLabelFor(node);
        grid.addRow(row++, l, node);
        if (focusFirst == null) {
            focusFirst = node;
        }
        return node;
    }

    /** The field that has the focus when the dialog opens (default: the first one). */
    public void focusFirst(Node node) {
        this.focusFirst = node;
    }

    /** A line of text in the form (what will happen, figures to check). */
    public Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        grid.add(l, 0, row++, 2, 1);
        return l;
    }

    /** An error source: the dialog shows the first non-empty one and keeps OK disabled meanwhile. */
    public void validates(ObservableStringValue error) {
        errors.add(error);
    }

    public Dialog<R> dialog() {
        return dialog;
    }

    /** Finishes the dialog: the result is built by {@code result} when OK is pressed. */
    public Dialog<R> build(Supplier<R> result) {
        grid.add(errorLabel, 0, row++, 2, 1);
        dialog.getDialogPane().setContent(grid);
        var firstError = Bindings.createStringBinding(() -> errors.stream().map(ObservableStringValue::get)
                .filter(s -> s != null && !s.isEmpty()).findFirst().orElse(""), errors.toArray(new ObservableStringValue[0]));
        errorLabel.textProperty().bind(firstError);
        // A wrapped error adds a line: grow the window so the buttons stay in view.
        errorLabel.textProperty().addListener((o, a, b) -> Platform.runLater(() -> {
            var window = dialog.getDialogPane().getScene() == null ? null
                    : dialog.getDialogPane().getScene().getWindow();
            if (window != null && window.isShowing()) {
                window.sizeToScene();
            }
        }));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("okButton");
        okButton.disableProperty().bind(firstError.isNotEmpty());
        dialog.setResultConverter(b -> b == ok ? result.get() : null);
        // A focused check box takes Enter for itself; in a form, Enter means OK wherever the focus is.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER
                    && e.getTarget() instanceof CheckBox && !okButton.isDisabled()) {
                e.consume();
                okButton.fire();
            }
        });
        Node first = focusFirst;
        if (first != null) {
            dialog.setOnShown(e -> Platform.runLater(first::requestFocus));
        }
        return dialog;
    }
}
