package com.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.AdjustmentType;
import com.settle.service.ApplicationService;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.support.TestBooks;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code settle statement}: the figures as text, the PDF's own text read back, and bad input that writes nothing. */
class StatementCommandTest extends CommandOnBooksTest {

    String acme;
    String old;
    String recent;

    @BeforeEach
    void setUp() {
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            acme = books.account("Acme Logistics", "USD");
            // Due Sep 1 (83 days late on Nov 23) and due Dec 2 (not yet due).
            old = books.invoice(acme, LocalDate.of(2026, 8, 2), "120.00");
            recent = books.invoice(acme, LocalDate.of(2026, 11, 2), "80.00", "20.00");
            String pay = books.payment(acme, "50.00", LocalDate.of(2026, 11, 10));
            books.clerk().applications().apply(new ApplicationService.ApplyCommand(pay, LocalDate.of(2026, 11, 10),
                    null, List.of(new ApplicationService.DocumentAmount(old, new BigDecimal("50.00"), List.of())),
                    null, false));
            books.clerk().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.INCREASE,
                    new BigDecimal("12.50"), "Goodwill", null, null, LocalDate.of(2026, 11, 12)));
        }
        db = folder.resolve("books.mv.db").toString();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void aStatementShowsWhatIsOpenItsAgingThePeriodAndTheCredit() throws Exception {
        Path pdf = folder.resolve("acme.pdf");
        assertThat(run("statement", acme, "--from", "2026-11-01", "--to", "2026-11-23", "--pdf", pdf.toString()))
                .isZero();
        assertThat(out.toString()).contains("Balance due: $170.00 in 2 open documents")
                .contains("Credit balance: $12.50").contains("61–90 days past due: $70.00")
                .contains("Current: $100.00").contains("2 charges and payments, 1 credit balance changes");
        String shown = text(pdf);
        assertThat(shown).contains("Statement").contains("Acme Logistics (" + acme + ")")
                .contains("Period: Nov 1, 2026 – Nov 23, 2026")
                .contains("Balance due (open invoices and debit memos) $170.00")
                .contains("Credit balance available $12.50")
                .contains(old + " Aug 2, 2026 Sep 1, 2026 $120.00 $70.00 83")
                .contains(recent + " Nov 2, 2026 Dec 2, 2026 $100.00 $100.00")
                .contains("Payment received (Check CHK-1)")
                .contains("Total $100.00 $50.00")
                .contains("Adjustment (Goodwill) CBA-00000001 $12.50 $12.50")
                .contains("Current 1–30 days 31–60 days 61–90 days Over 90 days").doesNotContain("…");
        // The August invoice was charged before the period: it is open, but not among the period's charges.
        assertThat(shown.lines().filter(l -> l.contains(old)).count()).isEqualTo(1);
    }

    @Test
    void badInputNamesTheOptionAndWritesNothing() throws Exception {
        Path pdf = folder.resolve("s.pdf");
        assertThat(run("statement", acme, "--from", "2026-11-30", "--to", "2026-11-01", "--pdf", pdf.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("settle: From 2026-11-30 is after To 2026-11-01");
        assertThat(run("statement", "A-404", "--pdf", pdf.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("settle: Account 'A-404' is not an account number");
        assertThat(pdf).doesNotExist();
        assertThat(run("statement", acme, "--pdf", db)).isEqualTo(2);
        assertThat(err.toString()).startsWith("settle: --pdf " + db + " is a company file");
        Files.writeString(pdf, "keep me");
        assertThat(run("statement", acme, "--pdf", pdf.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("already exists; add --overwrite to replace it");
        assertThat(Files.readString(pdf)).isEqualTo("keep me");
        assertThat(run("statement", acme, "--pdf", pdf.toString(), "--overwrite")).isZero();
        assertThat(text(pdf)).contains("Statement");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".settle-print"));
        }
    }
}
