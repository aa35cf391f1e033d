package com.settle.ui.payments.apply;

import com.settle.domain.allocation.AllocationTarget;
import com.settle.domain.model.OpenDocument;
import com.settle.service.ApplicationService.ApplyContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Apply dialog's rows: one per open document, one per item, and which document an item belongs
 * to. Built off the FX thread (150,000 items take a while), then handed to the view model.
 */
public final class ApplyRows {

    private final ApplyContext context;
    private final List<ApplyRow> documents = new ArrayList<>();
    private final Map<ApplyRow, List<ApplyRow>> items = new HashMap<>();
    private final Map<ApplyRow, ApplyRow> parents = new HashMap<>();

    /** @param onInput called whenever a row's input changes */
    ApplyRows(ApplyContext context, Consumer<ApplyRow> onInput) {
        this.context = context;
        for (OpenDocument d : context.documents()) {
            ApplyRow doc = new ApplyRow(d, null);
            doc.inputProperty().addListener((o, a, b) -> onInput.accept(doc));
            List<ApplyRow> rows = new ArrayList<>(d.items().size());
            for (OpenDocument.Item i : d.items()) {
                ApplyRow item = new ApplyRow(d, i);
                item.inputProperty().addListener((o, a, b) -> onInput.accept(item));
                rows.add(item);
                parents.put(item, doc);
            }
            documents.add(doc);
            items.put(doc, rows);
        }
    }

    /** No rows: before anything is loaded. */
    static ApplyRows empty() {
        return new ApplyRows(null);
    }

    private ApplyRows(Void none) {
        this.context = null;
    }

    ApplyContext context() {
        return context;
    }

    List<ApplyRow> documents() {
        return documents;
    }

    List<ApplyRow> items(ApplyRow document) {
        return items.getOrDefault(document, List.of());
    }

    ApplyRow documentOf(ApplyRow item) {
        return parents.get(item);
    }

    /** The document's items as allocation targets, in their order, offering no more than its balance. */
    static List<AllocationTarget> targets(ApplyRow doc) {
        return doc.document().targets();
    }

    /** True when the clerk typed nothing in the document or any of its items. */
    boolean untouched(ApplyRow doc) {
        return doc.inputProperty().get().isBlank()
                && items(doc).stream().allMatch(i -> i.inputProperty().get().isBlank());
    }

    /** True when the clerk typed nothing anywhere. */
    boolean nothingTyped() {
        return documents.stream().allMatch(this::untouched);
    }

    /** How many documents and items receive something. */
    long[] counts() {
        long docs = documents.stream().filter(d -> d.amountProperty().get().isPositive()).count();
        long its = documents.stream().flatMap(d -> items(d).stream())
                .filter(i -> i.amountProperty().get().isPositive()).count();
        return new long[] {docs, its};
    }
}
