package com.settle.ui.home;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.Text;
import com.settle.domain.model.HomeFigures;
import com.settle.ui.common.Columns;
import com.settle.ui.common.PageController;
import java.util.List;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

/** Controller of Home. */
public final class HomeView implements PageController {

    private final HomeViewModel model;
    private final MoneyText format;
    private final Runnable openQueue;

    @FXML private TableView<HomeFigures> homeTotals;
    @FXML private Label emptyLabel;
    @FXML private TableColumn<HomeFigures, String> currencyColumn;
    @FXML private TableColumn<HomeFigures, Money> receivablesColumn;
    @FXML private TableColumn<HomeFigures, Money> unappliedColumn;
    @FXML private TableColumn<HomeFigures, Money> creditColumn;
    @FXML private TableColumn<HomeFigures, Money> currentColumn;
    @FXML private TableColumn<HomeFigures, Money> d30Column;
    @FXML private TableColumn<HomeFigures, Money> d60Column;
    @FXML private TableColumn<HomeFigures, Money> d90Column;
    @FXML private TableColumn<HomeFigures, Money> overColumn;
    @FXML private ChoiceBox<HomeFigures> agingCurrency;
    @FXML private BarChart<String, Number> agingChart;
    @FXML private NumberAxis agingAxis;
    @FXML private Label queueLabel;
    @FXML private Hyperlink queueLink;

    /** @param openQueue shows the Credit balances page with the work queue */
    public HomeView(HomeViewModel model, MoneyText format, Runnable openQueue) {
        this.model = model;
        this.format = format;
        this.openQueue = openQueue;
    }

    @FXML
    private void initialize() {
        Columns.text(currencyColumn, HomeFigures::currency);
        money(receivablesColumn, HomeFigures::receivables);
        money(unappliedColumn, HomeFigures::unappliedPayments);
        money(creditColumn, HomeFigures::creditBalances);
        money(currentColumn, HomeFigures::current);
        money(d30Column, HomeFigures::days1to30);
        money(d60Column, HomeFigures::days31to60);
        money(d90Column, HomeFigures::days61to90);
        money(overColumn, HomeFigures::over90);
        homeTotals.setItems(model.currencies());
        emptyLabel.textProperty().bind(model.emptyTextProperty());
        agingCurrency.setItems(model.currencies());
        agingCurrency.setConverter(new StringConverter<>() {
            @Override
            public String toString(HomeFigures f) {
                return f == null ? "" : f.currency();
            }

            @Override
            public HomeFigures fromString(String s) {
                return null; // chosen from the list only
            }
        });
        agingCurrency.valueProperty().bindBidirectional(model.agingProperty());
        model.agingProperty().addListener((o, old, now) -> drawAging(now));
        model.queuedProperty().addListener((o, old, now) -> {
            int n = now.intValue();
            queueLabel.setText(n < 0 ? "" : n == 0 ? "No account has both a credit balance and an open invoice."
                    : Text.count(n, "account", format.locale()) + (n == 1 ? " has" : " have")
                    + " a credit balance and an open invoice.");
            queueLink.setVisible(n > 0);
        });
        queueLink.setVisible(false);
    }

    private void money(TableColumn<HomeFigures, Money> column, Function<HomeFigures, Money> value) {
        Columns.money(column, value::apply, format);
    }

    private void drawAging(HomeFigures f) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        if (f != null) {
            for (var bucket : f.aging()) {
                series.getData().add(new XYChart.Data<>(bucket.getKey(), bucket.getValue().amount()));
            }
            agingAxis.setLabel(f.currency());
        }
        agingChart.getData().setAll(List.of(series));
    }

    @FXML
    private void openQueue() {
        openQueue.run();
    }

    @Override
    public void refresh() {
        model.load();
    }

    @Override
    public void focus() {
        homeTotals.requestFocus();
    }
}
