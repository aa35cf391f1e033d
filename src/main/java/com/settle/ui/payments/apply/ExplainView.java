package com.settle.ui.payments.apply;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.ui.common.Columns;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Controller of the Explain dialog: the rule's summary above the split as a table. */
public final class ExplainView {

    private final ExplainViewModel model;
    private final MoneyText format;

    @FXML private Label summaryLabel;
    @FXML private TableView<Explanation.Row> table;
    @FXML private TableColumn<Explanation.Row, String> documentColumn;
    @FXML private TableColumn<Explanation.Row, String> itemColumn;
    @FXML private TableColumn<Explanation.Row, Money> balanceColumn;
    @FXML private TableColumn<Explanation.Row, Money> shareColumn;
    @FXML private TableColumn<Explanation.Row, String> whyColumn;
    @FXML private Label totalLabel;

    public ExplainView(ExplainViewModel model, MoneyText format) {
        this.model = model;
        this.format = format;
    }

    @FXML
    private void initialize() {
        summaryLabel.setText(model.summary());
        Columns.text(documentColumn, Explanation.Row::document);
        Columns.text(itemColumn, Explanation.Row::item);
        Columns.money(balanceColumn, Explanation.Row::balance, format);
        Columns.money(shareColumn, Explanation.Row::share, format);
        Columns.text(whyColumn, Explanation.Row::why);
        table.setItems(FXCollections.observableArrayList(model.rows()));
        Money total = model.total();
        totalLabel.setText(total == null ? "" : format.display(total));
    }

    public TableView<Explanation.Row> table() {
        return table;
    }
}
