package com.settle.store;

import com.settle.domain.model.AdjustmentStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A database trigger that keeps saved history as it was written, whoever writes: Settle, the command
 * line, or someone with an SQL console. Rows of the guarded tables are never deleted, and only the
 * columns the seed allows to change after creation may change: of a credit balance adjustment its
 * reason code, its status from Processed to Canceled (with CancelledOn), TransferredToAccounting and
 * who changed it when. Installed by {@code V3__History_guard}.
 */
public final class AppendOnlyGuard extends ColumnTrigger {

    /** The tables guarded and, for each, the columns that may change after creation. */
    static final Map<String, Set<String>> TABLES = Map.ofEntries(
            Map.entry("CREDIT_BALANCE_ADJUSTMENT", Set.of("REASON_CODE", "STATUS", "CANCELLED_ON",
                    "TRANSFERRED_TO_ACCOUNTING", "UPDATED_BY_ID", "UPDATED_DATE", "LIVE_SOURCE_REFERENCE")),
            Map.entry("CREDIT_BALANCE_ADJUSTMENT_ITEM", Set.of()),
            Map.entry("CREDIT_BALANCE_ENTRY", Set.of()),
            Map.entry("APPLICATION", Set.of()),
            Map.entry("APPLICATION_DOCUMENT", Set.of()),
            Map.entry("APPLICATION_ITEM", Set.of()),
            Map.entry("UNAPPLICATION", Set.of()),
            Map.entry("UNAPPLICATION_DOCUMENT", Set.of()),
            Map.entry("UNAPPLICATION_ITEM", Set.of()),
            Map.entry("REFUND", Set.of()),
            Map.entry("HISTORY_CHAIN", Set.of()),
            Map.entry("CLOSING_DATE_CHANGE", Set.of()),
            Map.entry("ACCOUNTING_DEFAULT_CHANGE", Set.of()),
            Map.entry("WRITE_OFF", Set.of()),
            Map.entry("WRITE_OFF_ITEM", Set.of()),
            Map.entry("WRITE_OFF_REVERSAL", Set.of()),
            Map.entry("JOURNAL_RUN_RECORD", Set.of()),
            Map.entry("JOURNAL_IGNORE", Set.of()));

    /** The migration that added each table guarded later than V3 (V3 and V8 guard the others). */
    private static final Map<String, Integer> ADDED_IN = Map.of("HISTORY_CHAIN", 9, "CLOSING_DATE_CHANGE", 14,
            "ACCOUNTING_DEFAULT_CHANGE", 14, "WRITE_OFF", 14, "WRITE_OFF_ITEM", 14, "WRITE_OFF_REVERSAL", 14,
            "JOURNAL_RUN_RECORD", 14, "JOURNAL_IGNORE", 14);

    /** The statements that install this guard on every history table. */
    public static List<String> createStatements() {
        return createStatements(guardedTables());
    }

    /** The statements that install this guard on the given tables. */
    public static List<String> createStatements(List<String> tables) {
        return tables.stream().map(t -> "CREATE TRIGGER " + t + "_GUARD BEFORE UPDATE, DELETE ON " + t
                + " FOR EACH ROW CALL \"" + AppendOnlyGuard.class.getName() + "\"").toList();
    }

    /** The names of the triggers this guard installs. */
    public static List<String> triggerNames() {
        return guardedTables().stream().map(t -> t + "_GUARD").toList();
    }

    /** The statements that remove it again (before it is installed afresh). */
    public static List<String> dropStatements() {
        return dropStatements(guardedTables());
    }

    /** The statements that remove it from the given tables. */
    public static List<String> dropStatements(List<String> tables) {
        return tables.stream().map(t -> t + "_GUARD").map(n -> "DROP TRIGGER IF EXISTS " + n).toList();
    }

    /** The tables guarded once migration {@code version} has run: a migration guards only tables it has. */
    public static List<String> tablesUpTo(int version) {
        return guardedTables().stream().filter(t -> ADDED_IN.getOrDefault(t, 3) <= version).toList();
    }

    /** The tables migration {@code version} added to the guard. */
    public static List<String> tablesAddedIn(int version) {
        return guardedTables().stream().filter(t -> ADDED_IN.getOrDefault(t, 3) == version).toList();
    }

    /** The guarded tables, in a fixed order. */
    public static List<String> guardedTables() {
        return TABLES.keySet().stream().sorted().toList();
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String what = table().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (newRow == null) {
            throw new SQLException("Saved history cannot be deleted: " + what + " rows stay as written;"
                    + " record a reversing entry instead.", "45000");
        }
        Set<String> mutable = TABLES.getOrDefault(table(), Set.of());
        for (int i = 0; i < columns().size() && i < oldRow.length; i++) {
            String column = columns().get(i);
            if (!mutable.contains(column) && !Objects.equals(oldRow[i], newRow[i])) {
                throw new SQLException("Saved history cannot be edited: " + what + " column " + column
                        + " is fixed once written.", "45000");
            }
        }
        int status = columns().indexOf("STATUS");
        if (status >= 0 && mutable.contains("STATUS") && !Objects.equals(oldRow[status], newRow[status])
                && !(AdjustmentStatus.PROCESSED.code().equals(oldRow[status])
                && AdjustmentStatus.CANCELED.code().equals(newRow[status]))) {
            throw new SQLException("Saved history cannot be edited: a " + what + " only goes from Processed to"
                    + " Canceled.", "45000");
        }
        int cancelledOn = columns().indexOf("CANCELLED_ON");
        if (cancelledOn >= 0 && oldRow[cancelledOn] != null
                && !Objects.equals(oldRow[cancelledOn], newRow[cancelledOn])) {
            throw new SQLException("Saved history cannot be edited: CANCELLED_ON is fixed once set.", "45000");
        }
    }
}
