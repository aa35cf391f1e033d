package com.settle.ui.credit;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.AdjustmentStatus;
import com.settle.domain.model.HistoryLine;
import com.settle.domain.model.HistoryType;
import com.settle.domain.model.Permission;
import com.settle.ui.common.Columns;
import com.settle.ui.common.Lists;
import com.settle.ui.common.PageController;
import com.settle.ui.common.Permitted;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Controller of an account's credit balance history: balance, chart, ledger, filters and the actions. */
public final class CreditHistoryView implements PageController {

    /** Where a history export goes; the window asks with a file chooser, tests give a path. */
    public interface ExportTarget {
        Path choose(String suggestedName);
    }

    private final CreditHistoryViewModel model;
    private final MoneyText format;
    private DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("MMM d");
    private final Runnable back;
    private final ExportTarget exportTarget;

    @FXML private Label titleLabel;
    @FXML private Label balanceLabel;
    @FXML private Label countLabel;
    @FXML private LineChart<Number, Number> chart;
    @FXML private NumberAxis dateAxis;
    @FXML private Label chartHover;
    @FXML private VBox root;
    @FXML private DatePicker fromFilter;
    @FXML private DatePicker toFilter;
    @FXML private ChoiceBox<HistoryType> typeFilter;
    @FXML private Button adjustButton;
    @FXML private Button applyButton;
    @FXML private Button refundButton;
    @FXML private Button cancelButton;
    @FXML private Button editButton;
    @FXML private Button exportButton;
    @FXML private TableView<HistoryLine> historyTable;
    @FXML private TableColumn<HistoryLine, LocalDate> dateColumn;
    @FXML private TableColumn<HistoryLine, String> numberColumn;
    @FXML private TableColumn<HistoryLine, String> typeColumn;
    @FXML private TableColumn<HistoryLine, String> sourceColumn;
    @FXML private TableColumn<HistoryLine, Money> amountColumn;
    @FXML private TableColumn<HistoryLine, Money> balanceColumn;
    @FXML private TableColumn<HistoryLine, String> reasonColumn;
    @FXML private TableColumn<HistoryLine, String> accountingColumn;
    @FXML private TableColumn<HistoryLine, String> commentColumn;
    @FXML private TableColumn<HistoryLine, String> statusColumn;
    @FXML private TableColumn<HistoryLine, String> transferredColumn;
    @FXML private TableColumn<HistoryLine, String> createdColumn;

    public CreditHistoryView(CreditHistoryViewModel model, MoneyText format, Runnable back,
                             ExportTarget exportTarget) {
        this.model = model;
        this.format = format;
        this.back = back;
        this.exportTarget = exportTarget;
    }

    @FXML
    private void initialize() {
        Lists.backOnEscape(root, this::back);
        Columns.date(dateColumn, HistoryLine::date, format);
        Columns.text(numberColumn, HistoryLine::adjustmentNumber);
        Columns.text(typeColumn, l -> l.type().label() + (l.cancellation() ? " (canceled)" : ""));
        Columns.text(sourceColumn, l -> l.sourceType() + (l.sourceNumber() == null ? "" : " " + l.sourceNumber()));
        Columns.money(amountColumn, HistoryLine::amount, format);
        Columns.money(balanceColumn, HistoryLine::balanceAfter, format);
        Columns.text(reasonColumn, HistoryLine::reasonCode);
        Columns.text(accountingColumn, HistoryLine::accountingCode);
        Columns.text(commentColumn, HistoryLine::comment);
        Columns.text(statusColumn, l -> l.status().code());
        Columns.text(transferredColumn, l -> l.transferredToAccounting().code());
        Columns.text(createdColumn, l -> l.createdBy() + ", " + format.date(l.createdAt().toLocalDate()));
        historyTable.getColumns().forEach(c -> c.setSortable(false)); // the ledger's order is its meaning
        historyTable.itemsProperty().bind(model.rowsProperty());
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> String.format(format.locale(), "%,d lines",
                model.rowsProperty().get().size()), model.rowsProperty()));
        model.headProperty().addListener((o, a, h) -> {
            titleLabel.setText(h == null ? "" : "Credit balance history — " + h.accountNumber() + " " + h.accountName());
            balanceLabel.setText(h == null ? "" : format.display(model.balance()));
        });
        typeFilter.getItems().add(null);
        typeFilter.getItems().addAll(HistoryType.values());
        typeFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(HistoryType t) {
                return t == null ? "All types" : t.label();
            }

            @Override
            public HistoryType fromString(String s) {
                return null;
            }
        });
        typeFilter.valueProperty().bindBidirectional(model.typeProperty());
        fromFilter.valueProperty().bindBidirectional(model.fromProperty());
        toFilter.valueProperty().bindBidirectional(model.toProperty());
        dateAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return shortDate.format(LocalDate.ofEpochDay(n.longValue()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        model.points().addListener((ListChangeListener<Map.Entry<LocalDate, BigDecimal>>) c ->
                drawChart());
        // Hovering over the chart says the date and the balance at its end.
        chart.setOnMouseMoved(e -> {
            double x = dateAxis.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
            Number day = dateAxis.getValueForDisplay(x);
            boolean inside = x >= 0 && x <= dateAxis.getWidth() && !model.points().isEmpty();
            chartHover.setText(inside ? model.balanceOn(LocalDate.ofEpochDay(Math.round(day.doubleValue()))) : "");
        });
        chart.setOnMouseExited(e -> chartHover.setText(""));
        var selected = historyTable.getSelectionModel().selectedItemProperty();
        cancelButton.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().cancellation() || selected.get().status() != AdjustmentStatus.PROCESSED, selected));
        editButton.disableProperty().bind(selected.isNull());
        adjustButton.setTooltip(new Tooltip("Increase or decrease the credit balance (Alt+A)"));
        applyButton.setTooltip(new Tooltip("Apply credit to an open invoice, oldest first (Alt+I)"));
        refundButton.setTooltip(new Tooltip("Pay credit back to the customer (Alt+R)"));
        cancelButton.setTooltip(new Tooltip("Cancel the selected processed adjustment (Alt+C)"));
        editButton.setTooltip(new Tooltip("Change the selected adjustment's reason code or Transferred to"
                + " accounting (Alt+E)"));
        exportButton.setTooltip(new Tooltip("Save the lines shown as CSV (Alt+X)"));
    }

    /**
     * A step line from the day before the first change (at zero) to today: the balance holds from one day with a
     * change to the next. The date axis spans exactly that, with a handful of readable labels.
     */
    private void drawChart() {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        var points = model.points();
        if (points.isEmpty()) {
            chart.getData().clear();
            return;
        }
        long first = points.get(0).getKey().toEpochDay() - 1;
        series.getData().add(new XYChart.Data<>(first, 0));
        int step = Math.max(1, points.size() / 400); // enough corners for the width of a screen
        Number previous = 0;
        for (int i = 0; i < points.size(); i += step) {
            addStep(series, points.get(i), previous);
            previous = points.get(i).getValue();
        }
        if ((points.size() - 1) % step != 0) {
            addStep(series, points.get(points.size() - 1), previous);
        }
        long last = Math.max(LocalDate.now().toEpochDay(), points.get(points.size() - 1).getKey().toEpochDay());
        // The balance holds until today.
        series.getData().add(new XYChart.Data<>(last, points.get(points.size() - 1).getValue()));
        long span = Math.max(2, last - first);
        shortDate = DateTimeFormatter.ofPattern(span > 300 ? "MMM yyyy" : "MMM d", format.locale());
        dateAxis.setAutoRanging(false);
        dateAxis.setLowerBound(first);
        dateAxis.setUpperBound(last);
        dateAxis.setTickUnit(Math.max(1, Math.ceil(span / 5.0)));
        chart.getData().setAll(List.of(series));
    }

    private static void addStep(XYChart.Series<Number, Number> series, Map.Entry<LocalDate, BigDecimal> point,
                                Number previous) {
        long day = point.getKey().toEpochDay();
        if (previous != null) {
            series.getData().add(new XYChart.Data<>(day, previous));
        }
        series.getData().add(new XYChart.Data<>(day, point.getValue()));
    }

    /** Loads an account's history. */
    public void load(String accountNumber) {
        var user = model.user();
        Permitted.guard(adjustButton, user, Permission.CREDIT_BALANCE_ADJUSTMENT_CREATE);
        Permitted.guard(applyButton, user, Permission.CREDIT_BALANCE_APPLY);
        Permitted.guard(refundButton, user, Permission.CREDIT_BALANCE_REFUND);
        Permitted.guard(cancelButton, user, Permission.CREDIT_BALANCE_ADJUSTMENT_CANCEL);
        Permitted.guard(editButton, user, Permission.CREDIT_BALANCE_ADJUSTMENT_CREATE);
        model.load(accountNumber);
    }

    @FXML
    private void back() {
        back.run();
    }

    @FXML
    private void adjust() {
        model.adjust();
    }

    @FXML
    private void applyToInvoice() {
        model.applyToInvoice();
    }

    @FXML
    private void refund() {
        model.refund();
    }

    @FXML
    private void cancelAdjustment() {
        model.cancelAdjustment(historyTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void edit() {
        model.edit(historyTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void export() {
        Path target = exportTarget.choose("credit-history-" + model.account() + ".csv");
        if (target != null) {
            model.export(target);
        }
    }

    /** The table (for tests and focus). */
    TableView<HistoryLine> table() {
        return historyTable;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public void focus() {
        historyTable.requestFocus();
    }
}
