package com.settle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.service.Services;
import com.settle.support.TestEngine;
import com.settle.support.TestServer;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The apply-all benchmark compares like with like: its raw baseline leaves a queue of accounts as Settle's batch
 * leaves an equal one (balances, history lines, item splits), on the engine the tests run on; and the benchmark's
 * books on a server are a database of its own, gone afterwards.
 */
class RawApplyAllTest {

    private static final int QUEUE = 5;

    @Test
    void theRawBaselineWritesWhatTheBatchWrites() throws Exception {
        BenchBooks.Place place = TestEngine.onServer()
                ? BenchBooks.server(TestServer.admin(), TestServer.user(), TestServer.password())
                : BenchBooks.files();
        String database;
        try (BenchBooks books = place.open()) {
            database = books.where();
            Services admin = Services.singlePerson(books.db().dsl(), "admin", Clock.systemDefaultZone());
            admin.codes().addReasonCode("Bench", "Benchmark", "CreditBalanceAdjustment", true);
            CreditBenchmark.seedQueue(books, "Q", QUEUE);
            var batch = admin.creditApplications().applyAll((done, total) -> { }, () -> false);
            assertThat(batch.applied()).hasSize(QUEUE);
            assertThat(admin.verify().verify().differences()).isEmpty();
            CreditBenchmark.seedQueue(books, "R", QUEUE);
            long userId = books.db().dsl().fetchSingle("SELECT id FROM app_user WHERE username = 'admin'")
                    .get(0, Long.class);
            int raw = books.db().dsl().connectionResult(c -> RawApplyAll.run(c, "R", userId));
            assertThat(raw).isEqualTo(QUEUE);
            assertThat(endState(books, "R")).isEqualTo(endState(books, "Q")).hasSize(QUEUE);
        }
        if (TestEngine.onServer()) {
            assertThat(TestServer.databases()).as("the benchmark's database is dropped").doesNotContain(
                    database.substring(database.lastIndexOf('/') + 1));
        }
    }

    /** Per account of the queue, in order: its credit, entries, invoice balance and the splits of its last line. */
    private static List<String> endState(BenchBooks books, String prefix) {
        return books.db().dsl().fetch("""
                SELECT a.credit_balance, a.credit_entries, d.balance, e.seq, e.amount, e.balance_after,
                  (SELECT SUM(i.amount) FROM credit_balance_adjustment_item i WHERE i.adjustment_id = e.adjustment_id),
                  (SELECT COUNT(*) FROM credit_balance_adjustment_item i WHERE i.adjustment_id = e.adjustment_id),
                  (SELECT SUM(b.balance) FROM document_item i JOIN document_item_balance b ON b.item_id = i.id
                    WHERE i.document_id = d.id)
                FROM account a JOIN document d ON d.account_id = a.id
                JOIN credit_balance_entry e ON e.account_id = a.id AND e.seq = a.credit_entries
                WHERE a.number LIKE ? ORDER BY a.id""", prefix + "-%").map(r -> {
                    StringBuilder row = new StringBuilder();
                    for (int i = 0; i < r.size(); i++) {
                        Object v = r.get(i);
                        row.append(v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString()
                                : String.valueOf(v)).append(' ');
                    }
                    return row.toString();
                });
    }
}
