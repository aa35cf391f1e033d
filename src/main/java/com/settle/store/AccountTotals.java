package com.settle.store;

import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.PaymentStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Each account's sums that the lists sort by, kept by triggers on documents and payments in the transaction that
 * changes them: what its posted documents leave open, how many posted invoices are open and their balance, and what
 * stays unapplied on its processed payments. Sorting 5,000 accounts by a sum over 600,000 documents then reads 5,000
 * rows instead (0.3–1.1 s before). Verify books recomputes them. Installed by {@code V20__Account_totals}.
 */
public final class AccountTotals extends ColumnTrigger {

    private static final String MERGE = "MERGE INTO account_total t USING (VALUES (CAST(? AS BIGINT),"
            + " CAST(? AS DECIMAL(21, 4)), CAST(? AS INT), CAST(? AS DECIMAL(21, 4)), CAST(? AS DECIMAL(21, 4))))"
            + " s (account_id, open_balance, open_invoices, open_invoice_balance, unapplied)"
            + " ON t.account_id = s.account_id WHEN MATCHED THEN UPDATE SET open_balance = t.open_balance"
            + " + s.open_balance, open_invoices = t.open_invoices + s.open_invoices, open_invoice_balance ="
            + " t.open_invoice_balance + s.open_invoice_balance, unapplied = t.unapplied + s.unapplied"
            + " WHEN NOT MATCHED THEN INSERT (account_id, open_balance, open_invoices, open_invoice_balance,"
            + " unapplied) VALUES (s.account_id, s.open_balance, s.open_invoices, s.open_invoice_balance, s.unapplied)";

    /**
     * Per account, the sums recomputed from its documents and payments (the migration fills the table with it; the
     * same rule as {@link #ofDocument} and {@link #ofPayment}): account id and the four sums.
     */
    private static final String RECOMPUTED = "SELECT account_id, SUM(open_balance) open_balance,"
            + " SUM(open_invoices) open_invoices, SUM(open_invoice_balance) open_invoice_balance, SUM(unapplied)"
            + " unapplied FROM (SELECT account_id, CASE WHEN status = 'Posted' THEN balance ELSE 0 END open_balance,"
            + " CASE WHEN status = 'Posted' AND doc_type = 'Invoice' AND balance > 0 THEN 1 ELSE 0 END open_invoices,"
            + " CASE WHEN status = 'Posted' AND doc_type = 'Invoice' AND balance > 0 THEN balance ELSE 0 END"
            + " open_invoice_balance, 0 unapplied FROM document UNION ALL SELECT account_id, 0, 0, 0, CASE WHEN"
            + " status = 'Processed' THEN unapplied_amount ELSE 0 END FROM payment) x GROUP BY account_id";

    /**
     * The statements that fill the table (made by {@code V19__account_total.sql}) from the documents and payments
     * and install the triggers.
     */
    public static List<String> createStatements(Engine engine) {
        String fill = "INSERT INTO account_total (account_id, open_balance, open_invoices, open_invoice_balance,"
                + " unapplied) " + RECOMPUTED;
        if (engine == Engine.POSTGRESQL) {
            List<String> sql = new ArrayList<>(List.of(fill));
            sql.addAll(PostgresTriggers.accountTotals());
            return sql;
        }
        return List.of(fill,
                "CREATE TRIGGER DOCUMENT_ACCOUNT_TOTAL AFTER INSERT, UPDATE, DELETE ON DOCUMENT FOR EACH ROW CALL \""
                        + AccountTotals.class.getName() + "\"",
                "CREATE TRIGGER PAYMENT_ACCOUNT_TOTAL AFTER INSERT, UPDATE, DELETE ON PAYMENT FOR EACH ROW CALL \""
                        + AccountTotals.class.getName() + "\"");
    }

    /** Every account's number and kept sums (zero without a row), by account id. */
    static final String STORED = "SELECT a.id, a.number, COALESCE(t.open_balance, 0), COALESCE(t.open_invoices, 0),"
            + " COALESCE(t.open_invoice_balance, 0), COALESCE(t.unapplied, 0) FROM account a"
            + " LEFT JOIN account_total t ON t.account_id = a.id";

    /** An account's four sums, or one record's part in them. */
    public record Sums(BigDecimal open, int invoices, BigDecimal invoiceBalance, BigDecimal unapplied) {
        public static final Sums NONE = new Sums(BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO);

        public Sums plus(Sums o) {
            return new Sums(open.add(o.open), invoices + o.invoices, invoiceBalance.add(o.invoiceBalance),
                    unapplied.add(o.unapplied));
        }

        Sums minus(Sums o) {
            return new Sums(open.subtract(o.open), invoices - o.invoices, invoiceBalance.subtract(o.invoiceBalance),
                    unapplied.subtract(o.unapplied));
        }

        boolean isZero() {
            return open.signum() == 0 && invoices == 0 && invoiceBalance.signum() == 0 && unapplied.signum() == 0;
        }
    }

    /** A document's part: a posted one's balance is open; a posted invoice with a balance above zero is open. */
    public static Sums ofDocument(String status, String type, BigDecimal balance) {
        if (!DocumentStatus.POSTED.code().equals(status)) {
            return Sums.NONE;
        }
        boolean openInvoice = DocumentType.INVOICE.code().equals(type) && balance.signum() > 0;
        return new Sums(balance, openInvoice ? 1 : 0, openInvoice ? balance : BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** A payment's part: what stays unapplied on a processed one. */
    public static Sums ofPayment(String status, BigDecimal unapplied) {
        return PaymentStatus.PROCESSED.code().equals(status)
                ? new Sums(BigDecimal.ZERO, 0, BigDecimal.ZERO, unapplied) : Sums.NONE;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Sums before = part(oldRow);
        Sums after = part(newRow);
        if (oldRow != null && newRow != null && Objects.equals(account(oldRow), account(newRow))) {
            add(conn, account(newRow), after.minus(before));
            return;
        }
        if (oldRow != null) {
            add(conn, account(oldRow), Sums.NONE.minus(before));
        }
        if (newRow != null) {
            add(conn, account(newRow), after);
        }
    }

    private Object account(Object[] row) {
        return value(row, "ACCOUNT_ID");
    }

    private Sums part(Object[] row) {
        if (row == null) {
            return Sums.NONE;
        }
        if ("PAYMENT".equals(table())) {
            return ofPayment((String) value(row, "STATUS"), (BigDecimal) value(row, "UNAPPLIED_AMOUNT"));
        }
        return ofDocument((String) value(row, "STATUS"), (String) value(row, "DOC_TYPE"),
                (BigDecimal) value(row, "BALANCE"));
    }

    private void add(Connection conn, Object account, Sums delta) throws SQLException {
        if (delta.isZero()) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement(MERGE)) {
            ps.setObject(1, account);
            ps.setBigDecimal(2, delta.open());
            ps.setInt(3, delta.invoices());
            ps.setBigDecimal(4, delta.invoiceBalance());
            ps.setBigDecimal(5, delta.unapplied());
            ps.executeUpdate();
        }
    }
}
