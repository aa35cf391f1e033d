package com.settle.ui.imports;

import com.settle.domain.model.ImportBatchSummary;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The import history table and its Undo button; what Undo does is the opener's (see {@link ImportFlow}). */
public final class ImportBatchesView {

    @FXML
    private TableView<ImportBatchSummary> table;
    @FXML
    private TableColumn<ImportBatchSummary, String> batchColumn;
    @FXML
    private TableColumn<ImportBatchSummary, String> kindColumn;
    @FXML
    private TableColumn<ImportBatchSummary, String> fileColumn;
    @FXML
    private TableColumn<ImportBatchSummary, String> importedColumn;
    @FXML
    private TableColumn<ImportBatchSummary, Number> rowsColumn;
    @FXML
    private TableColumn<ImportBatchSummary, Number> createdColumn;
    @FXML
    private TableColumn<ImportBatchSummary, Number> skippedColumn;
    @FXML
    private TableColumn<ImportBatchSummary, String> statusColumn;
    @FXML
    private Label message;
    @FXML
    private Button undoButton;

    private final ImportBatchesViewModel model;
    private Runnable onUndo = () -> { };

    public ImportBatchesView(ImportBatchesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        table.setItems(model.batches());
        text(batchColumn, ImportBatchSummary::number);
        text(kindColumn, ImportBatchSummary::kindLabel);
        text(fileColumn, ImportBatchSummary::fileName);
        text(importedColumn, b -> model.when(b.importedAt()));
        number(rowsColumn, ImportBatchSummary::rows);
        number(createdColumn, ImportBatchSummary::created);
        number(skippedColumn, ImportBatchSummary::skipped);
        text(statusColumn, model::status);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty()
                .set(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        message.textProperty().bind(model.messageProperty());
        undoButton.disableProperty().bind(model.canUndoProperty().not());
    }

    private static void text(TableColumn<ImportBatchSummary, String> column, Function<ImportBatchSummary, String> f) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(f.apply(c.getValue())));
    }

    private static void number(TableColumn<ImportBatchSummary, Number> column,
                               Function<ImportBatchSummary, Number> f) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(f.apply(c.getValue())));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
    }

    public void setOnUndo(Runnable onUndo) {
        this.onUndo = onUndo;
    }

    @FXML
    private void undo() {
        onUndo.run();
    }
}
