package com.settle.store;

import java.util.List;

/**
 * Where the journal reads one kind of record: the tables, which rows, and the expressions for each column a
 * movement needs. {@code kind} is an SQL expression giving a {@code MovementKind} name (one table can hold
 * several kinds, as credit balance adjustments do); {@code recordKind} names the record in journal runs.
 */
record JournalSource(String recordKind, boolean reversed, String from, String where, String id, String date,
                     String currency, String kind, String method, String code, String amount, String number,
                     String account, boolean distinctRecords) {

    private static final String CBA_KIND = "CASE c.history_type WHEN 'from_payment' THEN 'CREDIT_FROM_PAYMENT'"
            + " WHEN 'from_invoice' THEN 'CREDIT_FROM_INVOICE' WHEN 'applied_to_invoice' THEN 'CREDIT_APPLIED'"
            + " WHEN 'refund' THEN 'CREDIT_REFUND' WHEN 'initial' THEN 'CREDIT_OPENING'"
            + " ELSE CASE WHEN c.type = 'Increase' THEN 'CREDIT_INCREASE' ELSE 'CREDIT_DECREASE' END END";
    private static final String WO_KIND = "CASE w.kind WHEN 'Discount' THEN 'DISCOUNT' ELSE 'WRITE_OFF' END";

    /** Every source, in a fixed order. Refunds of credit balance are read as their adjustments. */
    static final List<JournalSource> ALL = List.of(
            new JournalSource("DOCUMENT_POSTED", false, "document_item i JOIN document d ON d.id = i.document_id",
                    "d.posted_at IS NOT NULL", "d.id", "d.document_date", "d.currency", "'DOCUMENT'", "NULL",
                    "i.accounting_code", "i.amount", "d.number", "d.account_id", true),
            new JournalSource("DOCUMENT_CANCELED", true, "document_item i JOIN document d ON d.id = i.document_id",
                    "d.posted_at IS NOT NULL AND d.status = 'Canceled'", "d.id", "CAST(d.canceled_at AS DATE)",
                    "d.currency", "'DOCUMENT'", "NULL", "i.accounting_code", "i.amount", "d.number", "d.account_id",
                    true),
            new JournalSource("PAYMENT", false, "payment p", "TRUE", "p.id", "p.effective_date", "p.currency",
                    "'PAYMENT'", "p.method", "NULL", "p.amount", "p.number", "p.account_id", false),
            new JournalSource("PAYMENT_CANCELED", true, "payment p", "p.status = 'Canceled'", "p.id",
                    "CAST(p.canceled_at AS DATE)", "p.currency", "'PAYMENT'", "p.method", "NULL", "p.amount",
                    "p.number", "p.account_id", false),
            new JournalSource("APPLICATION", false, "application a JOIN payment p ON p.id = a.payment_id", "TRUE",
                    "a.id", "a.effective_date", "p.currency", "'APPLICATION'", "NULL", "NULL", "a.amount",
                    "p.number", "p.account_id", false),
            new JournalSource("UNAPPLICATION", true, "unapplication u JOIN application a ON a.id = u.application_id"
                    + " JOIN payment p ON p.id = a.payment_id", "TRUE", "u.id", "u.effective_date", "p.currency",
                    "'APPLICATION'", "NULL", "NULL", "u.amount", "p.number", "p.account_id", false),
            new JournalSource("REFUND", false, "refund r JOIN account ac ON ac.id = r.account_id",
                    "r.source = 'Payment'", "r.id", "r.refund_date", "ac.currency", "'PAYMENT_REFUND'", "r.method",
                    "NULL", "r.amount", "r.number", "r.account_id", false),
            new JournalSource("ADJUSTMENT", false, "credit_balance_adjustment c JOIN account ac ON ac.id ="
                    + " c.account_id", "TRUE", "c.id", "c.adjustment_date", "ac.currency", CBA_KIND, "NULL",
                    "c.accounting_code", "c.amount", "c.number", "c.account_id", false),
            new JournalSource("ADJUSTMENT_CANCELED", true, "credit_balance_entry e JOIN credit_balance_adjustment c"
                    + " ON c.id = e.adjustment_id JOIN account ac ON ac.id = c.account_id",
                    "e.kind = 'Cancellation'", "c.id", "e.entry_date", "ac.currency", CBA_KIND, "NULL",
                    "c.accounting_code", "c.amount", "c.number", "c.account_id", false),
            new JournalSource("WRITE_OFF", false, "write_off w", "TRUE", "w.id", "w.effective_date", "w.currency",
                    WO_KIND, "NULL", "w.accounting_code", "w.amount", "w.number", "w.account_id", false),
            new JournalSource("WRITE_OFF_REVERSAL", true, "write_off_reversal x JOIN write_off w ON w.id ="
                    + " x.write_off_id", "TRUE", "x.id", "x.effective_date", "w.currency", WO_KIND, "NULL",
                    "w.accounting_code", "w.amount", "w.number", "w.account_id", false));

    /**
     * The tables that name each record once, for a run to take its records: the two sources with several rows per
     * record (distinctRecords) are a document's items, and a run takes the document alone — joined to its items, a
     * month's run on a ten-year file tested 3 M rows to find 600,000 documents. A document counts, as in the
     * movements, only with an item.
     */
    String recordsFrom(Engine engine) {
        String tables = distinctRecords ? "document d" : from;
        return engine == Engine.H2 ? wholeTable(tables) : tables;
    }

    /**
     * The first table read whole, not by an index, unless the source picks its rows by status (the canceled
     * ones): the records up to a date are nearly all of them, and H2 took the date index of the lists
     * and fetched each row through it, four times slower than reading the table.
     */
    private String wholeTable(String tables) {
        return where.contains(".status = ") ? tables : tables.replaceFirst("^(\\w+ \\w+)", "$1 USE INDEX ()");
    }

    /** The condition beside {@link #recordsFrom(Engine)}. */
    String recordsWhere() {
        return distinctRecords ? where + " AND EXISTS (SELECT 1 FROM document_item i WHERE i.document_id = d.id)"
                : where;
    }

    /** Records a clerk or the seed's field took out of every run. */
    String notIgnored() {
        String ignored = " AND NOT EXISTS (SELECT 1 FROM journal_ignore g WHERE g.record_kind = '" + recordKind
                + "' AND g.record_id = " + id + ")";
        return recordKind.startsWith("ADJUSTMENT") ? ignored + " AND c.transferred_to_accounting <> 'Ignore'"
                : ignored;
    }

    /** Records in no run that is Processing or Transferred, and not ignored: what the next run takes. */
    String untransferred() {
        // Not aliased r: refunds are (the record's id would then name a column the run's record does not have).
        return " AND NOT EXISTS (SELECT 1 FROM journal_run_record jr JOIN journal_run j ON j.id = jr.run_id"
                + " WHERE jr.record_kind = '" + recordKind + "' AND jr.record_id = " + id + " AND j.status <> 'Error')"
                + notIgnored();
    }

    /** Records of the run whose id is the statement's next parameter. */
    String inRun() {
        return " AND EXISTS (SELECT 1 FROM journal_run_record jr WHERE jr.run_id = ? AND jr.record_kind = '"
                + recordKind + "' AND jr.record_id = " + id + ")";
    }
}
