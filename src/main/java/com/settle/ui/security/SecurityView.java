package com.settle.ui.security;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/** The Security tab of Settings. */
public final class SecurityView {

    @FXML
    private Label statusLabel;
    @FXML
    private Label chainHeadLabel;
    @FXML
    private VBox passwordBox;
    @FXML
    private PasswordField newPasswordField;
    @FXML
    private PasswordField againField;
    @FXML
    private Button changePasswordButton;
    @FXML
    private Label messageLabel;
    @FXML
    private Button protectButton;

    private final SecurityViewModel model;
    private final Runnable protect;

    /** @param protect opens the Protect dialog */
    public SecurityView(SecurityViewModel model, Runnable protect) {
        this.model = model;
        this.protect = protect;
    }

    @FXML
    private void initialize() {
        statusLabel.textProperty().bind(model.statusProperty());
        chainHeadLabel.textProperty().bind(model.chainHeadProperty());
        newPasswordField.textProperty().bindBidirectional(model.newPasswordProperty());
        againField.textProperty().bindBidirectional(model.againProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        passwordBox.visibleProperty().bind(model.protectedFileProperty());
        passwordBox.managedProperty().bind(passwordBox.visibleProperty());
        changePasswordButton.disableProperty().bind(model.newPasswordProperty().isEmpty());
        protectButton.visibleProperty().bind(model.canProtectProperty());
        protectButton.managedProperty().bind(protectButton.visibleProperty());
    }

    @FXML
    private void protectFile() {
        protect.run();
    }

    @FXML
    private void changePassword() {
        model.changePassword();
    }

    /** Reads the protection and the chain head afresh. */
    public void refresh() {
        model.load();
    }
}
