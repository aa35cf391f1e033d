package com.settle.ui.signin;

import com.settle.service.Services;
import com.settle.ui.common.ViewLoader;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The sign-in dialog over the window of a protected file: Sign in (Enter) keeps it open until the file
 * opens, showing the refusal otherwise; Cancel (Escape) leaves the window without books.
 */
public final class SignInFlow {

    private static final ButtonType SIGN_IN = new ButtonType("Sign in", ButtonBar.ButtonData.OK_DONE);

    private SignInFlow() {
    }

    public static void show(Window owner, ViewLoader loader, SignInViewModel model, String fileName,
                            Consumer<Services> opened, Runnable canceled) {
        ViewLoader.View<SignInView> view = loader.load(SignInView.class, new SignInView(model, fileName));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Sign in to Settle");
        dialog.setHeaderText("Sign in");
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getStylesheets().addAll(view.root().getStylesheets());
        dialog.getDialogPane().getButtonTypes().addAll(SIGN_IN, ButtonType.CANCEL);
        Button signIn = (Button) dialog.getDialogPane().lookupButton(SIGN_IN);
        signIn.setId("signInButton");
        signIn.disableProperty().bind(model.busyProperty());
        signIn.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.signIn(services -> {
                dialog.setResult(SIGN_IN);
                dialog.close();
                opened.accept(services);
            });
        });
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != SIGN_IN) {
                canceled.run();
            }
        });
        dialog.show();
        Platform.runLater(view.controller()::focus);
    }
}
