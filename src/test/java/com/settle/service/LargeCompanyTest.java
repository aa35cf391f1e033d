package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.ValidationException;
import com.settle.domain.listing.PaymentListQuery;
import com.settle.domain.model.JournalRun;
import com.settle.store.BooksQueries;
import com.settle.support.TestBooks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The large company at a size for the suite: believable, repeatable, and the books balance. */
class LargeCompanyTest {

    @TempDir
    Path folder;

    private static long count(TestBooks books, String sql) {
        return books.database().dsl().fetchOne(sql).get(0, Long.class);
    }

    @Test
    void aSmallLargeCompanyBalancesAndIsTheSameEachTime() {
        List<Double> progress = new ArrayList<>();
        LargeCompany.Written w;
        try (TestBooks books = new TestBooks(folder.resolve("one"))) {
            w = new LargeCompany(books.database().dsl(), books.admin(), TestBooks.CLOCK)
                    .write(new LargeCompany.Size(150, 2), progress::add);
            assertThat(w.accounts()).isEqualTo(150);
            assertThat(w.documents()).isEqualTo(150 * 24);
            assertThat(w.items()).isBetween(w.documents() * 3L, w.documents() * 7L);
            assertThat(w.payments()).isBetween(w.documents() / 2, w.documents());
            assertThat(progress).as("two batches of accounts, then eleven journal runs").hasSize(13).isSorted()
                    .startsWith(0.9 * 100 / 150, 0.9).endsWith(1.0);
            books.assertBalanced();
            VerifyService inRanges = new VerifyService(new Transactions(books.database().dsl()), new BooksQueries(),
                    200);
            VerifyService.Report ranged = inRanges.verify();
            assertThat(ranged.differences()).as("with a step every 200 rows").isEmpty();
            assertThat(ranged.payments()).isEqualTo(w.payments());
            assertThat(ranged.documents()).isEqualTo(w.documents());
            List<Double> steps = new ArrayList<>();
            assertThat(inRanges.verify(steps::add, () -> false).balanced()).isTrue();
            assertThat(steps).as("a step every 200 payments or documents, 1,000 items").hasSizeGreaterThan(10)
                    .isSorted().first().isEqualTo(0.0);
            assertThat(steps.get(steps.size() - 1)).isLessThan(1.0);
            assertThat(steps).as("steps within the pass over the application lines, after the documents' 0.65")
                    .anySatisfy(p -> assertThat(p).isGreaterThan(0.65).isLessThan(0.95));
            double[] last = {0};
            assertThatThrownBy(() -> inRanges.verify(p -> last[0] = p, () -> last[0] > 0.66))
                    .as("Cancel asked in the line pass").isInstanceOf(VerifyService.Canceled.class);
            assertThat(last[0]).as("stopped within the line pass").isLessThan(0.8);
            int[] asked = {0};
            assertThatThrownBy(() -> inRanges.verify(p -> { }, () -> ++asked[0] > 3))
                    .isInstanceOf(VerifyService.Canceled.class).hasMessageContaining("canceled");
            assertThat(asked[0]).as("stopped at the step after the clerk asked").isEqualTo(4);
            books.database().dsl().execute("DROP TRIGGER IF EXISTS DOCUMENT_ITEM_BALANCE_GUARD");
            books.database().dsl().execute("UPDATE document_item_balance SET balance = balance - 1"
                    + " WHERE item_id = (SELECT MAX(item_id) FROM document_item_balance WHERE balance >= 1)");
            assertThat(inRanges.verify().differences()).as("the last item").anySatisfy(d ->
                    assertThat(d.book()).isEqualTo("2 documents"));
            assertThat(books.clerk().accounts().count()).isEqualTo(150);
            assertThat(books.clerk().payments().count(new PaymentListQuery(null, null, null, true, null, null,
                    null))).as("overpayments keep something unapplied").isPositive();
            assertThat(count(books, "SELECT COUNT(*) FROM refund")).isPositive();
            assertThat(count(books, "SELECT COUNT(DISTINCT currency) FROM account")).isEqualTo(3L);
            assertThat(count(books, "SELECT COUNT(*) FROM credit_balance_adjustment")).isEqualTo(w.adjustments())
                    .as("a service credit every other quarter, most half used").isBetween(150 * 6L, 150 * 10L);
            assertThat(count(books, "SELECT COUNT(*) FROM credit_balance_adjustment WHERE status = 'Canceled'"))
                    .isPositive();
            assertThat(count(books, "SELECT COUNT(*) FROM refund WHERE source = 'CreditBalance'")).isPositive();
            assertThat(count(books, "SELECT COUNT(*) FROM credit_balance_adjustment c WHERE history_type ="
                    + " 'applied_to_invoice' AND amount = (SELECT SUM(ci.amount) FROM credit_balance_adjustment_item ci"
                    + " WHERE ci.adjustment_id = c.id)")).as("credit applied to invoices, split over their items")
                    .isBetween(150 / 4L, 150 / 2L + 1).isEqualTo(count(books, "SELECT COUNT(*) FROM"
                            + " credit_balance_adjustment WHERE history_type = 'applied_to_invoice'"));
            assertThat(count(books, "SELECT COUNT(*) FROM credit_balance_adjustment_item ci JOIN document_item i"
                    + " ON i.id = ci.document_item_id JOIN document d ON d.id = i.document_id WHERE d.balance = 0"))
                    .as("some invoices paid off by credit").isPositive();
            assertThat(count(books, "SELECT COUNT(*) FROM account a WHERE credit_balance > 0 AND EXISTS (SELECT 1"
                    + " FROM document d WHERE d.account_id = a.id AND d.balance > 0 AND d.doc_type = 'Invoice')"))
                    .as("accounts left with credit and an open invoice").isLessThan(150 * 3 / 4);
            assertThat(count(books, "SELECT COUNT(*) FROM unapplication")).as("payments taken off").isPositive();
            assertThat(count(books, "SELECT COUNT(*) FROM payment WHERE transferred_amount > 0"))
                    .as("payments moved to credit").isPositive();
            assertThat(count(books, "SELECT COUNT(*) FROM payment p WHERE unapplied_amount = amount"
                    + " AND EXISTS (SELECT 1 FROM application x WHERE x.payment_id = p.id)"))
                    .as("payments taken off and left unapplied").isPositive();
            assertThat(books.admin().journal().runs()).as("2024, 2025 and each month of 2026 to September")
                    .hasSize(11).filteredOn(r -> r.status().equals(JournalRun.PROCESSING)).hasSize(1);
            assertThat(books.admin().closing().closedThrough()).contains(LocalDate.of(2026, 9, 30));
            assertThat(count(books, "SELECT COUNT(*) FROM document WHERE balance <> amount AND balance <> 0"))
                    .as("partly paid documents").isPositive();
        }
        try (TestBooks again = new TestBooks(folder.resolve("two"))) {
            LargeCompany.Written same = new LargeCompany(again.database().dsl(), again.admin(), TestBooks.CLOCK).write(new LargeCompany.Size(150, 2), p -> { });
            assertThat(same).isEqualTo(w);
            assertThat(count(again, "SELECT COUNT(*) FROM document_item")).isEqualTo(w.items());
        }
        assertThatThrownBy(() -> new LargeCompany.Size(0, 2)).isInstanceOf(ValidationException.class)
                .hasMessage("--accounts must be from 1 to 100,000");
    }
}
