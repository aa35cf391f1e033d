package com.settle.ui.team;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** The Connect to a team server form: the server's address, user name, password, and what happened. */
public final class ConnectView {

    @FXML
    private TextField serverField;
    @FXML
    private TextField usernameField;
    @FXML
    private PasswordField passwordField;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label message;

    private final ConnectViewModel model;

    public ConnectView(ConnectViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        serverField.textProperty().bindBidirectional(model.serverProperty());
        usernameField.textProperty().bindBidirectional(model.usernameProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        message.textProperty().bind(model.messageProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        for (TextField f : new TextField[] {serverField, usernameField, passwordField}) {
            f.disableProperty().bind(model.busyProperty());
        }
        model.busyProperty().addListener((o, was, now) -> {
            if (!now) {
                passwordField.requestFocus();
            }
        });
    }

    /** The first empty field, the password when the server and user name are remembered. */
    public void focus() {
        (serverField.getText().isBlank() ? serverField : usernameField.getText().isBlank() ? usernameField
                : passwordField).requestFocus();
    }
}
