package com.settle.store.chain;

import java.util.List;

/**
 * The kinds of history the chain covers, each with the columns that are fixed once it is written (the
 * canonical form a row's hash is taken over). The lists are fixed here, never read from the database, so
 * that a column added later cannot change the hash of rows written before it.
 *
 * <p>Two ways a row joins the chain. A <em>written</em> kind is a table whose rows are only ever added:
 * every row with an id above the chain's last one of that kind is new. An <em>event</em> kind is a change of
 * state of an existing row (a payment canceled, a document posted): the code that makes the change notes
 * the row with {@link HistoryChain#note}, and {@link #eligible} says which rows must have such an entry.
 */
public enum ChainKind {
    PAYMENT("payment", "payment", true, null, List.of("id", "number", "account_id", "currency", "amount",
            "effective_date", "method", "reference", "comment", "created_by_id", "created_at", "source_reference",
            "import_batch_id")),
    PAYMENT_CANCELED("payment cancellation", "payment", false, "status = 'Canceled'",
            List.of("id", "number", "status", "canceled_at")),
    DOCUMENT_POSTED("document posting", "document", false, "posted_at IS NOT NULL",
            List.of("id", "doc_type", "number", "account_id", "currency", "document_date", "due_date", "amount",
                    "comment", "posted_at", "created_at", "source_reference", "import_batch_id")),
    DOCUMENT_CANCELED("document cancellation", "document", false, "status = 'Canceled'",
            List.of("id", "number", "status", "canceled_at")),
    APPLICATION("application", "application", true, null, List.of("id", "payment_id", "effective_date", "rule",
            "amount", "created_by_id", "created_at")),
    APPLICATION_DOCUMENT("application line", "application_document", true, null,
            List.of("id", "application_id", "document_id", "amount")),
    APPLICATION_ITEM("application item line", "application_item", true, null,
            List.of("id", "application_document_id", "document_item_id", "amount")),
    UNAPPLICATION("unapplication", "unapplication", true, null, List.of("id", "application_id", "effective_date",
            "amount", "reason_code", "comment", "created_by_id", "created_at")),
    UNAPPLICATION_DOCUMENT("unapplication line", "unapplication_document", true, null,
            List.of("id", "unapplication_id", "application_document_id", "amount")),
    UNAPPLICATION_ITEM("unapplication item line", "unapplication_item", true, null,
            List.of("id", "unapplication_document_id", "application_item_id", "amount")),
    REFUND("refund", "refund", true, null, List.of("id", "number", "account_id", "source", "payment_id", "amount",
            "refund_date", "method", "reference", "reason_code", "comment", "created_by_id", "created_at")),
    ADJUSTMENT("credit balance adjustment", "credit_balance_adjustment", true, null, List.of("id", "number",
            "type", "amount", "account_id", "source_transaction_type", "source_transaction_id",
            "source_transaction_number", "reference_id", "history_type", "accounting_code", "comment",
            "adjustment_date", "created_by_id", "created_date", "source_reference", "import_batch_id")),
    ADJUSTMENT_CANCELED("credit balance adjustment cancellation", "credit_balance_adjustment", false,
            "status = 'Canceled'", List.of("id", "number", "status", "cancelled_on")),
    ADJUSTMENT_ITEM("credit balance adjustment item line", "credit_balance_adjustment_item", true, null,
            List.of("id", "adjustment_id", "document_item_id", "amount")),
    CREDIT_ENTRY("credit balance history line", "credit_balance_entry", true, null, List.of("id", "account_id",
            "seq", "adjustment_id", "kind", "history_type", "amount", "balance_after", "entry_date",
            "created_by_id", "created_at")),
    IMPORT_BATCH("import batch", "import_batch", true, null, List.of("id", "number", "kind", "file_name",
            "content_sha256", "row_count", "created_count", "skipped_count", "created_by_id", "created_at")),
    IMPORT_UNDONE("import undo", "import_batch", false, "status = 'Undone'",
            List.of("id", "number", "status", "undone_by_id", "undone_at")),
    // Closing the books (V13), chained from V15 on.
    WRITE_OFF("write-off", "write_off", true, null, List.of("id", "number", "kind", "account_id", "document_id",
            "currency", "amount", "effective_date", "reason_code", "accounting_code", "comment", "payment_id",
            "created_by_id", "created_at"), 15),
    WRITE_OFF_ITEM("write-off item line", "write_off_item", true, null,
            List.of("id", "write_off_id", "document_item_id", "amount"), 15),
    WRITE_OFF_REVERSAL("write-off reversal", "write_off_reversal", true, null, List.of("id", "write_off_id",
            "effective_date", "comment", "created_by_id", "created_at"), 15),
    CLOSING_DATE_CHANGE("closing date change", "closing_date_change", true, null, List.of("id", "through_date",
            "previous_date", "reason", "changed_by_id", "changed_at"), 15),
    ACCOUNTING_DEFAULT_CHANGE("accounting default change", "accounting_default_change", true, null,
            List.of("id", "code_type", "method", "accounting_code", "effective_from", "changed_by_id", "changed_at"),
            15),
    JOURNAL_RUN("journal run", "journal_run", true, null, List.of("id", "number", "through_date", "record_count",
            "created_by_id", "created_at"), 15),
    JOURNAL_RUN_MARKED("journal run marked", "journal_run", false, "status <> 'Processing'",
            List.of("id", "number", "status", "note", "marked_by_id", "marked_at"), 15);

    /** The migration that started the chain: the kinds without a version of their own joined it there. */
    static final int FIRST = 10;

    /** A posted document's items are part of its posting: they are fixed from then on. */
    static final List<String> DOCUMENT_ITEM_COLUMNS = List.of("id", "document_id", "ordinal", "charge_name",
            "description", "service_start", "service_end", "quantity", "unit_price", "amount", "accounting_code");

    private final String label;
    private final String table;
    private final boolean written;
    private final String eligible;
    private final List<String> columns;
    private final int since;

    ChainKind(String label, String table, boolean written, String eligible, List<String> columns) {
        this(label, table, written, eligible, columns, FIRST);
    }

    ChainKind(String label, String table, boolean written, String eligible, List<String> columns, int since) {
        this.label = label;
        this.table = table;
        this.written = written;
        this.eligible = eligible;
        this.columns = columns;
        this.since = since;
    }

    /** Every kind: what the chain covers once all migrations have run. */
    public static List<ChainKind> all() {
        return List.of(values());
    }

    /** The kinds chained once migration {@code version} has run: a migration chains only tables it has. */
    public static List<ChainKind> upTo(int version) {
        return all().stream().filter(k -> k.since <= version).toList();
    }

    /** The kinds migration {@code version} added to the chain. */
    public static List<ChainKind> addedIn(int version) {
        return all().stream().filter(k -> k.since == version).toList();
    }

    /** How a clerk names one row of this kind in a report. */
    public String label() {
        return label;
    }

    String table() {
        return table;
    }

    /** True for a table whose rows are only ever added; false for a change of state noted by the code. */
    boolean written() {
        return written;
    }

    /** For an event kind, the SQL condition every row that must have an entry meets; null for a written kind. */
    String eligible() {
        return eligible;
    }

    List<String> columns() {
        return columns;
    }

    /** Whether the row's hash also covers the document's items. */
    boolean withItems() {
        return this == DOCUMENT_POSTED;
    }

    /** The column that names a row for a clerk, or null when the kind has no number of its own. */
    String numberColumn() {
        return columns.contains("number") ? "number" : null;
    }
}
