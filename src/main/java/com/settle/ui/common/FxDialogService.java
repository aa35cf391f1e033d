package com.settle.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Alerts owned by the main window; long texts go in a scrollable, selectable area. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void information(String title, String header, String text) {
        show(Alert.AlertType.INFORMATION, title, header, text);
    }

    @Override
    public void error(String title, String header, String text) {
        show(Alert.AlertType.ERROR, title, header, text);
    }

    @Override
    public boolean ask(String title, String header, String text, String yes) {
        javafx.scene.control.ButtonType answer = new javafx.scene.control.ButtonType(yes,
                javafx.scene.control.ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.WARNING, text, answer, javafx.scene.control.ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("askDialog");
        return alert.showAndWait().filter(b -> b == answer).isPresent();
    }

    @Override
    public boolean choose(String title, String header, String text, String usual, String other) {
        javafx.scene.control.ButtonType first = new javafx.scene.control.ButtonType(usual,
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.ButtonType second = new javafx.scene.control.ButtonType(other,
                javafx.scene.control.ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, second, first);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("chooseDialog");
        javafx.scene.control.Button usualButton = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(first);
        usualButton.setDefaultButton(true);
        javafx.application.Platform.runLater(usualButton::requestFocus);
        return alert.showAndWait().filter(b -> b == second).isPresent();
    }

    private void show(Alert.AlertType type, String title, String header, String text) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        if (text != null && text.lines().count() > 4) {
            TextArea area = new TextArea(text);
            area.setEditable(false);
            area.setWrapText(false);
            area.setPrefRowCount(14);
            area.setPrefColumnCount(80);
            alert.getDialogPane().setContent(area);
        } else {
            alert.setContentText(text);
        }
        alert.show();
    }
}
