package com.settle.ui.signin;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** The sign-in form: user name, password, and what happened; the dialog around it is the opener's. */
public final class SignInView {

    @FXML
    private Label fileLabel;
    @FXML
    private TextField usernameField;
    @FXML
    private PasswordField passwordField;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label message;

    private final SignInViewModel model;
    private final String fileName;

    public SignInView(SignInViewModel model, String fileName) {
        this.model = model;
        this.fileName = fileName;
    }

    @FXML
    private void initialize() {
        fileLabel.setText(fileName + " is protected. Sign in with your user name and password.");
        usernameField.textProperty().bindBidirectional(model.usernameProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        message.textProperty().bind(model.messageProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        usernameField.disableProperty().bind(model.busyProperty());
        passwordField.disableProperty().bind(model.busyProperty());
        model.busyProperty().addListener((o, was, now) -> {
            if (!now) {
                passwordField.requestFocus();
            }
        });
    }

    /** The password field when a user name is already there, else the user name field. */
    public void focus() {
        (usernameField.getText().isBlank() ? usernameField : passwordField).requestFocus();
    }
}
