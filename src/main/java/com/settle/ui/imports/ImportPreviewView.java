package com.settle.ui.imports;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** Controller of an import's preview: the file's path and the lines, wrapped to the list's width. */
public final class ImportPreviewView {

    private final ImportPreviewViewModel model;

    @FXML private Label pathLabel;
    @FXML private ListView<String> linesList;

    public ImportPreviewView(ImportPreviewViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        pathLabel.setText(model.path());
        linesList.setItems(FXCollections.observableArrayList(model.lines()));
        // Long lines (a row imported before names its record, batch, file and time) wrap to the list's width.
        linesList.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        linesList.setPrefHeight(Math.min(420, 40 + 44 * model.lines().size()));
    }
}
