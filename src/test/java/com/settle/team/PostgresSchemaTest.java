package com.settle.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.service.ApplicationService;
import com.settle.service.CreditBalanceService;
import com.settle.domain.model.AdjustmentType;
import com.settle.store.Database;
import com.settle.support.TestBooks;
import com.settle.support.TestServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema on a real PostgreSQL server: the same migrations as a company file's, and the same rules kept by the
 * database itself. Whoever connects with a SQL console cannot edit or delete saved history, nor change a posted
 * document, and the sums Home and the lists read follow every change.
 */
class PostgresSchemaTest {

    private static final LocalDate OCT_5 = LocalDate.of(2026, 10, 5);

    @Test
    void anEmptyDatabaseIsMigratedToThisVersion() throws SQLException {
        try (TestServer.Fresh fresh = TestServer.emptyDatabase()) {
            TestServer.open(fresh.address()).close();
            try (Connection c = TestServer.connect(fresh.address()); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(*) FILTER (WHERE success),"
                         + " MAX(CAST(version AS INT)) FROM flyway_schema_history WHERE version IS NOT NULL")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(Database.SCHEMA_VERSION);
                assertThat(rs.getInt(2)).isEqualTo(Database.SCHEMA_VERSION);
                assertThat(rs.getInt(3)).isEqualTo(Database.SCHEMA_VERSION);
            }
            // Opening again runs nothing more.
            TestServer.open(fresh.address()).close();
        }
    }

    @Test
    void useCasesBalanceAndTheDatabaseRefusesEditsOfHistory() throws SQLException {
        try (TestServer.Fresh fresh = TestServer.migratedDatabase()) {
            String invoice;
            String payment;
            try (TestBooks books = new TestBooks(TestServer.open(fresh.address())).withCodes()) {
                String acme = books.account("Acme", "USD");
                invoice = books.invoice(acme, LocalDate.of(2026, 10, 1), "60.00", "40.00");
                payment = books.payment(acme, "150.00", OCT_5);
                books.clerk().applications().apply(new ApplicationService.ApplyCommand(payment, OCT_5, null,
                        List.of(), new BigDecimal("70.00"), false));
                books.admin().creditBalances().adjust(new CreditBalanceService.AdjustCommand(acme,
                        AdjustmentType.INCREASE, new BigDecimal("12.00"), null, null, null, null));
                books.assertBalanced();
            }
            try (Connection c = TestServer.connect(fresh.address()); Statement s = c.createStatement()) {
                refused(s, "UPDATE application SET amount = amount + 1",
                        "Saved history cannot be edited: application column AMOUNT is fixed once written.");
                refused(s, "DELETE FROM application_item",
                        "Saved history cannot be deleted: application item rows stay as written");
                refused(s, "TRUNCATE history_chain CASCADE",
                        "Saved history cannot be deleted: history chain rows stay as written");
                refused(s, "UPDATE document SET amount = amount + 1 WHERE number = '" + invoice + "'",
                        "A posted document stays as posted: " + invoice + " is Posted: its AMOUNT is fixed.");
                refused(s, "DELETE FROM document WHERE number = '" + invoice + "'",
                        "A posted document stays as posted: " + invoice + " is Posted and cannot be deleted");
                refused(s, "UPDATE document_item SET amount = 1 WHERE document_id = (SELECT id FROM document"
                        + " WHERE number = '" + invoice + "')", invoice + " is Posted: its items cannot be added");
                refused(s, "DELETE FROM document_item_balance", "its items cannot be added, changed or deleted");
                refused(s, "UPDATE credit_balance_adjustment SET status = 'Canceled', cancelled_on = DATE"
                        + " '2026-10-06', amount = 1", "column AMOUNT is fixed once written");
                // What the seed lets change after creation does change: the way a cancellation is stored.
                assertThat(s.executeUpdate("UPDATE credit_balance_adjustment SET status = 'Canceled',"
                        + " cancelled_on = DATE '2026-10-06'")).isEqualTo(1);
                refused(s, "UPDATE credit_balance_adjustment SET status = 'Processed'",
                        "a credit balance adjustment only goes from Processed to Canceled");
                refused(s, "UPDATE credit_balance_adjustment SET cancelled_on = DATE '2026-10-07'",
                        "CANCELLED_ON is fixed once set");
                // The kept sums follow a change made outside Settle too.
                try (ResultSet rs = s.executeQuery("SELECT (SELECT SUM(balance) FROM open_total),"
                        + " (SELECT open_balance FROM account_total), (SELECT unapplied FROM account_total)")) {
                    rs.next();
                    assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("30.00");
                    assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("30.00");
                    assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("80.00");
                }
            }
        }
    }

    /**
     * The kept sums move once per statement on a server: one statement over many documents, of two accounts and
     * two due dates, in and out of being open, leaves them as recomputing them from the documents does.
     */
    @Test
    void oneStatementOverManyDocumentsMovesTheKeptSumsAsTheRowsAddUp() throws SQLException {
        try (TestServer.Fresh fresh = TestServer.migratedDatabase()) {
            try (TestBooks books = new TestBooks(TestServer.open(fresh.address())).withCodes()) {
                String acme = books.account("Acme", "USD");
                String beta = books.account("Beta", "USD");
                for (int i = 0; i < 6; i++) {
                    books.invoice(i % 2 == 0 ? acme : beta, LocalDate.of(2026, 10, 1 + i % 3), "10.00", "5.00");
                }
            }
            try (Connection c = TestServer.connect(fresh.address()); Statement s = c.createStatement()) {
                assertThat(s.executeQuery("SELECT tgname FROM pg_trigger WHERE tgrelid = CAST('document' AS regclass)"
                        + " AND tgname LIKE 'document_totals_%' AND (tgtype & 1) = 0").next())
                        .as("the sums' triggers fire per statement").isTrue();
                // Every item paid off, then three of the six documents partly reopened, each in one statement.
                assertThat(s.executeUpdate("UPDATE document SET balance = 0")).isEqualTo(6);
                assertThat(s.executeUpdate("UPDATE document SET balance = 7.50 WHERE id IN (SELECT id FROM document"
                        + " ORDER BY id LIMIT 3)")).isEqualTo(3);
            }
            try (TestBooks books = new TestBooks(TestServer.open(fresh.address()))) {
                try (Connection c = TestServer.connect(fresh.address()); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT (SELECT SUM(balance) FROM open_total), (SELECT"
                             + " SUM(open_invoices) FROM account_total), (SELECT SUM(open_invoice_balance) FROM"
                             + " account_total)")) {
                    rs.next();
                    assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("22.50");
                    assertThat(rs.getInt(2)).isEqualTo(3);
                    assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("22.50");
                }
                // Verify books recomputes both sums from the documents; the item balances, moved outside Settle,
                // are the only thing it names.
                assertThat(books.admin().verify().verify().differences()).map(Object::toString)
                        .isNotEmpty().noneMatch(d -> d.contains("Home's total") || d.contains("kept sum"));
            }
        }
    }

    @Test
    void verifyBooksNamesAGuardSwitchedOffOrRewrittenOnTheServer() throws SQLException {
        try (TestServer.Fresh fresh = TestServer.migratedDatabase()) {
            try (TestBooks books = new TestBooks(TestServer.open(fresh.address()))) {
                books.assertBalanced();
            }
            try (Connection c = TestServer.connect(fresh.address()); Statement s = c.createStatement()) {
                // What the owner of the database could do without dropping anything.
                s.execute("ALTER TABLE refund DISABLE TRIGGER refund_guard");
                s.execute("CREATE OR REPLACE FUNCTION settle_document_posted() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN RETURN NEW; END $$");
            }
            try (TestBooks books = new TestBooks(TestServer.open(fresh.address()))) {
                assertThat(books.admin().verify().verify().differences()).map(Object::toString)
                        .anySatisfy(d -> assertThat(d).contains("guard REFUND_GUARD (switched off)"))
                        .anySatisfy(d -> assertThat(d).contains("guard function settle_document_posted (rewritten)"));
            }
        }
    }

    private static void refused(Statement s, String sql, String message) {
        assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("45000"));
    }
}
