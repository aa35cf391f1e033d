package com.settle.bench;

import com.settle.domain.listing.AccountListQuery;
import com.settle.domain.listing.CreditAccountListQuery;
import com.settle.domain.listing.DocumentListQuery;
import com.settle.domain.listing.PaymentListQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One list written by hand in plain SQL, the baseline of the list figures: the columns the screen shows, the
 * table joined to its account, one ORDER BY column with the id as tie-break, LIMIT, and a search as LIKE over
 * the columns the list searches.
 */
record RawList(String name, String columns, String from, String countFrom, String id, String natural,
               Map<String, String> sorts, List<String> searched) {

    private static final String OPEN = "(SELECT COALESCE(SUM(d.balance), 0) FROM document d WHERE d.account_id = a.id"
            + " AND d.status = 'Posted')";
    private static final String UNAPPLIED = "(SELECT COALESCE(SUM(p.unapplied_amount), 0) FROM payment p WHERE"
            + " p.account_id = a.id AND p.status = 'Processed')";
    private static final String OPEN_INVOICE = "FROM document d WHERE d.account_id = a.id AND d.status = 'Posted'"
            + " AND d.doc_type = 'Invoice' AND d.balance > 0";
    private static final String INVOICES = "(SELECT COUNT(*) " + OPEN_INVOICE + ")";
    private static final String INVOICE_BALANCE = "(SELECT COALESCE(SUM(d.balance), 0) " + OPEN_INVOICE + ")";

    static RawList payments() {
        return new RawList("Payments", "p.number, a.number, a.name, p.effective_date, p.method, p.reference,"
                + " p.currency, p.amount, p.applied_amount, p.unapplied_amount, p.refunded_amount,"
                + " p.transferred_amount, p.status", "payment p JOIN account a ON a.id = p.account_id", "payment p",
                "p.id", "p.effective_date DESC, p.number DESC", sorts(
                        PaymentListQuery.NUMBER, "p.number", PaymentListQuery.ACCOUNT, "a.number",
                        PaymentListQuery.DATE, "p.effective_date", PaymentListQuery.METHOD, "p.method",
                        PaymentListQuery.REFERENCE, "p.reference", PaymentListQuery.AMOUNT, "p.amount",
                        PaymentListQuery.APPLIED, "p.applied_amount", PaymentListQuery.UNAPPLIED,
                        "p.unapplied_amount", PaymentListQuery.STATUS, "p.status"),
                List.of("p.number", "a.number", "a.name", "p.reference", "p.method", "p.status", "p.currency",
                        "p.amount", "p.unapplied_amount"));
    }

    static RawList documents() {
        return new RawList("Invoices", "d.doc_type, d.number, a.number, a.name, d.document_date, d.due_date,"
                + " d.currency, d.amount, d.balance, d.status, (SELECT COUNT(*) FROM document_item i WHERE"
                + " i.document_id = d.id)", "document d JOIN account a ON a.id = d.account_id", "document d", "d.id",
                "d.document_date DESC, d.number DESC", sorts(
                        DocumentListQuery.TYPE, "d.doc_type", DocumentListQuery.NUMBER, "d.number",
                        DocumentListQuery.ACCOUNT, "a.number", DocumentListQuery.DATE, "d.document_date",
                        DocumentListQuery.DUE, "d.due_date", DocumentListQuery.AMOUNT, "d.amount",
                        DocumentListQuery.BALANCE, "d.balance", DocumentListQuery.STATUS, "d.status"),
                List.of("d.number", "d.doc_type", "a.number", "a.name", "d.status", "d.currency", "d.amount",
                        "d.balance"));
    }

    static RawList accounts() {
        return new RawList("Accounts", "a.number, a.name, a.currency, a.status, a.credit_balance, " + OPEN + ", "
                + UNAPPLIED, "account a", "account a", "a.id", "a.number", sorts(
                        AccountListQuery.NUMBER, "a.number", AccountListQuery.NAME, "a.name",
                        AccountListQuery.CURRENCY, "a.currency", AccountListQuery.STATUS, "a.status",
                        AccountListQuery.OPEN, OPEN, AccountListQuery.UNAPPLIED, UNAPPLIED,
                        AccountListQuery.CREDIT, "a.credit_balance"),
                List.of("a.number", "a.name", "a.currency", "a.status", "a.credit_balance", OPEN, UNAPPLIED));
    }

    static RawList creditAccounts() {
        return new RawList("Credit balances", "a.number, a.name, a.currency, a.credit_balance, " + INVOICES + ", "
                + INVOICE_BALANCE, "account a", "account a", "a.id", "a.number", sorts(
                        CreditAccountListQuery.NUMBER, "a.number", CreditAccountListQuery.NAME, "a.name",
                        CreditAccountListQuery.CREDIT, "a.credit_balance", CreditAccountListQuery.INVOICES, INVOICES,
                        CreditAccountListQuery.INVOICE_BALANCE, INVOICE_BALANCE),
                List.of("a.number", "a.name", "a.currency", "a.credit_balance", INVOICE_BALANCE));
    }

    /**
     * The row count and the first {@code limit} rows, sorted by {@code key} (null: the list's own order), searched
     * for {@code word} (null: everything); every value of every row read. A list of documents or payments reads
     * as its screen does: the page's ids from the table alone (joined to the accounts only when the sort or the
     * search asks for them), then those rows in full.
     */
    int firstPage(Connection c, String key, boolean descending, String word, int limit) throws SQLException {
        String where = word == null ? "" : " WHERE " + String.join(" OR ", searched.stream()
                .map(col -> "LOWER(CAST(" + col + " AS VARCHAR)) LIKE ?").toList());
        String order = key == null ? natural : sorts.get(key) + (descending ? " DESC NULLS LAST, " + id + " DESC"
                : " ASC NULLS FIRST, " + id + " ASC");
        boolean joined = word != null || (key != null && sorts.get(key).startsWith("a."));
        String[] params = word == null ? new String[0] : searched.stream().map(col -> "%" + word + "%")
                .toArray(String[]::new);
        RawReads.read(c, "SELECT COUNT(*) FROM " + (word == null ? countFrom : from) + where, (Object[]) params);
        if (countFrom.equals(from)) {
            return RawReads.read(c, "SELECT " + columns + " FROM " + from + where + " ORDER BY " + order + " LIMIT "
                    + limit, (Object[]) params);
        }
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(RawReads.fresh("SELECT " + id + " FROM " + (joined ? from
                : countFrom) + where + " ORDER BY " + order + " LIMIT " + limit))) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids.isEmpty() ? 0 : RawReads.read(c, "SELECT " + columns + " FROM " + from + " WHERE " + id
                + " IN (" + String.join(", ", ids) + ") ORDER BY " + order);
    }

    /** Rows {@code offset} on in the list's own order, as a page deep in the list is read: ids, then rows. */
    int page(Connection c, int offset, int limit) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(RawReads.fresh("SELECT " + id + " FROM " + countFrom
                + " ORDER BY " + natural + " LIMIT " + limit + " OFFSET " + offset)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids.isEmpty() ? 0 : RawReads.read(c, "SELECT " + columns + " FROM " + from + " WHERE " + id
                + " IN (" + String.join(", ", ids) + ") ORDER BY " + natural);
    }

    private static Map<String, String> sorts(String... keyAndColumn) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyAndColumn.length; i += 2) {
            m.put(keyAndColumn[i], keyAndColumn[i + 1]);
        }
        return m;
    }

    /** The sort keys in the list's column order. */
    List<String> keys() {
        return new ArrayList<>(sorts.keySet());
    }
}
