package com.settle.ui.journal;

import com.settle.csv.JournalExport;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.journal.Journal.Grouping;
import com.settle.domain.journal.JournalEntry;
import com.settle.domain.journal.JournalRecord;
import com.settle.domain.model.JournalRun;
import com.settle.domain.model.Permission;
import com.settle.ui.common.Columns;
import com.settle.ui.common.DialogService;
import com.settle.ui.common.FormHost;
import com.settle.ui.common.PageController;
import com.settle.ui.common.Permitted;
import com.settle.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Controller of the Journal page. */
public final class JournalView implements PageController {

    private final JournalViewModel model;
    private final MoneyText format;
    private final Function<String, Path> chooser;
    private final Supplier<Window> owner;
    private final Supplier<DialogService> dialogs;
    private final ViewLoader loader;

    @FXML private Label closedLabel;
    @FXML private Button exportButton;
    @FXML private Button runButton;
    @FXML private DatePicker fromField;
    @FXML private DatePicker toField;
    @FXML private ChoiceBox<Grouping> groupingChoice;
    @FXML private ChoiceBox<String> currencyChoice;
    @FXML private Label totalsLabel;
    @FXML private Label messageLabel;
    @FXML private TableView<JournalEntry> entriesTable;
    @FXML private TableColumn<JournalEntry, LocalDate> dateColumn;
    @FXML private TableColumn<JournalEntry, String> descriptionColumn;
    @FXML private TableColumn<JournalEntry, String> debitColumn;
    @FXML private TableColumn<JournalEntry, String> creditColumn;
    @FXML private TableColumn<JournalEntry, Money> amountColumn;
    @FXML private TableColumn<JournalEntry, Integer> recordsColumn;
    @FXML private TableView<JournalRecord> recordsTable;
    @FXML private TableColumn<JournalRecord, String> recordNumberColumn;
    @FXML private TableColumn<JournalRecord, LocalDate> recordDateColumn;
    @FXML private TableColumn<JournalRecord, String> recordAccountColumn;
    @FXML private TableColumn<JournalRecord, Money> recordAmountColumn;
    @FXML private TableView<JournalRun> runsTable;
    @FXML private TableColumn<JournalRun, String> runNumberColumn;
    @FXML private TableColumn<JournalRun, LocalDate> runThroughColumn;
    @FXML private TableColumn<JournalRun, String> runStatusColumn;
    @FXML private TableColumn<JournalRun, Integer> runRecordsColumn;
    @FXML private TableColumn<JournalRun, String> runByColumn;
    @FXML private TableColumn<JournalRun, String> runNoteColumn;
    @FXML private Button transferredButton;
    @FXML private Button failedButton;

    /**
     * @param chooser asks where to save, given a suggested file name; null when the clerk cancels
     */
    public JournalView(JournalViewModel model, MoneyText format, Function<String, Path> chooser,
                       Supplier<Window> owner, Supplier<DialogService> dialogs, ViewLoader loader) {
        this.model = model;
        this.format = format;
        this.chooser = chooser;
        this.owner = owner;
        this.dialogs = dialogs;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        Columns.date(dateColumn, JournalEntry::date, format);
        Columns.text(descriptionColumn, JournalEntry::description);
        Columns.text(debitColumn, JournalEntry::debit);
        Columns.text(creditColumn, JournalEntry::credit);
        Columns.money(amountColumn, e -> Money.of(e.amount(), Currency.getInstance(e.currency())), format);
        Columns.number(recordsColumn, e -> (int) e.records());
        Columns.text(recordNumberColumn, JournalRecord::number);
        Columns.date(recordDateColumn, JournalRecord::date, format);
        Columns.text(recordAccountColumn, JournalRecord::accountNumber);
        Columns.money(recordAmountColumn, r -> Money.of(r.amount(), Currency.getInstance(r.currency())), format);
        Columns.text(runNumberColumn, JournalRun::number);
        Columns.date(runThroughColumn, JournalRun::through, format);
        Columns.text(runStatusColumn, JournalRun::status);
        Columns.number(runRecordsColumn, JournalRun::records);
        Columns.text(runByColumn, JournalRun::createdBy);
        Columns.text(runNoteColumn, JournalRun::note);
        entriesTable.setItems(model.entries());
        recordsTable.setItems(model.records());
        runsTable.setItems(model.runs());
        entriesTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.select(b));
        fromField.valueProperty().bindBidirectional(model.fromProperty());
        toField.valueProperty().bindBidirectional(model.toProperty());
        groupingChoice.getItems().setAll(Grouping.values());
        groupingChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Grouping g) {
                return g == Grouping.PERIOD ? "One per period" : "One per day";
            }

            @Override
            public Grouping fromString(String s) {
                return null;
            }
        });
        groupingChoice.valueProperty().bindBidirectional(model.groupingProperty());
        currencyChoice.setItems(model.currencies());
        currencyChoice.valueProperty().bindBidirectional(model.currencyProperty());
        totalsLabel.textProperty().bind(model.totalsProperty());
        closedLabel.textProperty().bind(model.closedProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        messageLabel.visibleProperty().bind(model.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        exportButton.setTooltip(new Tooltip("Save the period's entries for your ledger: CSV, QuickBooks IIF or"
                + " double-entry CSV (Alt+X)"));
        runButton.setTooltip(new Tooltip("Take every record not yet transferred, up to the To date, into a numbered"
                + " run and save its export (Alt+R)"));
        var processing = Bindings.createBooleanBinding(() -> {
            JournalRun r = runsTable.getSelectionModel().getSelectedItem();
            return r == null || !JournalRun.PROCESSING.equals(r.status());
        }, runsTable.getSelectionModel().selectedItemProperty());
        transferredButton.disableProperty().bind(processing);
        failedButton.disableProperty().bind(processing);
    }

    @FXML
    private void show() {
        model.refresh();
    }

    private Optional<JournalExport.Format> format(String title) {
        int choice = dialogs.get().choose(title, "Which format does your ledger import?",
                "CSV: one row per entry. IIF: QuickBooks. Double-entry: two rows per entry, Debit and Credit"
                        + " columns (Xero and most ledgers).", "CSV", "IIF (QuickBooks)", "Double-entry CSV",
                "Cancel");
        return switch (choice) {
            case 0 -> Optional.of(JournalExport.Format.CSV);
            case 1 -> Optional.of(JournalExport.Format.IIF);
            case 2 -> Optional.of(JournalExport.Format.DOUBLE_ENTRY);
            default -> Optional.empty();
        };
    }

    private static String extension(JournalExport.Format f) {
        return f == JournalExport.Format.IIF ? ".iif" : ".csv";
    }

    @FXML
    private void export() {
        Optional<JournalExport.Format> f = format("Export the journal");
        if (f.isEmpty()) {
            return;
        }
        Path file = chooser.apply("journal-" + model.fromProperty().get() + "-to-" + model.toProperty().get()
                + extension(f.get()));
        if (file != null) {
            model.export(file, f.get());
        }
    }

    @FXML
    private void run() {
        if (!dialogs.get().confirm("Run journal", model.runQuestion())) {
            return;
        }
        Optional<JournalExport.Format> f = format("Run journal");
        if (f.isEmpty()) {
            return;
        }
        Path file = chooser.apply("journal-run-through-" + model.toProperty().get() + extension(f.get()));
        if (file != null) {
            model.run(file, f.get());
        }
    }

    @FXML
    private void markTransferred() {
        JournalRun r = runsTable.getSelectionModel().getSelectedItem();
        if (r != null && dialogs.get().confirm("Mark transferred", "Did your ledger take " + r.number() + " ("
                + r.records() + " records)? Its records count as transferred from now on.")) {
            model.mark(r, true, null, () -> { }, model::fail);
        }
    }

    @FXML
    private void markFailed() {
        JournalRun r = runsTable.getSelectionModel().getSelectedItem();
        if (r == null) {
            return;
        }
        RunFailedViewModel form = new RunFailedViewModel();
        var view = loader.load(RunFailedView.class, new RunFailedView(form));
        FormHost.showAndSave(owner.get(), view.root(), new FormHost.Words("Mark failed", "What went wrong with "
                + r.number() + "?", "Mark Failed"), form, view.controller().first(),
                (note, saved, refused) -> model.mark(r, false, note, saved, refused));
    }

    @Override
    public void refresh() {
        for (Button b : new Button[] {exportButton, runButton, transferredButton, failedButton}) {
            Permitted.guard(b, model.user(), Permission.JOURNAL_EXPORT);
        }
        model.refresh();
    }

    @Override
    public void focus() {
        fromField.requestFocus();
    }
}
