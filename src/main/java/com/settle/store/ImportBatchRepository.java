package com.settle.store;

import com.settle.domain.model.ImportStatus;
import com.settle.store.chain.ChainKind;
import com.settle.store.chain.HistoryChain;
import static com.settle.store.jooq.Tables.APP_USER;
import static com.settle.store.jooq.Tables.IMPORT_BATCH;

import com.settle.domain.model.ImportBatchSummary;
import com.settle.store.jooq.tables.AppUser;
import com.settle.store.jooq.tables.records.ImportBatchRecord;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;

/** Import batches, and the records they created as the source references of those records find them. */
public final class ImportBatchRepository {

    /** The tables whose rows an import creates, each with a source reference. */
    public enum Target {
        ACCOUNT("account"), DOCUMENT("document"), PAYMENT("payment"), ADJUSTMENT("credit_balance_adjustment");

        private final String table;

        Target(String table) {
            this.table = table;
        }

        public String table() {
            return table;
        }
    }

    /** A live record with a given source reference, and the batch that brought it (null if none). */
    public record Existing(String number, String batch, String fileName, OffsetDateTime importedAt,
                           String importedBy) {
    }

    public ImportBatchRecord insert(DSLContext tx, String kind, String fileName, String sha256, long userId,
                                    OffsetDateTime now) {
        ImportBatchRecord r = tx.newRecord(IMPORT_BATCH);
        r.setNumber(Numbers.next(tx, "IB"));
        r.setKind(kind);
        r.setFileName(fileName.length() > 255 ? fileName.substring(0, 255) : fileName);
        r.setContentSha256(sha256);
        r.setRowCount(0);
        r.setCreatedCount(0);
        r.setSkippedCount(0);
        r.setStatus(ImportStatus.IMPORTED);
        r.setCreatedById(userId);
        r.setCreatedAt(now);
        r.store();
        return r;
    }

    public void counts(DSLContext tx, long id, long rows, long created, long skipped) {
        tx.update(IMPORT_BATCH).set(IMPORT_BATCH.ROW_COUNT, (int) rows).set(IMPORT_BATCH.CREATED_COUNT, (int) created)
                .set(IMPORT_BATCH.SKIPPED_COUNT, (int) skipped).where(IMPORT_BATCH.ID.eq(id)).execute();
    }

    /** The batch, not undone, that imported a file with these bytes as this kind, if any. */
    public Optional<ImportBatchSummary> importedWithContent(DSLContext tx, String kind, String sha256) {
        return select(tx).where(IMPORT_BATCH.KIND.eq(kind)).and(IMPORT_BATCH.CONTENT_SHA256.eq(sha256))
                .and(IMPORT_BATCH.STATUS.eq(ImportStatus.IMPORTED)).orderBy(IMPORT_BATCH.ID.desc()).limit(1)
                .fetchOptional(this::summary);
    }

    /** Every batch, newest first. */
    public List<ImportBatchSummary> list(DSLContext tx) {
        return select(tx).orderBy(IMPORT_BATCH.ID.desc()).fetch(this::summary);
    }

    public Optional<ImportBatchRecord> lock(DSLContext tx, String number) {
        return tx.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.NUMBER.eq(number)).forUpdate().fetchOptional();
    }

    public ImportBatchSummary summary(DSLContext tx, long id) {
        return select(tx).where(IMPORT_BATCH.ID.eq(id)).fetchSingle(this::summary);
    }

    public void markUndone(DSLContext tx, long id, long userId, OffsetDateTime now) {
        HistoryChain.note(ChainKind.IMPORT_UNDONE, id);
        tx.update(IMPORT_BATCH).set(IMPORT_BATCH.STATUS, ImportStatus.UNDONE).set(IMPORT_BATCH.UNDONE_BY_ID, userId)
                .set(IMPORT_BATCH.UNDONE_AT, now).where(IMPORT_BATCH.ID.eq(id)).execute();
    }

    /**
     * The live records of {@code target} with these (account, source reference) pairs, keyed by
     * {@link #key}. One statement per call: the pairs are joined as two arrays, so the unique index on
     * (account, reference) finds each. For accounts the account ids are ignored.
     */
    public Map<String, Existing> existing(DSLContext tx, Target target, List<Long> accountIds, List<String> refs) {
        Map<String, Existing> out = new HashMap<>();
        if (refs.isEmpty()) {
            return out;
        }
        String match = target == Target.ACCOUNT ? "x.live_source_reference = k.r"
                : "x.account_id = k.a AND x.live_source_reference = k.r";
        String sql = "SELECT " + (target == Target.ACCOUNT ? "CAST(0 AS BIGINT)" : "x.account_id")
                + ", x.source_reference, x.number, b.number, b.file_name, b.created_at, u.username"
                + " FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS VARCHAR(100) ARRAY)) AS k (a, r)"
                + " JOIN " + target.table() + " x ON " + match
                + " LEFT JOIN import_batch b ON b.id = x.import_batch_id"
                + " LEFT JOIN app_user u ON u.id = b.created_by_id";
        tx.resultQuery(sql, accountIds.toArray(Long[]::new), refs.toArray(String[]::new)).forEach(r -> out.put(
                key(r.get(0, Long.class), r.get(1, String.class)), new Existing(r.get(2, String.class),
                        r.get(3, String.class), r.get(4, String.class), r.get(5, OffsetDateTime.class),
                        r.get(6, String.class))));
        return out;
    }

    /** The key of a source reference within its account. */
    public static String key(long accountId, String reference) {
        return accountId + "\u0000" + reference;
    }

    private SelectOnConditionStep<Record> select(DSLContext tx) {
        AppUser by = APP_USER.as("by_user");
        AppUser undoneBy = APP_USER.as("undone_user");
        return tx.select(IMPORT_BATCH.fields()).select(by.USERNAME.as("imported_by"),
                        undoneBy.USERNAME.as("undone_by")).from(IMPORT_BATCH)
                .join(by).on(by.ID.eq(IMPORT_BATCH.CREATED_BY_ID))
                .leftJoin(undoneBy).on(undoneBy.ID.eq(IMPORT_BATCH.UNDONE_BY_ID));
    }

    private ImportBatchSummary summary(Record r) {
        return new ImportBatchSummary(r.get(IMPORT_BATCH.NUMBER), r.get(IMPORT_BATCH.KIND),
                r.get(IMPORT_BATCH.FILE_NAME), r.get(IMPORT_BATCH.CONTENT_SHA256), r.get(IMPORT_BATCH.ROW_COUNT),
                r.get(IMPORT_BATCH.CREATED_COUNT), r.get(IMPORT_BATCH.SKIPPED_COUNT),
                r.get(IMPORT_BATCH.STATUS) == ImportStatus.UNDONE, r.get("imported_by", String.class),
                r.get(IMPORT_BATCH.CREATED_AT), r.get("undone_by", String.class), r.get(IMPORT_BATCH.UNDONE_AT));
    }
}
