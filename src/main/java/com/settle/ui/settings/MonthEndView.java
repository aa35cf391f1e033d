package com.settle.ui.settings;

import com.settle.domain.MoneyText;
import com.settle.domain.model.ClosingChange;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.Permission;
import com.settle.service.UserContext;
import com.settle.ui.common.Columns;
import com.settle.ui.common.DialogService;
import com.settle.ui.common.Permitted;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Controller of Settings &gt; Month end. */
public final class MonthEndView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MonthEndViewModel model;
    private final MoneyText format;
    private final UserContext user;
    private final Supplier<DialogService> dialogs;

    @FXML private Label closedLabel;
    @FXML private DatePicker throughField;
    @FXML private TextField reasonField;
    @FXML private Button closeButton;
    @FXML private TableView<ClosingChange> historyTable;
    @FXML private TableColumn<ClosingChange, LocalDate> throughColumn;
    @FXML private TableColumn<ClosingChange, LocalDate> previousColumn;
    @FXML private TableColumn<ClosingChange, String> byColumn;
    @FXML private TableColumn<ClosingChange, String> whenColumn;
    @FXML private TableColumn<ClosingChange, String> reasonColumn;
    @FXML private Label tolerancesLabel;
    @FXML private TextField currencyField;
    @FXML private TextField toleranceField;
    @FXML private Button toleranceButton;
    @FXML private Label depositsLabel;
    @FXML private ChoiceBox<PaymentMethod> methodField;
    @FXML private ComboBox<String> depositField;
    @FXML private Button depositButton;
    @FXML private Label messageLabel;

    public MonthEndView(MonthEndViewModel model, MoneyText format, UserContext user,
                        Supplier<DialogService> dialogs) {
        this.model = model;
        this.format = format;
        this.user = user;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        closedLabel.textProperty().bind(model.closedProperty());
        throughField.valueProperty().bindBidirectional(model.throughProperty());
        reasonField.textProperty().bindBidirectional(model.reasonProperty());
        Columns.date(throughColumn, ClosingChange::through, format);
        Columns.date(previousColumn, ClosingChange::previous, format);
        Columns.text(byColumn, ClosingChange::changedBy);
        Columns.text(whenColumn, c -> WHEN.format(c.changedAt()));
        Columns.text(reasonColumn, ClosingChange::reason);
        historyTable.setItems(model.history());
        tolerancesLabel.textProperty().bind(model.tolerancesProperty());
        currencyField.textProperty().bindBidirectional(model.currencyProperty());
        toleranceField.textProperty().bindBidirectional(model.toleranceProperty());
        depositsLabel.textProperty().bind(model.depositSummaryProperty());
        methodField.getItems().setAll(PaymentMethod.values());
        methodField.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaymentMethod m) {
                return m == null ? "" : m.label();
            }

            @Override
            public PaymentMethod fromString(String s) {
                return PaymentMethod.parse(s);
            }
        });
        methodField.valueProperty().bindBidirectional(model.methodProperty());
        depositField.setItems(model.depositChoices());
        depositField.setEditable(true);
        depositField.setPromptText("the Cash default");
        depositField.valueProperty().bindBidirectional(model.depositProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        Permitted.guard(depositButton, user, Permission.SETTINGS_EDIT);
        Permitted.guard(closeButton, user, Permission.CLOSE_BOOKS);
        Permitted.guard(toleranceButton, user, Permission.SETTINGS_EDIT);
    }

    @FXML
    private void closeBooks() {
        if (model.ready() && dialogs.get().confirm("Close the books", model.question())) {
            model.close();
        }
    }

    @FXML
    private void setDeposit() {
        depositField.commitValue();
        model.setDeposit();
    }

    @FXML
    private void setTolerance() {
        model.setTolerance();
    }

    /** Reloads when the tab is shown. */
    public void refresh() {
        model.load();
    }
}
