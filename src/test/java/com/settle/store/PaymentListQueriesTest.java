package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.PaymentListQuery;
import com.settle.domain.listing.SearchWords;
import com.settle.domain.model.PaymentStatus;
import com.settle.domain.model.PaymentSummary;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The payments list in SQL: filters, search, every sort, and pages that cover the result exactly once. */
class PaymentListQueriesTest {

    @TempDir
    Path folder;
    TestBooks books;
    String acme;
    String birch;

    @BeforeEach
    void payments() {
        books = new TestBooks(folder).withCodes();
        acme = books.account("Acme", "USD");
        birch = books.account("Birch Dental", "EUR");
        for (int i = 0; i < 23; i++) {
            books.payment(i % 3 == 0 ? birch : acme, (1000 + i * 7) + ".50", LocalDate.of(2026, 9, 1).plusDays(i % 9));
        }
        books.clerk().payments().cancel("P-00000005", null);
    }

    @AfterEach
    void close() {
        books.close();
    }

    private PaymentListQuery query(String search, ListSort sort) {
        return new PaymentListQuery(SearchWords.parse(search, Locale.US), null, null, false, null, null, sort);
    }

    private List<PaymentSummary> all(PaymentListQuery q, int pageSize) {
        List<PaymentSummary> rows = new ArrayList<>();
        for (int offset = 0; ; offset += pageSize) {
            List<PaymentSummary> page = books.clerk().payments().page(q, offset, pageSize);
            rows.addAll(page);
            if (page.size() < pageSize) {
                return rows;
            }
        }
    }

    @Test
    void pagesCoverTheResultOnceInEverySort() {
        for (String key : List.of(PaymentListQuery.NUMBER, PaymentListQuery.ACCOUNT, PaymentListQuery.DATE,
                PaymentListQuery.METHOD, PaymentListQuery.AMOUNT, PaymentListQuery.STATUS)) {
            for (boolean down : new boolean[] {false, true}) {
                PaymentListQuery q = query("", new ListSort(key, down));
                List<PaymentSummary> rows = all(q, 4);
                assertThat(rows).as(key + (down ? " descending" : "")).hasSize(23)
                        .extracting(PaymentSummary::number).doesNotHaveDuplicates();
                assertThat(books.clerk().payments().count(q)).isEqualTo(23);
            }
        }
        List<PaymentSummary> byAmount = all(query("", new ListSort(PaymentListQuery.AMOUNT, true)), 5);
        assertThat(byAmount.get(0).amount().amount()).isEqualByComparingTo("1154.50");
        assertThat(byAmount.get(22).amount().amount()).isEqualByComparingTo("1000.50");
        List<PaymentSummary> natural = all(PaymentListQuery.all(), 7);
        assertThat(natural.get(0).effectiveDate()).isEqualTo(LocalDate.of(2026, 9, 9));
        assertThat(natural.get(22).effectiveDate()).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void searchAndFiltersNarrowInTheDatabase() {
        assertThat(all(query("birch", null), 50)).hasSize(8).allMatch(p -> p.accountNumber().equals(birch));
        assertThat(all(query("$1,007.50", null), 50)).singleElement()
                .satisfies(p -> assertThat(p.amount().amount()).isEqualByComparingTo("1007.50"));
        assertThat(all(query("birch 1,014.50", null), 50)).as("every word must match").isEmpty();
        assertThat(all(query("%", null), 50)).as("% is a character, not a wildcard").isEmpty();
        assertThat(all(query("1_0", null), 50)).as("_ is a character, not a wildcard").isEmpty();
        assertThat(all(query("o'brien!", null), 50)).as("quotes and the escape character are text").isEmpty();
        assertThat(all(query("1007", null), 50)).as("an amount starting with the number").singleElement()
                .satisfies(p -> assertThat(p.amount().amount()).isEqualByComparingTo("1007.50"));
        assertThat(all(query("1.50", null), 50)).as("amounts start with what is typed").isEmpty();
        assertThat(all(query("5", null), 50)).as("a number without its prefix and zeros")
                .extracting(PaymentSummary::number).containsExactly("P-00000005");
        assertThat(all(query("p-0000001", null), 50)).as("numbers starting with the word").hasSize(10)
                .allMatch(p -> p.number().startsWith("P-0000001"));
        assertThat(all(query("eur", null), 50)).as("a currency").hasSize(8);
        assertThat(all(query("cancel", null), 50)).as("a status").extracting(PaymentSummary::number)
                .containsExactly("P-00000005");
        assertThat(all(query("acme 1,014.50", null), 50)).hasSize(1);
        assertThat(all(query("dental 1,021.50", null), 50)).singleElement()
                .satisfies(p -> assertThat(p.accountName()).isEqualTo("Birch Dental"));
        PaymentListQuery canceled = new PaymentListQuery(null, null, PaymentStatus.CANCELED, false, null, null, null);
        assertThat(all(canceled, 50)).extracting(PaymentSummary::number).containsExactly("P-00000005");
        PaymentListQuery acmeSept3 = new PaymentListQuery(null, " " + acme.toLowerCase(Locale.ROOT), null, true,
                LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 3), null);
        assertThat(all(acmeSept3, 50)).isNotEmpty().allMatch(p -> p.accountNumber().equals(acme)
                && p.effectiveDate().equals(LocalDate.of(2026, 9, 3)) && p.status() == PaymentStatus.PROCESSED);
        assertThat(books.clerk().payments().count(acmeSept3)).isEqualTo(all(acmeSept3, 50).size());
        assertThat(acmeSept3.narrowed()).isTrue();
        assertThat(PaymentListQuery.all().narrowed()).isFalse();
        assertThat(new BigDecimal("1").signum()).isPositive();
    }
}
