package com.settle.store;

import com.settle.domain.model.DocumentStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A database trigger that keeps a posted invoice or debit memo as it was posted, whoever writes. A
 * draft may change freely. Once posted, a document keeps its type, number, account, dates and amounts;
 * only its balance and version move, and its status may go from Posted to Canceled (with canceled_at).
 * Its items can no longer be added, changed or deleted, nor their balance rows deleted.
 * Installed by {@code V5__Posted_document_guard}.
 */
public final class PostedDocumentGuard extends ColumnTrigger {

    /** The tables guarded, with the events each trigger fires on. */
    public static final List<String[]> TRIGGERS = List.of(
            new String[] {"DOCUMENT", "UPDATE, DELETE"},
            new String[] {"DOCUMENT_ITEM", "INSERT, UPDATE, DELETE"},
            // Not on UPDATE: an application moves up to 150,000 balances, and a trigger call per row cost a
            // tenth of saving it. The row's amount is a copy of the item's for the CHECK; Verify books
            // reports a copy that differs.
            new String[] {"DOCUMENT_ITEM_BALANCE", "DELETE"});

    /** The statements that install this guard. */
    public static List<String> createStatements() {
        return TRIGGERS.stream().map(t -> "CREATE TRIGGER " + t[0] + "_POSTED BEFORE " + t[1] + " ON " + t[0]
                + " FOR EACH ROW CALL \"" + PostedDocumentGuard.class.getName() + "\"").toList();
    }

    /** The names of the triggers this guard installs. */
    public static List<String> triggerNames() {
        return TRIGGERS.stream().map(t -> t[0] + "_POSTED").toList();
    }

    /** The statements that remove it again (before it is installed afresh). */
    public static List<String> dropStatements() {
        return triggerNames().stream().map(n -> "DROP TRIGGER IF EXISTS " + n).toList();
    }

    static final Set<String> DOCUMENT_MUTABLE = Set.of("BALANCE", "VERSION", "STATUS", "CANCELED_AT",
            "LIVE_SOURCE_REFERENCE");

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        switch (table()) {
            case "DOCUMENT" -> document(oldRow, newRow);
            case "DOCUMENT_ITEM" -> {
                if (oldRow != null) {
                    item(conn, value(oldRow, "DOCUMENT_ID"));
                }
                if (newRow != null) {
                    item(conn, value(newRow, "DOCUMENT_ID"));
                }
            }
            case "DOCUMENT_ITEM_BALANCE" -> balance(conn, oldRow);
            default -> throw new SQLException("no posted-document rule for table " + table());
        }
    }

    private void document(Object[] oldRow, Object[] newRow) throws SQLException {
        Object status = value(oldRow, "STATUS");
        if (DocumentStatus.DRAFT.code().equals(status)) {
            return;
        }
        String number = String.valueOf(value(oldRow, "NUMBER"));
        if (newRow == null) {
            throw refused(number + " is " + status + " and cannot be deleted; cancel it instead.");
        }
        for (int i = 0; i < columns().size() && i < oldRow.length; i++) {
            String column = columns().get(i);
            if (!DOCUMENT_MUTABLE.contains(column) && !Objects.equals(oldRow[i], newRow[i])) {
                throw refused(number + " is " + status + ": its " + column + " is fixed.");
            }
        }
        Object now = value(newRow, "STATUS");
        if (!Objects.equals(status, now) && !(DocumentStatus.POSTED.code().equals(status) && DocumentStatus.CANCELED.code().equals(now))) {
            throw refused(number + " is " + status + ": it can only go from Posted to Canceled.");
        }
        if (value(oldRow, "CANCELED_AT") != null && !Objects.equals(value(oldRow, "CANCELED_AT"),
                value(newRow, "CANCELED_AT"))) {
            throw refused(number + ": CANCELED_AT is fixed once set.");
        }
    }

    private static void item(Connection conn, Object documentId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT number, status FROM document WHERE id = ?")) {
            ps.setObject(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && !DocumentStatus.DRAFT.code().equals(rs.getString(2))) {
                    throw refused(rs.getString(1) + " is " + rs.getString(2)
                            + ": its items cannot be added, changed or deleted.");
                }
            }
        }
    }

    private void balance(Connection conn, Object[] oldRow) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT d.document_id FROM document_item d WHERE d.id = ?")) {
            ps.setObject(1, value(oldRow, "ITEM_ID"));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    item(conn, rs.getObject(1));
                }
            }
        }
    }

    private static SQLException refused(String why) {
        return new SQLException("A posted document stays as posted: " + why, "45000");
    }
}
