package com.settle.ui.credit;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.PlannedCredit;
import com.settle.ui.common.Columns;
import java.time.LocalDate;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyCode;

/** Controller of the Apply credit balances dialog's content: the plan, the progress bar, the status line. */
public final class BatchApplyView {

    private final BatchApplyViewModel model;
    private final MoneyText format;

    @FXML private TableView<PlannedCredit> planTable;
    @FXML private TableColumn<PlannedCredit, Boolean> chosenColumn;
    @FXML private Label totalsLabel;
    @FXML private TableColumn<PlannedCredit, String> accountColumn;
    @FXML private TableColumn<PlannedCredit, String> invoiceColumn;
    @FXML private TableColumn<PlannedCredit, LocalDate> dateColumn;
    @FXML private TableColumn<PlannedCredit, Money> balanceColumn;
    @FXML private TableColumn<PlannedCredit, Money> amountColumn;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;

    public BatchApplyView(BatchApplyViewModel model, MoneyText format) {
        this.model = model;
        this.format = format;
    }

    @FXML
    private void initialize() {
        Columns.text(accountColumn, p -> p.accountNumber() + "  " + p.accountName());
        Columns.text(invoiceColumn, PlannedCredit::invoiceNumber);
        Columns.date(dateColumn, PlannedCredit::invoiceDate, format);
        Columns.money(balanceColumn, PlannedCredit::invoiceBalance, format);
        Columns.money(amountColumn, PlannedCredit::amount, format);
        chosenColumn.setCellValueFactory(c -> model.chosenProperty(c.getValue()));
        chosenColumn.setCellFactory(CheckBoxTableCell.forTableColumn(chosenColumn));
        chosenColumn.editableProperty().bind(model.runningProperty().not().and(model.finishedProperty().not()));
        planTable.getItems().setAll(model.plan());
        totalsLabel.textProperty().bind(model.totalsProperty());
        // Space toggles the selected row, as a clerk expects of a list of check boxes.
        planTable.setOnKeyPressed(e -> {
            PlannedCredit row = planTable.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && row != null && chosenColumn.isEditable()) {
                model.chosenProperty(row).set(!model.chosenProperty(row).get());
                e.consume();
            }
        });
        statusLabel.textProperty().bind(model.statusProperty());
    }

    /** Shows a run's progress and messages while it goes on. */
    void follow(Task<?> task) {
        progressBar.setVisible(true);
        progressBar.progressProperty().bind(task.progressProperty());
        statusLabel.textProperty().unbind();
        statusLabel.textProperty().bind(task.messageProperty());
    }

    /** Back to the view model's words once the run is over. */
    void settle() {
        statusLabel.textProperty().unbind();
        statusLabel.textProperty().bind(model.statusProperty());
    }
}
