package com.settle.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
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
    public void text(String title, String header, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, header);
        alert.getDialogPane().setContent(textArea(text));
        alert.setResizable(true);
        alert.show();
    }

    @Override
    public void error(String title, String header, String text) {
        show(Alert.AlertType.ERROR, title, header, text);
    }

    @Override
    public boolean ask(String title, String header, String text, String yes, String no) {
        ButtonType answer = new ButtonType(yes, ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.WARNING, text, answer, new ButtonType(no,
                ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("askDialog");
        return alert.showAndWait().filter(b -> b == answer).isPresent();
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("confirmDialog");
        ((Button) alert.getDialogPane().lookupButton(ButtonType.YES)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.NO)).setDefaultButton(false);
        return alert.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    @Override
    public int choose(String title, String header, String text, String usual, String... others) {
        ButtonType first = new ButtonType(usual, ButtonBar.ButtonData.CANCEL_CLOSE);
        List<ButtonType> answers = new ArrayList<>();
        for (String other : others) {
            answers.add(new ButtonType(other, ButtonBar.ButtonData.OTHER));
        }
        List<ButtonType> buttons = new ArrayList<>(answers);
        buttons.add(first);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, buttons.toArray(ButtonType[]::new));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("chooseDialog");
        Button usualButton = (Button) alert.getDialogPane().lookupButton(first);
        usualButton.setDefaultButton(true);
        Platform.runLater(usualButton::requestFocus);
        return alert.showAndWait().map(b -> answers.indexOf(b) + 1).orElse(0);
    }

    private void show(Alert.AlertType type, String title, String header, String text) {
        Alert alert = alert(type, title, header);
        if (text != null && text.lines().count() > 4) {
            alert.getDialogPane().setContent(textArea(text));
            alert.setResizable(true);
        } else {
            alert.setContentText(text);
        }
        alert.show();
    }

    private Alert alert(Alert.AlertType type, String title, String header) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        return alert;
    }

    private static TextArea textArea(String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(14);
        area.setPrefColumnCount(90);
        area.setId("dialogText");
        return area;
    }
}
