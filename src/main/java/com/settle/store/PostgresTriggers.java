package com.settle.store;

import com.settle.domain.model.AdjustmentStatus;
import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.PaymentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * On a PostgreSQL server, the database's own rules that H2 keeps with Java triggers: {@link AppendOnlyGuard} (saved
 * history is never edited or deleted), {@link PostedDocumentGuard} (a posted document stays as posted),
 * {@link OpenTotals} and {@link AccountTotals} (the sums Home and the lists read), written in PL/pgSQL with the same
 * columns, the same refusals (SQLSTATE 45000) and the same words. Whoever writes, whatever tool they use, meets them.
 */
public final class PostgresTriggers {

    /** The first column, upper case, whose value differs between two rows, not counting the columns that may move. */
    private static final String CHANGED_COLUMN = """
            CREATE OR REPLACE FUNCTION settle_changed_column(o jsonb, n jsonb, mutable text[]) RETURNS text
            LANGUAGE sql IMMUTABLE AS $$
              SELECT upper(k.key) FROM jsonb_each(o) k
              WHERE NOT (k.key = ANY (COALESCE(mutable, '{}'))) AND k.value IS DISTINCT FROM n -> k.key
              ORDER BY k.key LIMIT 1
            $$""";

    private static final String HISTORY_GUARD = """
            CREATE OR REPLACE FUNCTION settle_history_guard() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              what text := replace(TG_TABLE_NAME, '_', ' ');
              o jsonb := to_jsonb(OLD);
              n jsonb;
              changed text;
            BEGIN
              IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION 'Saved history cannot be deleted: % rows stay as written; record a reversing entry instead.',
                  what USING ERRCODE = '45000';
              END IF;
              n := to_jsonb(NEW);
              changed := settle_changed_column(o, n, TG_ARGV);
              IF changed IS NOT NULL THEN
                RAISE EXCEPTION 'Saved history cannot be edited: % column % is fixed once written.', what, changed
                  USING ERRCODE = '45000';
              END IF;
              IF 'status' = ANY (COALESCE(TG_ARGV, '{}')) AND (o ->> 'status') IS DISTINCT FROM (n ->> 'status')
                 AND NOT (o ->> 'status' = '{PROCESSED}' AND n ->> 'status' = '{CANCELED}') THEN
                RAISE EXCEPTION 'Saved history cannot be edited: a % only goes from Processed to Canceled.', what
                  USING ERRCODE = '45000';
              END IF;
              IF (o ->> 'cancelled_on') IS NOT NULL AND (o -> 'cancelled_on') IS DISTINCT FROM (n -> 'cancelled_on') THEN
                RAISE EXCEPTION 'Saved history cannot be edited: CANCELLED_ON is fixed once set.' USING ERRCODE = '45000';
              END IF;
              RETURN NEW;
            END $$"""
            .replace("{PROCESSED}", AdjustmentStatus.PROCESSED.code())
            .replace("{CANCELED}", AdjustmentStatus.CANCELED.code());

    private static final String HISTORY_TRUNCATE = """
            CREATE OR REPLACE FUNCTION settle_history_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'Saved history cannot be deleted: % rows stay as written; record a reversing entry instead.',
                replace(TG_TABLE_NAME, '_', ' ') USING ERRCODE = '45000';
            END $$""";

    private static final String DOCUMENT_POSTED = """
            CREATE OR REPLACE FUNCTION settle_document_posted() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              changed text;
            BEGIN
              IF OLD.status = '{DRAFT}' THEN
                IF TG_OP = 'DELETE' THEN
                  RETURN OLD;
                END IF;
                RETURN NEW;
              END IF;
              IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION 'A posted document stays as posted: % is % and cannot be deleted; cancel it instead.',
                  OLD.number, OLD.status USING ERRCODE = '45000';
              END IF;
              changed := settle_changed_column(to_jsonb(OLD), to_jsonb(NEW), ARRAY[{MUTABLE}]);
              IF changed IS NOT NULL THEN
                RAISE EXCEPTION 'A posted document stays as posted: % is %: its % is fixed.', OLD.number, OLD.status,
                  changed USING ERRCODE = '45000';
              END IF;
              IF NEW.status IS DISTINCT FROM OLD.status AND NOT (OLD.status = '{POSTED}' AND NEW.status = '{CANCELED}') THEN
                RAISE EXCEPTION 'A posted document stays as posted: % is %: it can only go from Posted to Canceled.',
                  OLD.number, OLD.status USING ERRCODE = '45000';
              END IF;
              IF OLD.canceled_at IS NOT NULL AND NEW.canceled_at IS DISTINCT FROM OLD.canceled_at THEN
                RAISE EXCEPTION 'A posted document stays as posted: %: CANCELED_AT is fixed once set.', OLD.number
                  USING ERRCODE = '45000';
              END IF;
              RETURN NEW;
            END $$"""
            .replace("{DRAFT}", DocumentStatus.DRAFT.code())
            .replace("{POSTED}", DocumentStatus.POSTED.code())
            .replace("{CANCELED}", DocumentStatus.CANCELED.code())
            .replace("{MUTABLE}", quoted(PostedDocumentGuard.DOCUMENT_MUTABLE));

    private static final String ITEMS_POSTED = """
            CREATE OR REPLACE FUNCTION settle_refuse_posted_items(doc bigint) RETURNS void LANGUAGE plpgsql AS $$
            DECLARE
              d record;
            BEGIN
              SELECT number, status INTO d FROM document WHERE id = doc;
              IF FOUND AND d.status <> '{DRAFT}' THEN
                RAISE EXCEPTION 'A posted document stays as posted: % is %: its items cannot be added, changed or deleted.',
                  d.number, d.status USING ERRCODE = '45000';
              END IF;
            END $$""".replace("{DRAFT}", DocumentStatus.DRAFT.code());

    private static final String ITEM_POSTED = """
            CREATE OR REPLACE FUNCTION settle_item_posted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP <> 'INSERT' THEN
                PERFORM settle_refuse_posted_items(OLD.document_id);
              END IF;
              IF TG_OP = 'DELETE' THEN
                RETURN OLD;
              END IF;
              PERFORM settle_refuse_posted_items(NEW.document_id);
              RETURN NEW;
            END $$""";

    private static final String BALANCE_POSTED = """
            CREATE OR REPLACE FUNCTION settle_item_balance_posted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM settle_refuse_posted_items(i.document_id) FROM document_item i WHERE i.id = OLD.item_id;
              RETURN OLD;
            END $$""";

    private static final String OPEN_TOTAL_ADD = """
            CREATE OR REPLACE FUNCTION settle_open_total_add(cur char(3), due date, delta numeric) RETURNS void
            LANGUAGE sql AS $$
              INSERT INTO open_total AS t (currency, due_date, balance) VALUES (cur, due, delta)
              ON CONFLICT (currency, due_date) DO UPDATE SET balance = t.balance + excluded.balance
            $$""";

    private static final String OPEN_TOTALS = """
            CREATE OR REPLACE FUNCTION settle_open_totals() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              before numeric := 0;
              after numeric := 0;
            BEGIN
              IF TG_OP <> 'INSERT' AND OLD.status = '{POSTED}' AND OLD.balance > 0 THEN
                before := OLD.balance;
              END IF;
              IF TG_OP <> 'DELETE' AND NEW.status = '{POSTED}' AND NEW.balance > 0 THEN
                after := NEW.balance;
              END IF;
              IF before <> 0 AND after <> 0 AND OLD.currency = NEW.currency AND OLD.due_date = NEW.due_date THEN
                IF after <> before THEN
                  PERFORM settle_open_total_add(NEW.currency, NEW.due_date, after - before);
                END IF;
                RETURN NULL;
              END IF;
              IF before <> 0 THEN
                PERFORM settle_open_total_add(OLD.currency, OLD.due_date, -before);
              END IF;
              IF after <> 0 THEN
                PERFORM settle_open_total_add(NEW.currency, NEW.due_date, after);
              END IF;
              RETURN NULL;
            END $$""".replace("{POSTED}", DocumentStatus.POSTED.code());

    private static final String ACCOUNT_TOTAL_ADD = """
            CREATE OR REPLACE FUNCTION settle_account_total_add(acc bigint, ob numeric, oi int, oib numeric, un numeric)
            RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
              IF ob = 0 AND oi = 0 AND oib = 0 AND un = 0 THEN
                RETURN;
              END IF;
              INSERT INTO account_total AS t (account_id, open_balance, open_invoices, open_invoice_balance, unapplied)
              VALUES (acc, ob, oi, oib, un)
              ON CONFLICT (account_id) DO UPDATE SET open_balance = t.open_balance + excluded.open_balance,
                open_invoices = t.open_invoices + excluded.open_invoices,
                open_invoice_balance = t.open_invoice_balance + excluded.open_invoice_balance,
                unapplied = t.unapplied + excluded.unapplied;
            END $$""";

    private static final String DOCUMENT_ACCOUNT_TOTAL = """
            CREATE OR REPLACE FUNCTION settle_document_account_total() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              b_open numeric := 0; b_inv int := 0; b_bal numeric := 0;
              a_open numeric := 0; a_inv int := 0; a_bal numeric := 0;
            BEGIN
              IF TG_OP <> 'INSERT' AND OLD.status = '{POSTED}' THEN
                b_open := OLD.balance;
                IF OLD.doc_type = '{INVOICE}' AND OLD.balance > 0 THEN
                  b_inv := 1; b_bal := OLD.balance;
                END IF;
              END IF;
              IF TG_OP <> 'DELETE' AND NEW.status = '{POSTED}' THEN
                a_open := NEW.balance;
                IF NEW.doc_type = '{INVOICE}' AND NEW.balance > 0 THEN
                  a_inv := 1; a_bal := NEW.balance;
                END IF;
              END IF;
              IF TG_OP = 'UPDATE' AND OLD.account_id = NEW.account_id THEN
                PERFORM settle_account_total_add(NEW.account_id, a_open - b_open, a_inv - b_inv, a_bal - b_bal, 0);
                RETURN NULL;
              END IF;
              IF TG_OP <> 'INSERT' THEN
                PERFORM settle_account_total_add(OLD.account_id, -b_open, -b_inv, -b_bal, 0);
              END IF;
              IF TG_OP <> 'DELETE' THEN
                PERFORM settle_account_total_add(NEW.account_id, a_open, a_inv, a_bal, 0);
              END IF;
              RETURN NULL;
            END $$""".replace("{POSTED}", DocumentStatus.POSTED.code()).replace("{INVOICE}", DocumentType.INVOICE.code());

    private static final String PAYMENT_ACCOUNT_TOTAL = """
            CREATE OR REPLACE FUNCTION settle_payment_account_total() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              before numeric := 0;
              after numeric := 0;
            BEGIN
              IF TG_OP <> 'INSERT' AND OLD.status = '{PROCESSED}' THEN
                before := OLD.unapplied_amount;
              END IF;
              IF TG_OP <> 'DELETE' AND NEW.status = '{PROCESSED}' THEN
                after := NEW.unapplied_amount;
              END IF;
              IF TG_OP = 'UPDATE' AND OLD.account_id = NEW.account_id THEN
                PERFORM settle_account_total_add(NEW.account_id, 0, 0, 0, after - before);
                RETURN NULL;
              END IF;
              IF TG_OP <> 'INSERT' THEN
                PERFORM settle_account_total_add(OLD.account_id, 0, 0, 0, -before);
              END IF;
              IF TG_OP <> 'DELETE' THEN
                PERFORM settle_account_total_add(NEW.account_id, 0, 0, 0, after);
              END IF;
              RETURN NULL;
            END $$""".replace("{PROCESSED}", PaymentStatus.PROCESSED.code());

    private PostgresTriggers() {
    }

    /** The statements that install the history guard on the given tables (names as {@link AppendOnlyGuard} gives them). */
    public static List<String> historyGuard(List<String> tables) {
        List<String> sql = new ArrayList<>(List.of(CHANGED_COLUMN, HISTORY_GUARD, HISTORY_TRUNCATE));
        for (String table : tables) {
            String t = table.toLowerCase(Locale.ROOT);
            sql.add("DROP TRIGGER IF EXISTS " + t + "_guard ON " + t);
            sql.add("CREATE TRIGGER " + t + "_guard BEFORE UPDATE OR DELETE ON " + t
                    + " FOR EACH ROW EXECUTE FUNCTION settle_history_guard(" + quoted(mutable(table)) + ")");
            sql.add("DROP TRIGGER IF EXISTS " + t + "_truncate ON " + t);
            sql.add("CREATE TRIGGER " + t + "_truncate BEFORE TRUNCATE ON " + t
                    + " FOR EACH STATEMENT EXECUTE FUNCTION settle_history_truncate()");
        }
        return sql;
    }

    /** The statements that install the posted-document guard on documents, their items and their items' balances. */
    public static List<String> postedDocumentGuard() {
        List<String> sql = new ArrayList<>(List.of(CHANGED_COLUMN, DOCUMENT_POSTED, ITEMS_POSTED, ITEM_POSTED,
                BALANCE_POSTED));
        Map<String, String> functions = Map.of("DOCUMENT", "settle_document_posted", "DOCUMENT_ITEM",
                "settle_item_posted", "DOCUMENT_ITEM_BALANCE", "settle_item_balance_posted");
        for (String[] trigger : PostedDocumentGuard.TRIGGERS) {
            String t = trigger[0].toLowerCase(Locale.ROOT);
            sql.add("DROP TRIGGER IF EXISTS " + t + "_posted ON " + t);
            sql.add("CREATE TRIGGER " + t + "_posted BEFORE " + trigger[1].replace(",", " OR") + " ON " + t
                    + " FOR EACH ROW EXECUTE FUNCTION " + functions.get(trigger[0]) + "()");
        }
        return sql;
    }

    /**
     * The statements that install the trigger keeping {@code open_total} (the table is made by the caller), as
     * V18 did; V21 puts {@link PostgresTotals} in its place.
     */
    public static List<String> openTotals() {
        return List.of(OPEN_TOTAL_ADD, OPEN_TOTALS, "CREATE TRIGGER document_open_total AFTER INSERT OR UPDATE OR DELETE"
                + " ON document FOR EACH ROW EXECUTE FUNCTION settle_open_totals()");
    }

    /** The statements that install the triggers keeping {@code account_total}, as V20 did; V21 replaces them. */
    public static List<String> accountTotals() {
        return List.of(ACCOUNT_TOTAL_ADD, DOCUMENT_ACCOUNT_TOTAL, PAYMENT_ACCOUNT_TOTAL,
                "CREATE TRIGGER document_account_total AFTER INSERT OR UPDATE OR DELETE ON document FOR EACH ROW"
                        + " EXECUTE FUNCTION settle_document_account_total()",
                "CREATE TRIGGER payment_account_total AFTER INSERT OR UPDATE OR DELETE ON payment FOR EACH ROW"
                        + " EXECUTE FUNCTION settle_payment_account_total()");
    }

    /** Every function these triggers call, by name, with its body as the server keeps it (for Verify books). */
    public static Map<String, String> functionBodies() {
        Map<String, String> bodies = new TreeMap<>();
        for (String sql : List.of(CHANGED_COLUMN, HISTORY_GUARD, HISTORY_TRUNCATE, DOCUMENT_POSTED, ITEMS_POSTED,
                ITEM_POSTED, BALANCE_POSTED)) {
            int name = sql.indexOf("FUNCTION ") + "FUNCTION ".length();
            bodies.put(sql.substring(name, sql.indexOf('(', name)),
                    sql.substring(sql.indexOf("$$") + 2, sql.lastIndexOf("$$")));
        }
        // The kept sums: since V21 one trigger per statement (the row triggers below were V18 and V20's).
        bodies.putAll(PostgresTotals.functions());
        return bodies;
    }

    private static Set<String> mutable(String table) {
        return AppendOnlyGuard.TABLES.getOrDefault(table, Set.of());
    }

    /** Column names as quoted, lower-case SQL literals, comma-separated, in a fixed order. */
    private static String quoted(Set<String> columns) {
        return columns.stream().sorted().map(c -> "'" + c.toLowerCase(Locale.ROOT) + "'")
                .collect(Collectors.joining(", "));
    }
}
