package com.settle.store;

import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.PaymentStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The raw sums Verify books compares: each figure recomputed from the stored lines, next to the
 * figure the services keep. Plain SQL, because these are aggregates over the whole file.
 */
public final class BooksQueries {

    /** A payment's stored parts next to the same parts recomputed from its lines. */
    public record PaymentFigures(long accountId, String number, String currency, String accountCurrency,
                                 PaymentStatus status,
                                 BigDecimal amount, BigDecimal applied, BigDecimal unapplied, BigDecimal refunded,
                                 BigDecimal transferred, BigDecimal appliedFromLines, BigDecimal refundedFromLines,
                                 BigDecimal transferredFromLines) {
    }

    /** A document's stored amount and balance next to the sums of its items. */
    public record DocumentFigures(long id, long accountId, String number, String type, String currency,
                                  String accountCurrency, DocumentStatus status, BigDecimal amount, BigDecimal balance,
                                  BigDecimal itemAmounts, BigDecimal itemBalances, int items) {
    }

    /**
     * An item with its document's number, status and currency; its amount, its balance row (amount and balance;
     * both {@code null} when the row is missing), what was applied to it net of reversals, and whether one of its
     * application lines has more decimals than the currency allows.
     */
    public record ItemFigures(long documentId, String documentNumber, DocumentStatus documentStatus, String currency,
                              int ordinal, BigDecimal amount, BigDecimal balanceRowAmount, BigDecimal balance,
                              BigDecimal paymentsNet, BigDecimal creditNet, boolean linesTooPrecise) {
    }

    /** An account's stored credit balance next to the sum of its processed adjustments. */
    public record AccountFigures(String number, String currency, BigDecimal creditBalance, BigDecimal fromLedger) {
    }

    /** A line whose parts do not add up: the record, the stored total and the sum of its parts. */
    public record Mismatch(String record, BigDecimal stored, BigDecimal sumOfParts) {
    }

    /** A stored amount with more decimals than its currency allows: "label: amount", the currency, its decimals. */
    public record Excess(String record, String currency, int scale) {
    }

    /** One stored line of a credit balance history, with the adjustment it belongs to. */
    public record LedgerEvent(long accountId, String accountNumber, int seq, String number, String kind,
                              BigDecimal expectedAmount, BigDecimal amount, BigDecimal balanceAfter) {
    }

    /** What payments' lines transferred to credit balances, by payment id (a few of all payments). */
    public Map<Long, BigDecimal> transfersFromPayments(DSLContext tx) {
        return sums(tx, "SELECT source_transaction_id, SUM(amount) FROM credit_balance_adjustment"
                + " WHERE source_transaction_type = 'Payment' AND history_type = 'from_payment'"
                + " AND status = 'Processed' AND source_transaction_id IS NOT NULL GROUP BY source_transaction_id");
    }

    private static Map<Long, BigDecimal> sums(DSLContext tx, String sql) {
        Map<Long, BigDecimal> out = new HashMap<>();
        tx.fetch(sql).forEach(r -> out.put(r.get(0, Long.class), r.get(1, BigDecimal.class)));
        return out;
    }

    /**
     * Unapplications and their lines whose stored total differs from the sum of their parts, and application item
     * lines reversed by more than they applied (the applications' own lines: {@link LinePass}).
     */
    public List<Mismatch> unapplicationMismatches(DSLContext tx) {
        String[] queries = {
            """
            SELECT 'unapplication ' || u.id, u.amount, COALESCE(SUM(d.amount), 0)
            FROM unapplication u LEFT JOIN unapplication_document d ON d.unapplication_id = u.id
            GROUP BY u.id, u.amount HAVING u.amount <> COALESCE(SUM(d.amount), 0)""",
            """
            SELECT 'unapplication ' || d.unapplication_id || ' line ' || d.id, d.amount, COALESCE(SUM(i.amount), 0)
            FROM unapplication_document d LEFT JOIN unapplication_item i ON i.unapplication_document_id = d.id
            GROUP BY d.id, d.unapplication_id, d.amount HAVING d.amount <> COALESCE(SUM(i.amount), 0)""",
            """
            SELECT 'application item line ' || ai.id, ai.amount, COALESCE(SUM(ui.amount), 0)
            FROM application_item ai JOIN unapplication_item ui ON ui.application_item_id = ai.id
            GROUP BY ai.id, ai.amount HAVING COALESCE(SUM(ui.amount), 0) > ai.amount""",
        };
        List<Mismatch> result = new ArrayList<>();
        for (String sql : queries) {
            tx.fetch(sql).forEach(r -> result.add(new Mismatch(r.get(0, String.class), dec(r, 1), dec(r, 2))));
        }
        return result;
    }

    /** An account's number and the sums kept for it ({@link AccountTotals}). */
    public record KeptSums(String number, AccountTotals.Sums sums) {
    }

    /** Every account's kept sums, by account id. */
    public Map<Long, KeptSums> accountTotals(DSLContext tx) {
        Map<Long, KeptSums> out = new HashMap<>();
        tx.fetch(AccountTotals.STORED).forEach(r -> out.put(r.get(0, Long.class), new KeptSums(r.get(1, String.class),
                new AccountTotals.Sums(dec(r, 2), r.get(3, Integer.class), dec(r, 4), dec(r, 5)))));
        return out;
    }

    /**
     * Credit lines on another account's item (the payments' lines that cross accounts or documents: {@link
     * LinePass}), named.
     */
    public List<String> creditLinesCrossed(DSLContext tx) {
        return tx.fetch("""
                SELECT 'credit balance adjustment ' || c.number || ' on ' || doc.number
                FROM credit_balance_adjustment_item ci
                JOIN credit_balance_adjustment c ON c.id = ci.adjustment_id
                JOIN document_item di ON di.id = ci.document_item_id
                JOIN document doc ON doc.id = di.document_id
                WHERE doc.account_id <> c.account_id""").map(r -> r.get(0, String.class));
    }

    /**
     * Amounts with more decimals than their currency allows ({@code scales}: each currency's decimals), as
     * "label: amount", in the money columns of the few lines Verify books does not read one by one (it checks
     * documents, payments, items and application lines as its passes read them, {@link RecordPasses}).
     * Each column is first scanned once, without joins, for an amount with more decimals than the smallest
     * scale; only a column with one is read again, once, each amount against its own currency's decimals. The
     * amounts found are listed by currency, each currency's in the order read.
     */
    public List<Excess> tooManyDecimals(DSLContext tx, Map<String, Integer> scales) {
        String[][] columns = {
            {"unapplication_item", "'unapplication item line ' || t.id", "t.amount", "d.currency",
                "JOIN application_item ai ON ai.id = t.application_item_id "
                    + "JOIN document_item i ON i.id = ai.document_item_id JOIN document d ON d.id = i.document_id"},
            {"refund", "'refund ' || t.number", "t.amount", "a.currency", "JOIN account a ON a.id = t.account_id"},
            {"credit_balance_adjustment", "'credit balance adjustment ' || t.number", "t.amount", "a.currency",
                "JOIN account a ON a.id = t.account_id"},
            {"credit_balance_adjustment_item", "'credit balance adjustment item ' || t.id", "t.amount", "a.currency",
                "JOIN credit_balance_adjustment c ON c.id = t.adjustment_id JOIN account a ON a.id = c.account_id"},
        };
        List<Excess> result = new ArrayList<>();
        if (scales.isEmpty()) {
            return result;
        }
        int smallest = Collections.min(scales.values());
        for (String[] c : columns) {
            if (tx.fetch("SELECT 1 FROM " + c[0] + " t WHERE " + c[2] + " <> ROUND(" + c[2] + ", ?) FETCH FIRST 1 ROW"
                    + " ONLY", smallest).isEmpty()) {
                continue;
            }
            // The currency's decimals by its code; the codes are bound, the decimals are numbers of our own.
            StringBuilder scale = new StringBuilder("CASE ").append(c[3]);
            List<Object> codes = new ArrayList<>();
            for (var currency : new TreeMap<>(scales).entrySet()) {
                scale.append(" WHEN ? THEN ").append(currency.getValue().intValue());
                codes.add(currency.getKey());
            }
            String sql = "SELECT " + c[1] + " || ': ' || CAST(" + c[2] + " AS VARCHAR), " + c[3] + " FROM " + c[0]
                    + " t " + c[4] + " WHERE " + c[2] + " <> ROUND(" + c[2] + ", " + scale + " END)";
            tx.fetch(sql, codes.toArray()).stream().map(r -> new Excess(r.get(0, String.class), r.get(1, String.class),
                    scales.get(r.get(1, String.class)))).sorted(Comparator.comparing(Excess::currency))
                    .forEach(result::add);
        }
        return result;
    }

    public List<String> currencies(DSLContext tx) {
        return tx.fetch("SELECT DISTINCT currency FROM account ORDER BY 1").map(r -> r.get(0, String.class));
    }

    private static BigDecimal dec(Record r, int index) {
        BigDecimal value = r.get(index, BigDecimal.class);
        return value == null ? BigDecimal.ZERO : value;
    }

    /**
     * The guard triggers the migrations installed that are no longer there (dropped with SQL, for example
     * through the H2 jar), in a fixed order.
     */
    public List<String> missingGuards(DSLContext tx) {
        Set<String> installed = new HashSet<>(tx.fetchValues("SELECT UPPER(trigger_name) FROM"
                + " information_schema.triggers WHERE UPPER(trigger_schema) = UPPER(CURRENT_SCHEMA)").stream()
                .map(String::valueOf).toList());
        List<String> missing = new ArrayList<>(AppendOnlyGuard.triggerNames());
        missing.addAll(PostedDocumentGuard.triggerNames());
        missing.removeIf(installed::contains);
        if (Engine.of(tx) == Engine.POSTGRESQL) {
            // The owner of a server database can switch a trigger off or rewrite its function without dropping it.
            missing.addAll(tx.fetchValues("SELECT UPPER(t.tgname) FROM pg_trigger t JOIN pg_class c ON c.oid ="
                    + " t.tgrelid WHERE c.relnamespace = CAST(CURRENT_SCHEMA AS regnamespace) AND NOT t.tgisinternal"
                    + " AND t.tgenabled = 'D'").stream().map(n -> n + " (switched off)").toList());
            Map<String, String> stored = new HashMap<>();
            tx.fetch("SELECT proname, prosrc FROM pg_proc WHERE pronamespace = CAST(CURRENT_SCHEMA AS regnamespace)")
                    .forEach(r -> stored.put(r.get(0, String.class), r.get(1, String.class)));
            PostgresTriggers.functionBodies().forEach((name, body) -> {
                if (!body.equals(stored.get(name))) {
                    missing.add("function " + name + (stored.containsKey(name) ? " (rewritten)" : ""));
                }
            });
        }
        return missing.stream().sorted().toList();
    }

    /** Applications dated before the payment they use (a payment's date moved after it was applied). */
    public List<String> applicationsBeforePayment(DSLContext tx) {
        return tx.fetch("SELECT p.number, a.effective_date, p.effective_date FROM application a JOIN payment p"
                + " ON p.id = a.payment_id WHERE a.effective_date < p.effective_date ORDER BY p.number, a.id LIMIT 20")
                .map(r -> r.get(0, String.class) + " (dated " + r.get(2) + ", applied " + r.get(1) + ")");
    }
}
