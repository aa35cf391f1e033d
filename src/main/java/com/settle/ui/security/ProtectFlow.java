package com.settle.ui.security;

import com.settle.service.Services;
import com.settle.ui.common.ViewLoader;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * The Protect dialog: Protect (Enter) checks the form and encrypts the file, keeping the dialog open; then
 * the recovery key, and Done, which waits for the tick that it is written down. Cancel (Escape) before
 * protecting changes nothing; after, there is no way to close it but Done.
 */
public final class ProtectFlow {

    private static final ButtonType PROTECT = new ButtonType("Protect", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType DONE = new ButtonType("Done", ButtonBar.ButtonData.OK_DONE);

    private ProtectFlow() {
    }

    /** @param protectedBooks gets the reopened, protected books as soon as the file is protected */
    public static void show(Window owner, ViewLoader loader, ProtectViewModel model, String fileName,
                            Consumer<Services> protectedBooks) {
        ViewLoader.View<ProtectView> view = loader.load(ProtectView.class, new ProtectView(model, fileName));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Protect this company file");
        dialog.setHeaderText("Protect " + fileName + " with a password");
        dialog.getDialogPane().setId("protectDialog");
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getStylesheets().addAll(view.root().getStylesheets());
        dialog.getDialogPane().getButtonTypes().addAll(PROTECT, ButtonType.CANCEL);
        Button protect = (Button) dialog.getDialogPane().lookupButton(PROTECT);
        protect.setId("protectButton");
        protect.disableProperty().bind(model.busyProperty());
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).disableProperty().bind(model.busyProperty());
        protect.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.protect(books -> {
                dialog.setHeaderText("Write down the recovery key");
                dialog.getDialogPane().getButtonTypes().setAll(DONE);
                Button done = (Button) dialog.getDialogPane().lookupButton(DONE);
                done.setId("protectDoneButton");
                done.disableProperty().bind(model.keyWrittenDownProperty().not());
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                protectedBooks.accept(books);
            });
        });
        // Enter on a tick box presses the dialog's main button, as everywhere else in the dialog (JavaFX would
        // toggle the box instead, undoing the tick a clerk just made).
        dialog.getDialogPane().addEventFilter(KeyEvent.ANY, e -> {
            if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof CheckBox) {
                e.consume();
                if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                    ButtonType main = dialog.getDialogPane().getButtonTypes().get(0);
                    Button button = (Button) dialog.getDialogPane().lookupButton(main);
                    if (!button.isDisabled()) {
                        button.fire();
                    }
                }
            }
        });
        dialog.show();
        Platform.runLater(view.controller()::focus);
    }
}
