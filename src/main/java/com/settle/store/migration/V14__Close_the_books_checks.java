package com.settle.store.migration;

import com.settle.store.AppendOnlyGuard;
import com.settle.store.Engine;
import com.settle.store.PostgresTriggers;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Widens the two CHECKs V1 wrote without a name: accounting code types gain the sides of every journal
 * movement (unapplied payments, refunds, write-offs, discounts, credit balance adjustments), and reason
 * codes gain the WriteOff transaction type. Then every side of a journal movement gets a default accounting
 * code (in a new company, and in an existing one for each type that has none yet), writing off gets a default
 * reason code, and the tables V13 added are guarded like the rest of history. The defaults are written here,
 * not in SQL, because the widened CHECKs must be in place first (the build's schema copy runs SQL only).
 */
public final class V14__Close_the_books_checks extends BaseJavaMigration {

    /** The default codes; each may be renamed, replaced or deactivated in Settings like any other. */
    private static final List<String> DEFAULTS = List.of("""
            INSERT INTO accounting_code (code, name, category, is_default)
            SELECT v.code, v.name, v.category, TRUE FROM (VALUES
                    ('1000-CASH', 'Cash in bank', 'Cash'),
                    ('1090-REFUNDS', 'Refunds paid', 'Refunds'),
                    ('1200-AR', 'Accounts receivable', 'AccountsReceivable'),
                    ('2100-UNAPPLIED', 'Unapplied payments', 'UnappliedPayments'),
                    ('2300-CREDIT', 'Customer credit balances', 'CustomerCashOnAccount'),
                    ('4000-REVENUE', 'Revenue', 'Revenue'),
                    ('4900-DISCOUNTS', 'Early-payment discounts', 'Discount'),
                    ('6100-WRITEOFF', 'Write-offs and bad debt', 'WriteOff'),
                    ('6200-ADJUST', 'Credit balance adjustments', 'Adjustment')) AS v (code, name, category)
            WHERE NOT EXISTS (SELECT 1 FROM accounting_code a WHERE a.category = v.category AND a.is_default)
              AND NOT EXISTS (SELECT 1 FROM accounting_code a WHERE a.code = v.code)""", """
            INSERT INTO accounting_default_change (code_type, accounting_code, effective_from, changed_at)
            SELECT a.category, a.code, DATE '1900-01-01', CURRENT_TIMESTAMP FROM accounting_code a
            WHERE a.is_default AND NOT EXISTS (SELECT 1 FROM accounting_default_change d
                                               WHERE d.code_type = a.category)""", """
            INSERT INTO reason_code (code, name)
            SELECT 'Standard Write-off', 'Small balance written off' FROM (VALUES (1)) AS one (x)
            WHERE NOT EXISTS (SELECT 1 FROM reason_code WHERE code = 'Standard Write-off')""", """
            INSERT INTO reason_code_type (reason_code, transaction_type, is_default)
            VALUES ('Standard Write-off', 'WriteOff', TRUE)""");

    @Override
    public void migrate(Context context) throws Exception {
        List<String> sql = new ArrayList<>();
        try (Statement s = context.getConnection().createStatement()) {
            sql.addAll(dropChecks(s, "ACCOUNTING_CODE", "CATEGORY"));
            sql.addAll(dropChecks(s, "REASON_CODE_TYPE", "TRANSACTION_TYPE"));
            sql.add("ALTER TABLE accounting_code ADD CONSTRAINT accounting_code_type CHECK (category IN ("
                    + "'Cash', 'AccountsReceivable', 'Revenue', 'CustomerCashOnAccount', 'UnappliedPayments',"
                    + " 'Refunds', 'WriteOff', 'Discount', 'Adjustment', 'Other'))");
            sql.add("ALTER TABLE reason_code_type ADD CONSTRAINT reason_code_transaction_type CHECK ("
                    + "transaction_type IN ('CreditBalanceAdjustment', 'Refund', 'Payment', 'Unapplication',"
                    + " 'WriteOff'))");
            sql.addAll(DEFAULTS);
            List<String> guarded = AppendOnlyGuard.tablesAddedIn(14);
            sql.addAll(Engine.of(context.getConnection()) == Engine.POSTGRESQL
                    ? PostgresTriggers.historyGuard(guarded) : AppendOnlyGuard.createStatements(guarded));
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    /** The statements that drop the unnamed CHECKs of {@code table} that mention {@code column}. */
    private static List<String> dropChecks(Statement s, String table, String column) throws Exception {
        List<String> drops = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc"
                + " ON cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME AND cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                + " WHERE UPPER(tc.TABLE_NAME) = '" + table + "' AND tc.CONSTRAINT_TYPE = 'CHECK'")) {
            while (rs.next()) {
                // H2 keeps "CATEGORY IN(...)"; PostgreSQL "((category)::text = ANY ((ARRAY[...])::text[]))".
                String clause = rs.getString(2).toUpperCase().replace(" ", "");
                if (clause.contains(column) && (clause.contains("IN(") || clause.contains("=ANY("))) {
                    drops.add("ALTER TABLE " + table + " DROP CONSTRAINT \"" + rs.getString(1) + "\"");
                }
            }
        }
        if (drops.isEmpty()) {
            throw new IllegalStateException("no CHECK on " + table + "." + column + " to widen");
        }
        return drops;
    }
}
