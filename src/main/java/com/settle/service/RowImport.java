package com.settle.service;

import com.settle.store.ImportBatchRepository.Target;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * One kind of import: its columns, how a row becomes a record, and how records are written. The same
 * {@link #read} serves the checking pass and the writing pass (and a dry run's plan is the writing pass
 * with nothing written), so what is checked is what is stored.
 */
interface RowImport<T> {

    /** Where a record came from: its account, and its source reference (null: the row's own cells). */
    record Source(long accountId, String accountNumber, String column, String reference, boolean continues) {
    }

    /** What the writing pass needs: whether it only plans, the batch, who and when, and what it created. */
    record Writing(boolean dryRun, long batchId, long userId, OffsetDateTime now, ImportRun.Created created) {
    }

    /** The batch kind stored (Accounts, Documents, Payments, CreditBalances). */
    String kind();

    /** The record's name in messages (payment, document, ...). */
    String noun();

    Target target();

    List<String> required();

    List<String> optional();

    /** Loads what reading rows needs (codes, defaults); called once before the first pass. */
    void prepare(DSLContext t);

    /** The row as a record, or null when it has a problem (each noted on the row). */
    T read(DSLContext t, ImportRow row, boolean checking);

    /**
     * Where the record came from. {@code continues} is true for a row that adds to a record an earlier row
     * started (an invoice's second item): it is checked with that record, not as a new one.
     */
    Source source(T record);

    /**
     * The record's own fields, for a record without a source reference: two rows that read as the same
     * record (whatever their spelling: "a-1" and "A-1", "10" and "10.00") give the same text.
     */
    default String fingerprint(T record) {
        throw new IllegalStateException(kind() + " rows always have a source reference");
    }

    /** Called once before the writing pass, with the keys of records skipped as already imported. */
    default void beforeWrite(DSLContext t, Writing w, Set<String> skipped) {
    }

    /** Writes (or, in a dry run, lists) a chunk of records in file order, with their source references. */
    void write(DSLContext t, List<T> chunk, List<String> references, Writing w);

    /** Called once after the writing pass. */
    default void finish(DSLContext t, Writing w) {
    }
}
