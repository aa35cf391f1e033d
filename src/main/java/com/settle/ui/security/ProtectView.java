package com.settle.ui.security;

import javafx.fxml.FXML;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

/** The protect form, then the recovery key; the dialog around it is {@link ProtectFlow}'s. */
public final class ProtectView {

    @FXML
    private VBox formBox;
    @FXML
    private Label introLabel;
    @FXML
    private Label administratorLabel;
    @FXML
    private PasswordField passwordField;
    @FXML
    private PasswordField againField;
    @FXML
    private Label warningLabel;
    @FXML
    private CheckBox understoodBox;
    @FXML
    private VBox keyBox;
    @FXML
    private Label keyLabel;
    @FXML
    private Button copyButton;
    @FXML
    private Button printButton;
    @FXML
    private Label backupWarningLabel;
    @FXML
    private CheckBox writtenDownBox;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label messageLabel;

    private final ProtectViewModel model;
    private final String fileName;

    public ProtectView(ProtectViewModel model, String fileName) {
        this.model = model;
        this.fileName = fileName;
    }

    @FXML
    private void initialize() {
        introLabel.setText("Protecting " + fileName + " encrypts it: nothing in it can be read without signing in."
                + " You sign in as its administrator with the password below, and can then give each person a"
                + " user and a password of their own. Settle closes and reopens the file to do it.");
        administratorLabel.setText(model.administrator());
        warningLabel.setText(ProtectViewModel.LOSS_WARNING);
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        againField.textProperty().bindBidirectional(model.againProperty());
        understoodBox.selectedProperty().bindBidirectional(model.understoodProperty());
        formBox.disableProperty().bind(model.busyProperty());
        formBox.visibleProperty().bind(model.doneProperty().not());
        formBox.managedProperty().bind(formBox.visibleProperty());
        keyBox.visibleProperty().bind(model.doneProperty());
        keyBox.managedProperty().bind(keyBox.visibleProperty());
        keyLabel.textProperty().bind(model.recoveryKeyProperty());
        backupWarningLabel.textProperty().bind(model.backupWarningProperty());
        backupWarningLabel.visibleProperty().bind(model.backupWarningProperty().isNotEmpty());
        backupWarningLabel.managedProperty().bind(backupWarningLabel.visibleProperty());
        writtenDownBox.selectedProperty().bindBidirectional(model.keyWrittenDownProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        model.doneProperty().addListener((o, was, now) -> {
            if (now) {
                copyButton.requestFocus();
            }
        });
    }

    /** The password field, first. */
    public void focus() {
        passwordField.requestFocus();
    }

    @FXML
    private void copyKey() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.recoveryKeyProperty().get());
        Clipboard.getSystemClipboard().setContent(content);
        model.messageProperty().set("Copied. Paste it where you keep it safe, away from this computer, then copy"
                + " something else so it does not stay on the clipboard.");
    }

    @FXML
    private void printKey() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.messageProperty().set("No printer is set up on this computer: write the key down by hand.");
            return;
        }
        if (!job.showPrintDialog(printButton.getScene().getWindow())) {
            job.cancelJob();
            return;
        }
        VBox page = new VBox(12, new Label("Settle recovery key for " + fileName),
                new Label(model.recoveryKeyProperty().get()),
                new Label("It opens the file when every password is forgotten. Keep it away from the computer."));
        boolean printed = job.printPage(page) && job.endJob();
        model.messageProperty().set(printed ? "Sent to the printer. Check the page before you close this."
                : "The printer did not take the page: write the key down by hand.");
    }
}
