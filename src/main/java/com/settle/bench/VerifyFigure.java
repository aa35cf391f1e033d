package com.settle.bench;

import com.settle.service.Services;
import com.settle.store.Database;
import com.settle.store.Streaming;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.ConnectionRunnable;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** The Verify books figure of the payment benchmark, over the file it seeded. */
final class VerifyFigure {

    /** Every table the history chain covers, posted documents and their items included. */
    private static final String[] HISTORY_TABLES = {"payment", "application", "application_document",
        "application_item", "unapplication", "unapplication_document", "unapplication_item", "refund",
        "credit_balance_adjustment", "credit_balance_adjustment_item", "credit_balance_entry", "import_batch",
        "document", "document_item"};

    /**
     * The raw form of Verify's sums: plain JDBC scans with SUM … GROUP BY over the same tables (payments and
     * their applications and reversals, documents and their items and lines, accounts and their adjustments).
     */
    static final String[] SCANS = {
        "SELECT p.id, p.amount, p.applied_amount, p.unapplied_amount, (SELECT COALESCE(SUM(a.amount), 0)"
                + " FROM application a WHERE a.payment_id = p.id), (SELECT COALESCE(SUM(u.amount), 0) FROM"
                + " unapplication u JOIN application a ON a.id = u.application_id WHERE a.payment_id = p.id)"
                + " FROM payment p",
        "SELECT i.document_id, SUM(i.amount), SUM(b.balance), COUNT(*) FROM document_item i"
                + " JOIN document_item_balance b ON b.item_id = i.id GROUP BY i.document_id",
        "SELECT ai.document_item_id, SUM(ai.amount) FROM application_item ai GROUP BY ai.document_item_id",
        "SELECT d.id, d.amount, d.balance FROM document d",
        "SELECT account_id, type, SUM(amount) FROM credit_balance_adjustment WHERE status = 'Processed'"
                + " GROUP BY account_id, type"};

    private final PrintWriter out;
    private final int rounds;

    VerifyFigure(PrintWriter out, int rounds) {
        this.out = out;
        this.rounds = rounds;
    }

    /**
     * Verify books over the whole file against a raw baseline: plain JDBC scans with SUM … GROUP BY over the
     * same tables (payments and their applications and reversals, documents and their items and lines,
     * accounts and their adjustments), every result row read.
     */
    void run(Database db, Services admin) {
        double settle = median(() -> {
            if (!admin.verify().verify().balanced()) {
                throw new IllegalStateException("the benchmark's books do not balance");
            }
        });
        double raw = median(() -> streamed(db, c -> readAll(c, SCANS)));
        row("Verify books, 11,000 documents / 165,000 items", settle, raw, "1.5x");
        // Verify books also recomputes the history chain: the raw form of that work is reading every history
        // row (and every item of a posted document) and hashing its values. Information beside the figure
        // above, whose baseline predates the chain.
        double rawWithHistory = median(() -> streamed(db, c -> {
            readAll(c, SCANS);
            hashHistory(c);
        }));
        row("  the same against raw scans + reading and hashing history", settle, rawWithHistory, "-");
    }


    /** Reads every row of every history table in id order and hashes its values, as the chain's check does. */
    static void hashHistory(Connection c) throws SQLException, NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String table : HISTORY_TABLES) {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        String v = rs.getString(i);
                        md.update((v == null ? "-" : v).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
        md.digest();
    }

    /**
     * Runs {@code work} on a connection whose queries stream their rows, as Verify books reads: H2 would otherwise
     * build each whole result before the first row, and the baseline would do work Verify no longer does.
     */
    static void streamed(Database db, ConnectionRunnable work) {
        db.dsl().connection(c -> {
            DSLContext t = DSL.using(c, SQLDialect.H2);
            Streaming.reads(t, () -> {
                t.connection(work);
                return null;
            });
        });
    }

    /** Runs each query and reads every value of every row it returns. */
    static void readAll(Connection c, String[] scans) throws SQLException {
        for (String sql : scans) {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        rs.getObject(i);
                    }
                }
            }
        }
    }

    private void row(String figure, double settle, double raw, String goal) {
        out.printf("%-52s %12.1f %12.1f %7.2fx %8s%n", figure, settle, raw, settle / raw, goal);
        out.flush();
    }

    private double median(Timing.Work work) {
        return Timing.median(rounds, work);
    }
}
