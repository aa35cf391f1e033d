package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.listing.DocumentListQuery;
import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.PaymentListQuery;
import com.settle.domain.listing.SearchWords;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.PaymentStatus;
import com.settle.domain.model.PaymentSummary;
import com.settle.service.SampleCompany;
import com.settle.support.TestBooks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search gives the same rows whichever way the list reads them: on the sample company the usual limits read
 * every word's rows by id; with small limits the same words test many accounts' rows one by one, and pages walk
 * the list's order or sort the few rows found (the ways a common name is read on a large file).
 */
class SearchPathsTest {

    /** Two accounts are "many", more than two rows found are walked along the list's order for two pages. */
    static final SearchLimits SMALL = new SearchLimits(1, SearchLimits.USUAL.mostIds(), 2, 40);
    /** Every account is "many", every search's page sorts the rows found by id. */
    static final SearchLimits SORTED = new SearchLimits(0, SearchLimits.USUAL.mostIds(), 1_000_000, 0);
    /** Every account is "many", every page walks along the list's order. */
    static final SearchLimits WALKED = new SearchLimits(0, SearchLimits.USUAL.mostIds(), 0, 1_000_000);

    static final int PAGE = 20;

    @TempDir
    static Path folder;
    static TestBooks books;
    static List<String> words;

    @BeforeAll
    static void sample() {
        books = new TestBooks(folder);
        new SampleCompany(books.admin(), TestBooks.CLOCK).load(p -> { });
        Set<String> found = new LinkedHashSet<>();
        books.database().dsl().fetch("SELECT name FROM account ORDER BY id").forEach(r -> {
            for (String w : r.get(0, String.class).toLowerCase(Locale.ROOT).split("\\s+")) {
                found.add(w);
            }
        });
        List<String> some = new ArrayList<>(found).subList(0, Math.min(6, found.size()));
        List<String> all = new ArrayList<>(some);
        all.addAll(List.of("e", "a", "usd", "eur", "jpy", "cash", "check", "card", "canceled", "processed", "inv",
                "debit", "paid", "open", "1", "12", "100", "a-0000001", "p-0000001"));
        all.add(some.get(0) + " e");
        all.add("usd " + some.get(1));
        all.add("e cash");
        all.add("eur a 1");
        all.add("cash " + some.get(2) + " usd");
        words = all;
    }

    @AfterAll
    static void close() {
        books.close();
    }

    @Test
    void paymentsAreTheSameRowsEveryWay() {
        DSLContext tx = books.database().dsl();
        int searched = 0;
        for (String word : words) {
            SearchWords search = SearchWords.parse(word, Locale.US);
            for (PaymentListQuery q : List.of(
                    new PaymentListQuery(search, null, null, false, null, null, ListSort.natural()),
                    new PaymentListQuery(search, null, null, false, null, null,
                            new ListSort(PaymentListQuery.ACCOUNT, true)),
                    new PaymentListQuery(search, null, PaymentStatus.PROCESSED, false, LocalDate.of(2000, 1, 1), null,
                            new ListSort(PaymentListQuery.AMOUNT, false)))) {
                searched += sameEveryWay(word + ", " + q.sort(), limits -> new PaymentListQueries(limits).count(tx, q),
                        (limits, offset) -> new PaymentListQueries(limits).page(tx, q, offset, PAGE).stream()
                                .map(PaymentSummary::number).toList()) ? 1 : 0;
            }
        }
        assertThat(searched).as("searches that found rows").isGreaterThan(words.size());
    }

    @Test
    void documentsAreTheSameRowsEveryWay() {
        DSLContext tx = books.database().dsl();
        int searched = 0;
        for (String word : words) {
            for (ListSort sort : List.of(ListSort.natural(), new ListSort(DocumentListQuery.BALANCE, true))) {
                DocumentListQuery q = new DocumentListQuery(SearchWords.parse(word, Locale.US), null, null, false,
                        null, null, sort);
                searched += sameEveryWay(word + ", " + sort, limits -> new DocumentListQueries(limits).count(tx, q),
                        (limits, offset) -> new DocumentListQueries(limits).page(tx, q, offset, PAGE).stream()
                                .map(DocumentSummary::number).toList()) ? 1 : 0;
            }
        }
        assertThat(searched).as("searches that found rows").isGreaterThan(words.size());
    }

    /**
     * The count and every page under {@link #SMALL}, {@link #SORTED} and {@link #WALKED} are those under the usual
     * limits; true when the search found rows.
     */
    private static boolean sameEveryWay(String what, Function<SearchLimits, Integer> count,
                                        BiFunction<SearchLimits, Integer, List<String>> page) {
        List<String> expected = all(offset -> page.apply(SearchLimits.USUAL, offset));
        assertThat(count.apply(SearchLimits.USUAL)).as(what).isEqualTo(expected.size());
        for (SearchLimits limits : List.of(SMALL, SORTED, WALKED)) {
            assertThat(count.apply(limits)).as("%s, %s", what, limits).isEqualTo(expected.size());
            assertThat(all(offset -> page.apply(limits, offset))).as("%s, %s", what, limits)
                    .containsExactlyElementsOf(expected);
        }
        return !expected.isEmpty();
    }

    private static List<String> all(IntFunction<List<String>> page) {
        List<String> rows = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<String> one = page.apply(offset);
            rows.addAll(one);
            if (one.size() < PAGE) {
                return rows;
            }
        }
    }
}
