package com.settle.ui.common;

import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;

/**
 * Shows a form view (its FXML, controller and {@link FormModel}) as a modal dialog: the main button (Enter)
 * stays disabled while the model has a problem, Cancel (Escape) gives nothing, Enter on a tick box presses
 * the main button instead of toggling the box, the window grows when a longer message wraps, and what the form
 * still needs shows in red only once the clerk has typed or clicked in it.
 */
public final class FormHost {

    /** The style class of a form nobody has typed in or clicked yet. */
    public static final String UNTOUCHED = "untouched";

    private FormHost() {
    }

    /** The dialog's words: its title, the line at its top and its main button. */
    public record Words(String title, String header, String ok) {
    }

    public static <R> Optional<R> showAndWait(Window owner, Parent content, Words words, FormModel<R> model,
                                              Node focus) {
        Dialog<R> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(words.title());
        dialog.setResizable(true);
        dialog.setHeaderText(words.header());
        ButtonType ok = new ButtonType(words.ok(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().addAll(content.getStylesheets());
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("okButton");
        okButton.disableProperty().bind(model.errorProperty().isNotEmpty());
        dialog.setResultConverter(b -> b == ok ? model.result() : null);
        // Money moves only on purpose: Yes (Enter) saves; No (Escape) goes back to the form with every entry kept.
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            String question = model.confirmation();
            if (question != null && !new FxDialogService(dialog.getDialogPane().getScene().getWindow())
                    .confirm(words.title(), question)) {
                e.consume();
            }
        });
        // Until the clerk types or clicks in the form, what it still needs is said calmly, not in red.
        content.getStyleClass().add(UNTOUCHED);
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_TYPED, e -> content.getStyleClass().remove(UNTOUCHED));
        dialog.getDialogPane().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> content.getStyleClass()
                .remove(UNTOUCHED));
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof CheckBox && !okButton.isDisabled()) {
                e.consume();
                okButton.fire();
            }
        });
        model.errorProperty().addListener((o, a, b) -> Platform.runLater(() -> {
            var window = dialog.getDialogPane().getScene() == null ? null
                    : dialog.getDialogPane().getScene().getWindow();
            if (window != null && window.isShowing()) {
                window.sizeToScene();
            }
        }));
        if (focus != null) {
            Platform.runLater(focus::requestFocus);
        }
        return dialog.showAndWait();
    }
}
