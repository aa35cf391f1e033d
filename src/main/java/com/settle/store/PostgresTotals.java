package com.settle.store;

import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.PaymentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * On a PostgreSQL server, the sums {@link OpenTotals} and {@link AccountTotals} keep, moved once per statement: a
 * trigger for each kind of change reads the statement's rows before and after (its transition tables), sums what
 * they change per currency and due date and per account, and adds that in one upsert. A trigger per row made one
 * upsert per row: 640 ms of an UPDATE of 10,000 posted documents whose rows alone took 265 ms. The parts each row
 * counts for are {@link OpenTotals#isOpen} and {@link AccountTotals#ofDocument} / {@link AccountTotals#ofPayment}.
 * Installed by {@code V21__Statement_totals} in place of the row triggers of V18 and V20.
 */
public final class PostgresTotals {

    /** A document's changes: the rows before (sign -1) and after (sign +1) as {@code c}, for both sums. */
    private static final String DOCUMENT_SUMS = """
              INSERT INTO open_total AS t (currency, due_date, balance)
              SELECT currency, due_date, SUM(sign * balance) FROM c
              WHERE status = '{POSTED}' AND balance > 0
              GROUP BY currency, due_date HAVING SUM(sign * balance) <> 0
              ON CONFLICT (currency, due_date) DO UPDATE SET balance = t.balance + excluded.balance;
              WITH c AS ({ROWS})
              INSERT INTO account_total AS t (account_id, open_balance, open_invoices, open_invoice_balance,
                unapplied)
              SELECT account_id, SUM(sign * balance), SUM(sign * open_invoice), SUM(sign * open_invoice * balance), 0
              FROM (SELECT c.*, CASE WHEN doc_type = '{INVOICE}' AND balance > 0 THEN 1 ELSE 0 END open_invoice
                    FROM c WHERE status = '{POSTED}') x
              GROUP BY account_id
              HAVING SUM(sign * balance) <> 0 OR SUM(sign * open_invoice) <> 0
                OR SUM(sign * open_invoice * balance) <> 0
              ON CONFLICT (account_id) DO UPDATE SET open_balance = t.open_balance + excluded.open_balance,
                open_invoices = t.open_invoices + excluded.open_invoices,
                open_invoice_balance = t.open_invoice_balance + excluded.open_invoice_balance;""";

    /** A payment's changes as {@code c}: what stays unapplied on a processed one. */
    private static final String PAYMENT_SUMS = """
              INSERT INTO account_total AS t (account_id, open_balance, open_invoices, open_invoice_balance,
                unapplied)
              SELECT account_id, 0, 0, 0, SUM(sign * unapplied_amount) FROM c WHERE status = '{PROCESSED}'
              GROUP BY account_id HAVING SUM(sign * unapplied_amount) <> 0
              ON CONFLICT (account_id) DO UPDATE SET unapplied = t.unapplied + excluded.unapplied;""";

    private static final String DOCUMENT_COLUMNS = "account_id, currency, due_date, doc_type, status, balance";
    private static final String PAYMENT_COLUMNS = "account_id, status, unapplied_amount";

    private PostgresTotals() {
    }

    /** The statements that take the row triggers of V18 and V20 away and install these. */
    public static List<String> installStatements() {
        List<String> sql = new ArrayList<>(List.of(
                "DROP TRIGGER IF EXISTS document_open_total ON document",
                "DROP TRIGGER IF EXISTS document_account_total ON document",
                "DROP TRIGGER IF EXISTS payment_account_total ON payment",
                "DROP FUNCTION IF EXISTS settle_open_totals()",
                "DROP FUNCTION IF EXISTS settle_document_account_total()",
                "DROP FUNCTION IF EXISTS settle_payment_account_total()",
                "DROP FUNCTION IF EXISTS settle_open_total_add(char(3), date, numeric)",
                "DROP FUNCTION IF EXISTS settle_account_total_add(bigint, numeric, int, numeric, numeric)"));
        functions().forEach((name, body) -> sql.add("CREATE OR REPLACE FUNCTION " + name
                + "() RETURNS trigger LANGUAGE plpgsql AS $$" + body + "$$"));
        for (String table : List.of("document", "payment")) {
            String function = "settle_" + table + "_totals_";
            for (String event : List.of("insert", "update", "delete")) {
                sql.add("DROP TRIGGER IF EXISTS " + table + "_totals_" + event + " ON " + table);
            }
            sql.add("CREATE TRIGGER " + table + "_totals_insert AFTER INSERT ON " + table
                    + " REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION " + function + "insert()");
            sql.add("CREATE TRIGGER " + table + "_totals_update AFTER UPDATE ON " + table
                    + " REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION " + function
                    + "update()");
            sql.add("CREATE TRIGGER " + table + "_totals_delete AFTER DELETE ON " + table
                    + " REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION " + function + "delete()");
        }
        return sql;
    }

    /** Each function these triggers call, by name, with its body as the server keeps it (for Verify books). */
    public static Map<String, String> functions() {
        Map<String, String> bodies = new TreeMap<>();
        for (String table : List.of("document", "payment")) {
            String columns = table.equals("document") ? DOCUMENT_COLUMNS : PAYMENT_COLUMNS;
            String sums = table.equals("document") ? DOCUMENT_SUMS : PAYMENT_SUMS;
            String before = "SELECT " + columns + ", -1 AS sign FROM o";
            String after = "SELECT " + columns + ", 1 AS sign FROM n";
            Map<String, String> rows = Map.of("insert", after, "update", before + " UNION ALL " + after,
                    "delete", before);
            rows.forEach((event, select) -> bodies.put("settle_" + table + "_totals_" + event, body(sums, select)));
        }
        return bodies;
    }

    private static String body(String sums, String rows) {
        return "\nBEGIN\n  WITH c AS (" + rows + ")\n" + sums.replace("{ROWS}", rows)
                .replace("{POSTED}", DocumentStatus.POSTED.code())
                .replace("{INVOICE}", DocumentType.INVOICE.code())
                .replace("{PROCESSED}", PaymentStatus.PROCESSED.code())
                + "\n  RETURN NULL;\nEND ";
    }
}
