package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.support.TestBooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is mostly dead space is compacted; its books are the same afterwards. */
class CompactionTest {

    @TempDir
    Path folder;

    @Test
    void aLargeMostlyDeadFileShrinksAndKeepsItsBooks() throws IOException {
        Path file = folder.resolve("books.mv.db");
        String payment;
        Compaction.Sizes sizes;
        try (TestBooks books = new TestBooks(folder)) {
            String acme = books.account("Acme", "USD");
            payment = books.payment(acme, "12.34", LocalDate.of(2026, 10, 1));
            var dsl = books.database().dsl();
            dsl.execute("CREATE TABLE scratch AS SELECT x AS id, REPEAT('settle', 25) AS filler"
                    + " FROM SYSTEM_RANGE(1, 400000)");
            dsl.execute("DROP TABLE scratch");
            dsl.execute("CHECKPOINT SYNC");
            assertThat(Compaction.size(file)).isGreaterThan(Compaction.SMALLEST);
            assertThat(Compaction.worthwhile(dsl)).as("large and mostly dead").isTrue();
            // As the window closes it: H2's own compaction at close stops after a moment; this one goes through.
            sizes = books.database().closeCompacted();
        }
        assertThat(sizes.after()).isLessThan(sizes.before() / 4);
        assertThat(Compaction.size(file)).isEqualTo(sizes.after());
        try (var beside = Files.list(folder)) {
            assertThat(beside.map(p -> p.getFileName().toString())).as("nothing H2 had to write about the close")
                    .noneMatch(name -> name.endsWith(".trace.db"));
        }
        try (TestBooks books = new TestBooks(folder)) {
            assertThat(books.clerk().payments().detail(payment).summary().amount().amount())
                    .isEqualByComparingTo("12.34");
            assertThat(Compaction.worthwhile(books.database().dsl())).as("small now").isFalse();
            books.assertBalanced();
        }
        assertThat(Compaction.describe(sizes.before())).endsWith(" MB");
        assertThat(Compaction.describe(2048)).isEqualTo("2 KB");
    }
}
