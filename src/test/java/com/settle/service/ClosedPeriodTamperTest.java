package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.AdjustmentType;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.service.UnapplicationService.UnapplyCommand;
import com.settle.store.ClosedPeriodQueries;
import com.settle.store.ClosedPeriods;
import com.settle.support.RawEdits;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Book 8 of Verify books: the passes over payments, applications, documents and adjustments look for records
 * dated inside a closed period as they read them; the other kinds are read for it alone. Against a reading of every
 * kind for it alone, kept as the reference, Verify must find the same records, of every kind, edited by hand to
 * look written after the books were closed.
 */
class ClosedPeriodTamperTest {

    private static final LocalDate OCT_5 = LocalDate.of(2026, 10, 5);
    /** After the closing below was made (at the test clock's instant). */
    private static final String LATER = "TIMESTAMP WITH TIME ZONE '2026-11-23 11:00:00+00:00'";

    @TempDir
    Path folder;
    String payment;
    String invoice;
    String adjustment;

    @BeforeEach
    void books() {
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            String acme = books.account("Acme", "USD");
            invoice = books.invoice(acme, LocalDate.of(2026, 10, 1), "60.00", "40.00");
            payment = books.payment(acme, "150.00", OCT_5);
            books.clerk().applications().apply(new ApplyCommand(payment, OCT_5, null, List.of(),
                    new BigDecimal("70.00"), false));
            books.clerk().unapplications().unapply(new UnapplyCommand(payment, LocalDate.of(2026, 10, 6), List.of(),
                    List.of(), null, null, null));
            adjustment = books.admin().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.INCREASE,
                    new BigDecimal("12.00"), null, null, null, null));
            books.admin().closing().close(LocalDate.of(2026, 10, 31), null);
            assertThat(found(books)).as("written before the closing: nothing inside it").isEmpty();
        }
    }

    @Test
    void everyKindWrittenAfterTheClosingIsFoundAsByReadingItAlone() {
        RawEdits.aroundGuards(folder,
                "UPDATE payment SET created_at = " + LATER,
                "UPDATE application SET created_at = " + LATER,
                "UPDATE unapplication SET created_at = " + LATER,
                "UPDATE document SET posted_at = " + LATER,
                "UPDATE credit_balance_adjustment SET adjustment_date = DATE '2026-10-20', created_date = " + LATER);
        try (TestBooks books = new TestBooks(folder)) {
            List<String> reference = new ClosedPeriodQueries().datedInClosedPeriods(books.database().dsl(),
                    ClosedPeriods.read(books.database().dsl()));
            assertThat(reference).containsExactly(
                    "payment " + payment + " dated 2026-10-05, written while the books were closed through 2026-10-31",
                    "application of " + payment + " dated 2026-10-05, written while the books were closed through"
                            + " 2026-10-31",
                    "unapplication of " + payment + " dated 2026-10-06, written while the books were closed through"
                            + " 2026-10-31",
                    "adjustment " + adjustment + " dated 2026-10-20, written while the books were closed through"
                            + " 2026-10-31",
                    "posting of " + invoice + " dated 2026-10-01, written while the books were closed through"
                            + " 2026-10-31");
            assertThat(found(books)).isEqualTo(reference);
        }
    }

    @Test
    void aRecordWrittenAtTheVeryInstantOfTheClosingCountsAsBeforeIt() {
        RawEdits.aroundGuards(folder, "UPDATE payment SET created_at = (SELECT MAX(changed_at) FROM"
                + " closing_date_change)", "UPDATE document SET posted_at = (SELECT MAX(changed_at) FROM"
                + " closing_date_change) + INTERVAL '0.000001' SECOND");
        try (TestBooks books = new TestBooks(folder)) {
            assertThat(found(books)).containsExactly("posting of " + invoice + " dated 2026-10-01, written while the"
                    + " books were closed through 2026-10-31");
        }
    }

    /** What Verify books lists in book 8, as "record dated …". */
    private static List<String> found(TestBooks books) {
        return books.admin().verify().verify().differences().stream()
                .filter(d -> d.book().equals("8 closed periods")).map(VerifyService.Difference::record).toList();
    }
}
