package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.settle.service.ImportService.ImportRefused;
import com.settle.service.ImportService.Options;
import com.settle.support.BooksTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Whether a refused file's only trouble is rows imported before (the window then offers to skip them) is
 * decided over every problem, not only the 200 listed.
 */
class ImportRepeatsTest extends BooksTest {

    private Path payments(String name, int from, int to, String extra) throws Exception {
        StringBuilder csv = new StringBuilder("Account,Amount,EffectiveDate,Method,Reference\n");
        for (int i = from; i < to; i++) {
            csv.append(acme).append(",1.00,2026-11-02,Cash,R-").append(i).append('\n');
        }
        csv.append(extra);
        return Files.writeString(folder.resolve(name), csv);
    }

    @Test
    void onlyRepeatsCountsTheProblemsBeyondTheListedOnes() throws Exception {
        books.clerk().imports().payments(payments("first.csv", 0, 600, ""), Options.STORE);
        ImportRefused repeats = catchThrowableOfType(() -> books.clerk().imports().payments(
                payments("again.csv", 0, 600, acme + ",2.00,2026-11-03,Cash,NEW-1\n"), Options.STORE),
                ImportRefused.class);
        assertThat(repeats.problems()).hasSize(200);
        assertThat(repeats.getMessage()).contains("has 600 problems").contains("… and 400 more");
        assertThat(repeats.onlyRepeats()).isTrue();
        ImportRefused mixed = catchThrowableOfType(() -> books.clerk().imports().payments(
                payments("mixed.csv", 0, 600, acme + ",abc,2026-11-03,Cash,NEW-2\n"), Options.STORE),
                ImportRefused.class);
        assertThat(mixed.problems()).as("the bad amount is on line 602, found after 200 repeats were listed").hasSize(200)
                .allMatch(ImportService.Problem::repeat);
        assertThat(mixed.onlyRepeats()).isFalse();
        var skipped = books.clerk().imports().payments(folder.resolve("again.csv"), new Options(false, true));
        assertThat(skipped.createdCount()).isEqualTo(1);
        assertThat(skipped.skippedCount()).isEqualTo(600);
        assertThat(skipped.skipped()).hasSize(200);
        books.assertBalanced();
    }
}
