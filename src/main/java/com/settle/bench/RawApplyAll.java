package com.settle.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw baseline of {@code credit apply-all}: the rows Settle's batch writes for a queue of accounts (an
 * adjustment, its history line and its item splits per invoice; item, invoice and account balances moved), found by
 * one query and written by plain JDBC batches in one transaction. No history chain, no checks, no per-group commits.
 */
final class RawApplyAll {

    private RawApplyAll() {
    }

    /** One invoice item with money open, in the order credit pays it. */
    private record Open(long account, BigDecimal credit, int entries, long invoice, String number, BigDecimal balance,
                        long item, BigDecimal itemBalance) {
    }

    /** One application: credit from {@code account} to {@code invoice}, split over its items. */
    private record Applied(long account, long invoice, String number, BigDecimal amount, BigDecimal after, int seq,
                           Map<Long, BigDecimal> items) {
    }

    /**
     * Applies the credit of every account whose number starts with {@code prefix} to its open posted invoices, oldest
     * first, over their items in order, numbering the adjustments {@code CBA-<prefix>An}.
     *
     * @return the applications written
     */
    static int run(Connection c, String prefix, long userId) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            List<Applied> applied = plan(read(c, prefix));
            Map<String, Long> ids = insertAdjustments(c, prefix, applied, userId);
            try (PreparedStatement entry = c.prepareStatement("INSERT INTO credit_balance_entry (account_id, seq,"
                    + " adjustment_id, kind, history_type, amount, balance_after, entry_date, created_by_id,"
                    + " created_at) VALUES (?, ?, ?, 'Adjustment', 'applied_to_invoice', ?, ?, CURRENT_DATE, ?,"
                    + " CURRENT_TIMESTAMP)");
                 PreparedStatement split = c.prepareStatement("INSERT INTO credit_balance_adjustment_item"
                         + " (adjustment_id, document_item_id, amount) VALUES (?, ?, ?)");
                 PreparedStatement item = c.prepareStatement("UPDATE document_item_balance SET balance = balance - ?"
                         + " WHERE item_id = ?");
                 PreparedStatement invoice = c.prepareStatement("UPDATE document SET balance = balance - ?,"
                         + " version = version + 1 WHERE id = ?");
                 PreparedStatement account = c.prepareStatement("UPDATE account SET credit_balance = ?,"
                         + " credit_entries = ?, version = version + 1 WHERE id = ?")) {
                for (int i = 0; i < applied.size(); i++) {
                    Applied a = applied.get(i);
                    long id = ids.get(number(prefix, i));
                    entry.setLong(1, a.account());
                    entry.setInt(2, a.seq());
                    entry.setLong(3, id);
                    entry.setBigDecimal(4, a.amount().negate());
                    entry.setBigDecimal(5, a.after());
                    entry.setLong(6, userId);
                    entry.addBatch();
                    for (var s : a.items().entrySet()) {
                        split.setLong(1, id);
                        split.setLong(2, s.getKey());
                        split.setBigDecimal(3, s.getValue());
                        split.addBatch();
                        item.setBigDecimal(1, s.getValue());
                        item.setLong(2, s.getKey());
                        item.addBatch();
                    }
                    invoice.setBigDecimal(1, a.amount());
                    invoice.setLong(2, a.invoice());
                    invoice.addBatch();
                    account.setBigDecimal(1, a.after());
                    account.setInt(2, a.seq());
                    account.setLong(3, a.account());
                    account.addBatch();
                }
                entry.executeBatch();
                split.executeBatch();
                item.executeBatch();
                invoice.executeBatch();
                account.executeBatch();
            }
            c.commit();
            return applied.size();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static List<Open> read(Connection c, String prefix) throws SQLException {
        List<Open> open = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.id, a.credit_balance, a.credit_entries, d.id, d.number, d.balance, i.id, b.balance
                FROM account a
                JOIN document d ON d.account_id = a.id AND d.doc_type = 'Invoice' AND d.status = 'Posted'
                  AND d.balance > 0
                JOIN document_item i ON i.document_id = d.id
                JOIN document_item_balance b ON b.item_id = i.id AND b.balance > 0
                WHERE a.number LIKE ? AND a.credit_balance > 0
                ORDER BY a.id, d.document_date, d.id, i.ordinal""")) {
            ps.setString(1, prefix + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    open.add(new Open(rs.getLong(1), rs.getBigDecimal(2), rs.getInt(3), rs.getLong(4),
                            rs.getString(5), rs.getBigDecimal(6), rs.getLong(7), rs.getBigDecimal(8)));
                }
            }
        }
        return open;
    }

    /** Each account's credit over its invoices, oldest first, and each application over the invoice's items. */
    private static List<Applied> plan(List<Open> open) {
        List<Applied> applied = new ArrayList<>();
        Map<Long, BigDecimal> credit = new HashMap<>();
        Map<Long, Integer> seq = new HashMap<>();
        Applied current = null;
        BigDecimal left = BigDecimal.ZERO;
        for (Open o : open) {
            BigDecimal has = credit.computeIfAbsent(o.account(), k -> o.credit());
            if (current == null || current.invoice() != o.invoice()) {
                if (has.signum() == 0) {
                    continue;
                }
                BigDecimal amount = has.min(o.balance());
                int n = seq.merge(o.account(), o.entries() + 1, (a, b) -> a + 1);
                current = new Applied(o.account(), o.invoice(), o.number(), amount, has.subtract(amount), n,
                        new LinkedHashMap<>());
                credit.put(o.account(), has.subtract(amount));
                applied.add(current);
                left = amount;
            }
            BigDecimal share = left.min(o.itemBalance());
            if (share.signum() > 0) {
                current.items().put(o.item(), share);
                left = left.subtract(share);
            }
        }
        return applied;
    }

    private static Map<String, Long> insertAdjustments(Connection c, String prefix, List<Applied> applied,
                                                       long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO credit_balance_adjustment (number, type, amount,"
                + " account_id, source_transaction_type, source_transaction_id, source_transaction_number,"
                + " history_type, reason_code, adjustment_date, status, created_by_id, created_date, updated_by_id,"
                + " updated_date) VALUES (?, 'Decrease', ?, ?, 'Invoice', ?, ?, 'applied_to_invoice', 'Bench',"
                + " CURRENT_DATE, 'Processed', ?, CURRENT_TIMESTAMP, ?, CURRENT_TIMESTAMP)")) {
            for (int i = 0; i < applied.size(); i++) {
                Applied a = applied.get(i);
                ps.setString(1, number(prefix, i));
                ps.setBigDecimal(2, a.amount());
                ps.setLong(3, a.account());
                ps.setLong(4, a.invoice());
                ps.setString(5, a.number());
                ps.setLong(6, userId);
                ps.setLong(7, userId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT number, id FROM credit_balance_adjustment"
                + " WHERE number LIKE ?")) {
            ps.setString(1, "CBA-" + prefix + "A%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    private static String number(String prefix, int i) {
        return "CBA-" + prefix + "A" + i;
    }
}
