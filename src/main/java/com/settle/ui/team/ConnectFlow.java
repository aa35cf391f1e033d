package com.settle.ui.team;

import com.settle.domain.ServerAddress;
import com.settle.service.Services;
import com.settle.ui.common.ViewLoader;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The Connect to a team server dialog: Connect (Enter) keeps it open until the server's company opens, showing the
 * refusal otherwise; Cancel (Escape) leaves the window with the books it had.
 */
public final class ConnectFlow {

    private static final ButtonType CONNECT = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);

    private ConnectFlow() {
    }

    /** @param canceled runs when the dialog closes without connecting */
    public static void show(Window owner, ViewLoader loader, ConnectViewModel model, Runnable canceled,
                            BiConsumer<ServerAddress, Services> connected) {
        ViewLoader.View<ConnectView> view = loader.load(ConnectView.class, new ConnectView(model));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Connect to a team server");
        dialog.setHeaderText("Connect to a team server");
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getStylesheets().addAll(view.root().getStylesheets());
        dialog.getDialogPane().getButtonTypes().addAll(CONNECT, ButtonType.CANCEL);
        Button connect = (Button) dialog.getDialogPane().lookupButton(CONNECT);
        connect.setId("connectButton");
        connect.disableProperty().bind(model.busyProperty());
        // While signing in, the dialog waits for the answer: books opened after a Cancel would be left open unseen.
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).disableProperty().bind(model.busyProperty());
        connect.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.connect((address, books) -> {
                dialog.setResult(CONNECT);
                dialog.close();
                connected.accept(address, books);
            });
        });
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != CONNECT) {
                canceled.run();
            }
        });
        dialog.show();
        Platform.runLater(view.controller()::focus);
    }
}
