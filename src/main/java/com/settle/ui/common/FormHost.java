package com.settle.ui.common;

import java.util.Optional;
import com.settle.domain.ValidationException;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shows a form view (its FXML, controller and {@link FormModel}) as a modal dialog: the main button (Enter)
 * stays disabled while the model has a problem, Cancel (Escape) gives nothing (asking first once the clerk has
 * typed: {@link DiscardGuard}), Enter on a tick box presses
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

    /** Shows the form and gives what the clerk entered (nothing when they closed it); the caller saves it. */
    public static <R> Optional<R> showAndWait(Window owner, Parent content, Words words, FormModel<R> model,
                                              Node focus) {
        Form<R> form = new Form<>(owner, content, words, model);
        form.dialog.setResultConverter(b -> b == form.ok ? model.result() : null);
        form.okButton.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<String> badDate = DateFields.commitAll(content);
            if (badDate.isPresent()) {
                form.refused(badDate.get());
                e.consume();
            } else if (!form.confirmed()) {
                e.consume();
            } else {
                form.guard.saving();
            }
        });
        return form.show(focus);
    }

    /**
     * Shows the form and saves it while the dialog waits: the dialog closes only once {@code saving} says the
     * result was saved. A refusal is shown in the dialog, which stays open with every entry kept.
     *
     * @return true when the result was saved
     */
    public static <R> boolean showAndSave(Window owner, Parent content, Words words, FormModel<R> model, Node focus,
                                          Saving<R> saving) {
        Form<R> form = new Form<>(owner, content, words, model);
        form.okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            Optional<String> badDate = DateFields.commitAll(content);
            if (badDate.isPresent()) {
                form.refused(badDate.get());
                return;
            }
            if (form.busy.get() || !form.confirmed()) {
                return;
            }
            R result;
            try {
                result = model.result();
            } catch (ValidationException ex) {
                form.refused(ex.getMessage());
                return;
            }
            form.busy.set(true);
            form.refusal.setText("");
            saving.save(result, () -> {
                form.guard.saving();
                form.dialog.setResult(result);
                form.dialog.close();
            }, form::refused);
        });
        return form.show(focus).isPresent();
    }

    /** The dialog around a form, with its main button, Cancel, and the line that says why a save was refused. */
    private static final class Form<R> {
        final Dialog<R> dialog = new Dialog<>();
        final ButtonType ok;
        final Button okButton;
        final Label refusal = new Label();
        final BooleanProperty busy = new SimpleBooleanProperty(false);
        final DiscardGuard guard;
        private final Words words;
        private final FormModel<R> model;

        Form(Window owner, Parent content, Words words, FormModel<R> model) {
            this.words = words;
            this.model = model;
            if (owner != null) {
                dialog.initOwner(owner);
            }
            dialog.setTitle(words.title());
            dialog.setResizable(true);
            DialogFit.fit(dialog);
            dialog.setHeaderText(words.header());
            ok = new ButtonType(words.ok(), ButtonBar.ButtonData.OK_DONE);
            dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
            refusal.setId("saveRefusal");
            refusal.getStyleClass().add("form-error");
            refusal.setWrapText(true);
            // The form sets the dialog's width; a long refusal wraps inside it and grows the dialog's height only.
            refusal.setPrefWidth(1);
            refusal.setMaxWidth(Double.MAX_VALUE);
            refusal.setMinHeight(Region.USE_PREF_SIZE);
            refusal.managedProperty().bind(refusal.textProperty().isNotEmpty());
            refusal.visibleProperty().bind(refusal.managedProperty());
            VBox box = new VBox(6, content, refusal);
            dialog.getDialogPane().setContent(box);
            dialog.getDialogPane().getStylesheets().addAll(content.getStylesheets());
            okButton = (Button) dialog.getDialogPane().lookupButton(ok);
            okButton.setId("okButton");
            okButton.disableProperty().bind(model.errorProperty().isNotEmpty().or(busy));
            dialog.getDialogPane().lookupButton(ButtonType.CANCEL).disableProperty().bind(busy);
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
            guard = DiscardGuard.install(dialog);
            model.errorProperty().addListener((o, a, b) -> resize());
            refusal.textProperty().addListener((o, a, b) -> resize());
        }

        /** Money moves only on purpose: Yes (Enter) goes on; No (Escape) goes back with every entry kept. */
        boolean confirmed() {
            String question = model.confirmation();
            return question == null || new FxDialogService(dialog.getDialogPane().getScene().getWindow())
                    .confirm(words.title(), question);
        }

        void refused(String message) {
            busy.set(false);
            refusal.setText(message.contains("Nothing was saved") ? message : message + " Nothing was saved.");
        }

        /** The window grows when a longer message wraps. */
        private void resize() {
            Platform.runLater(() -> {
                var window = dialog.getDialogPane().getScene() == null ? null
                        : dialog.getDialogPane().getScene().getWindow();
                if (window != null && window.isShowing()) {
                    window.sizeToScene();
                }
            });
        }

        Optional<R> show(Node focus) {
            if (focus != null) {
                Platform.runLater(focus::requestFocus);
            }
            return dialog.showAndWait();
        }
    }
}
