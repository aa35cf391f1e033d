package com.settle.ui.imports;

import com.settle.domain.model.ImportBatchSummary;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File &gt; Import &gt; Import history: every import batch, newest first, and whether the chosen one can be
 * undone (an undone batch cannot be undone again; the books decide the rest when Undo is pressed).
 */
public final class ImportBatchesViewModel {

    private final ObservableList<ImportBatchSummary> batches = FXCollections.observableArrayList();
    private final ObjectProperty<ImportBatchSummary> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding canUndo = Bindings.createBooleanBinding(
            () -> selected.get() != null && !selected.get().undone(), selected);
    private final DateTimeFormatter when;

    public ImportBatchesViewModel(Locale locale) {
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
    }

    public void install(List<ImportBatchSummary> list) {
        ImportBatchSummary was = selected.get();
        batches.setAll(list);
        message.set(list.isEmpty() ? "No imports yet. File > Import brings in accounts, invoices, payments and"
                + " opening credit balances." : list.size() + (list.size() == 1 ? " import" : " imports")
                + ", newest first.");
        selected.set(was == null ? null : list.stream().filter(b -> b.number().equals(was.number())).findFirst()
                .orElse(null));
    }

    public ObservableList<ImportBatchSummary> batches() {
        return batches;
    }

    public ObjectProperty<ImportBatchSummary> selectedProperty() {
        return selected;
    }

    public BooleanBinding canUndoProperty() {
        return canUndo;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The question asked before the chosen batch is undone. */
    public String undoQuestion() {
        ImportBatchSummary b = selected.get();
        return "Undo " + b.number() + "? " + Character.toUpperCase(b.undoEffect().charAt(0))
                + b.undoEffect().substring(1) + "; the history keeps them. Nothing changes if any of them was used"
                + " since (applied, refunded or transferred).";
    }

    /** Says what happened (an undo, or why it was refused). */
    public void said(String text) {
        message.set(text);
    }

    public String when(OffsetDateTime at) {
        return at == null ? "" : when.format(at.atZoneSameInstant(ZoneId.systemDefault()));
    }

    /** "Imported by ana", or "Undone 12/3/26, 10:14 AM by ana". */
    public String status(ImportBatchSummary b) {
        return b.undone() ? "Undone " + when(b.undoneAt()) + " by " + b.undoneBy() : "Imported by " + b.importedBy();
    }
}
