package com.settle.bench;

import com.settle.domain.journal.Journal.Grouping;
import com.settle.domain.model.HistoryFilter;
import com.settle.service.Services;
import com.settle.store.Database;
import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;

/**
 * The page figures of the scale benchmark: Home, a payment's detail, a document's page, the busiest account's
 * page, its Apply dialog, its credit balance history and the Journal of a year, each as its screen reads it
 * against the same rows read by plain JDBC.
 */
final class PageFigures {

    private static final String DOCUMENT_COLUMNS = "d.doc_type, d.number, d.document_date, d.due_date, d.currency,"
            + " d.amount, d.balance, d.status, (SELECT COUNT(*) FROM document_item i WHERE i.document_id = d.id)";
    private static final String PAYMENT_COLUMNS = "p.number, p.effective_date, p.method, p.reference, p.currency,"
            + " p.amount, p.applied_amount, p.unapplied_amount, p.refunded_amount, p.transferred_amount, p.status";

    private final FigureTable table;
    private final Database db;
    private final int rounds;

    PageFigures(FigureTable table, Database db, int rounds) {
        this.table = table;
        this.db = db;
        this.rounds = rounds;
    }

    void run(Services s, Samples samples) {
        LocalDate today = LocalDate.now();
        figure("Home", () -> s.home().home(), c -> {
            RawReads.read(c, "SELECT currency, SUM(credit_balance) FROM account GROUP BY currency");
            RawReads.read(c, "SELECT currency, SUM(unapplied_amount) FROM payment WHERE status = 'Processed' AND"
                    + " unapplied_amount > 0 GROUP BY currency");
            RawReads.read(c, "SELECT currency, SUM(balance), SUM(CASE WHEN due_date < ? THEN balance END) FROM"
                    + " document WHERE status = 'Posted' AND balance > 0 GROUP BY currency", today);
            RawReads.read(c, "SELECT COUNT(*) FROM account a WHERE a.credit_balance > 0 AND EXISTS (SELECT 1 FROM"
                    + " document d WHERE d.account_id = a.id AND d.status = 'Posted' AND d.doc_type = 'Invoice' AND"
                    + " d.balance > 0)");
        }, "300 ms");
        String payment = samples.largestPayment();
        figure("payment detail " + payment, () -> s.payments().detail(payment), c -> {
            RawReads.read(c, "SELECT " + PAYMENT_COLUMNS + ", a.number, a.name FROM payment p JOIN account a ON"
                    + " a.id = p.account_id WHERE p.number = ?", payment);
            RawReads.read(c, "SELECT ap.effective_date, ap.rule, ad.amount, d.number, d.doc_type FROM payment p"
                    + " JOIN application ap ON ap.payment_id = p.id JOIN application_document ad ON"
                    + " ad.application_id = ap.id JOIN document d ON d.id = ad.document_id WHERE p.number = ?",
                    payment);
        }, "100 ms");
        String document = samples.largestDocument();
        figure("document page " + document, () -> s.documents().detail(document), c -> {
            RawReads.read(c, "SELECT " + DOCUMENT_COLUMNS + ", a.number, a.name FROM document d JOIN account a ON"
                    + " a.id = d.account_id WHERE d.number = ?", document);
            RawReads.read(c, "SELECT i.ordinal, i.charge_name, i.description, i.service_start, i.service_end,"
                    + " i.quantity, i.unit_price, i.amount, i.accounting_code, b.balance FROM document d JOIN"
                    + " document_item i ON i.document_id = d.id JOIN document_item_balance b ON b.item_id = i.id"
                    + " WHERE d.number = ? ORDER BY i.ordinal", document);
        }, "100 ms");
        String account = samples.busiestAccount();
        figure("account page " + account, () -> s.accounts().detail(account), c -> {
            RawReads.read(c, "SELECT * FROM account WHERE number = ?", account);
            RawReads.read(c, "SELECT " + DOCUMENT_COLUMNS + " FROM document d JOIN account a ON a.id = d.account_id"
                    + " WHERE a.number = ? ORDER BY d.document_date DESC, d.number DESC", account);
            RawReads.read(c, "SELECT " + PAYMENT_COLUMNS + " FROM payment p JOIN account a ON a.id = p.account_id"
                    + " WHERE a.number = ? ORDER BY p.effective_date DESC, p.number DESC", account);
        }, "100 ms");
        String latest = db.dsl().connectionResult(c -> RawReads.first(c, "SELECT p.number FROM payment p JOIN"
                + " account a ON a.id = p.account_id WHERE a.number = ? ORDER BY p.id DESC LIMIT 1", account));
        figure("Apply dialog, " + latest + " of " + account, () -> s.applications().context(latest), c -> {
            RawReads.read(c, "SELECT " + PAYMENT_COLUMNS + " FROM payment p WHERE p.number = ?", latest);
            RawReads.read(c, "SELECT d.number, d.document_date, d.due_date, d.amount, d.balance, i.ordinal,"
                    + " i.charge_name, i.amount, b.balance FROM document d JOIN account a ON a.id = d.account_id"
                    + " JOIN document_item i ON i.document_id = d.id JOIN document_item_balance b ON b.item_id ="
                    + " i.id WHERE a.number = ? AND d.status = 'Posted' AND d.balance <> 0 ORDER BY"
                    + " d.document_date, d.number, i.ordinal", account);
        }, "100 ms");
        String history = samples.longestHistory();
        if (history != null) {
            figure("credit history " + history + ", newest " + ListFigures.PAGE + " lines and chart", () -> {
                var head = s.creditHistory().head(history);
                s.creditHistory().lines(head, Math.max(1, head.lines() - ListFigures.PAGE + 1), head.lines(),
                        new HistoryFilter(null, null, null));
                s.creditHistory().dailyBalances(head);
            }, c -> {
                RawReads.read(c, "SELECT a.number, a.name, a.currency, a.credit_balance, (SELECT MAX(seq) FROM"
                        + " credit_balance_entry e WHERE e.account_id = a.id) FROM account a WHERE a.number = ?",
                        history);
                RawReads.read(c, "SELECT e.* FROM credit_balance_entry e JOIN account a ON a.id = e.account_id"
                        + " WHERE a.number = ? ORDER BY e.seq DESC LIMIT " + ListFigures.PAGE, history);
                RawReads.read(c, "SELECT e.entry_date, e.balance_after FROM credit_balance_entry e JOIN account a"
                        + " ON a.id = e.account_id WHERE a.number = ? ORDER BY e.seq", history);
            }, "100 ms");
        }
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
        LocalDate to = LocalDate.of(today.getYear() - 1, 12, 31);
        figure("Journal per day, " + from.getYear(), () -> s.journal().entries(from, to, Grouping.DAY), c -> {
            for (String sql : JournalBenchmark.RAW) {
                RawReads.read(c, sql, Date.valueOf(from), Date.valueOf(to));
            }
        }, "1.5x");
    }

    /** Raw work on one connection. */
    private interface RawWork {
        void run(Connection c) throws Exception;
    }

    private void figure(String name, Timing.Work settle, RawWork raw, String goal) {
        double[][] t = Timing.alternating(rounds, settle, () -> db.dsl().connection(raw::run));
        table.row(name, t, goal);
    }
}
