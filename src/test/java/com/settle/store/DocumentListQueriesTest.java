package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.listing.DocumentListQuery;
import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.SearchWords;
import com.settle.domain.model.DocumentStanding;
import com.settle.domain.model.DocumentSummary;
import com.settle.service.SampleCompany;
import com.settle.support.TestBooks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The invoices and debit memos list in SQL, checked against the sample company's documents as Java sees them. */
class DocumentListQueriesTest {

    @TempDir
    static Path folder;
    static TestBooks books;
    static List<DocumentSummary> everything;

    /** Loaded once: the tests only read it. */
    @BeforeAll
    static void sample() {
        books = new TestBooks(folder);
        new SampleCompany(books.admin(), TestBooks.CLOCK).load(p -> { });
        everything = books.clerk().documents().list();
    }

    @AfterAll
    static void close() {
        books.close();
    }

    private List<String> numbers(DocumentListQuery q) {
        List<String> rows = new ArrayList<>();
        for (int offset = 0; ; offset += 50) {
            List<DocumentSummary> page = books.clerk().documents().page(q, offset, 50);
            page.forEach(d -> rows.add(d.number()));
            if (page.size() < 50) {
                return rows;
            }
        }
    }

    @Test
    void eachStandingInSqlIsTheStandingJavaWorksOut() {
        int seen = 0;
        for (DocumentStanding s : DocumentStanding.values()) {
            DocumentListQuery q = new DocumentListQuery(null, null, s, false, null, null, null);
            List<String> expected = everything.stream().filter(d -> d.standing() == s).map(DocumentSummary::number)
                    .toList();
            assertThat(numbers(q)).as(s.label()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(books.clerk().documents().count(q)).isEqualTo(expected.size());
            seen += expected.size();
        }
        assertThat(seen).isEqualTo(everything.size());
        assertThat(numbers(DocumentListQuery.all())).as("newest first, as before")
                .containsExactlyElementsOf(everything.stream().map(DocumentSummary::number).toList());
    }

    @Test
    void openOnlySearchAndSortAgreeWithTheWholeList() {
        DocumentListQuery open = new DocumentListQuery(null, null, null, true, null, null,
                new ListSort(DocumentListQuery.BALANCE, true));
        List<DocumentSummary> expected = everything.stream().filter(d -> d.status().code().equals("Posted")
                && !d.balance().isZero()).toList();
        List<String> got = numbers(open);
        assertThat(got).containsExactlyInAnyOrderElementsOf(expected.stream().map(DocumentSummary::number).toList());
        DocumentSummary first = everything.stream().filter(d -> d.number().equals(got.get(0))).findFirst()
                .orElseThrow();
        assertThat(expected).allMatch(d -> d.balance().amount().compareTo(first.balance().amount()) <= 0);
        DocumentSummary one = everything.get(17);
        DocumentListQuery byName = new DocumentListQuery(SearchWords.parse(one.accountName() + " " + one.number(),
                Locale.US), null, null, false, null, null, null);
        assertThat(numbers(byName)).containsExactly(one.number());
    }
}
