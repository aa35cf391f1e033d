package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.PlannedCredit;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.support.TestBooks;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code credit apply-all --dry-run} and the run are one code path: for generated books (accounts with
 * credit, posted invoices dated from a month ago to three days ahead), the dry run's plan is exactly what
 * the run stores, and the run refuses nothing. On the main of issue 14 an invoice dated tomorrow made the
 * run refuse the whole account while the dry run planned it.
 */
class CreditApplyAllProperties {

    /** One account: its credit and its invoices (days from today, item amounts in cents). */
    record AccountSpec(int creditCents, List<InvoiceSpec> invoices) {
    }

    record InvoiceSpec(int days, List<Integer> itemCents) {
    }

    @Provide
    Arbitrary<List<AccountSpec>> books() {
        Arbitrary<InvoiceSpec> invoice = Combinators.combine(Arbitraries.integers().between(-30, 3),
                Arbitraries.integers().between(1, 50_000).list().ofMinSize(1).ofMaxSize(3)).as(InvoiceSpec::new);
        Arbitrary<AccountSpec> account = Combinators.combine(Arbitraries.integers().between(0, 120_000),
                invoice.list().ofMaxSize(4)).as(AccountSpec::new);
        return account.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 12)
    void theDryRunPlansExactlyWhatTheRunStores(@ForAll("books") List<AccountSpec> specs) throws IOException {
        Path dir = Files.createTempDirectory("settle-apply-all");
        try (TestBooks books = new TestBooks(dir).withCodes()) {
            int n = 0;
            for (AccountSpec spec : specs) {
                String account = books.account("Customer " + n++, "USD");
                for (InvoiceSpec i : spec.invoices()) {
                    books.invoice(account, TestBooks.TODAY.plusDays(i.days()), i.itemCents().stream()
                            .map(c -> BigDecimal.valueOf(c, 2).toPlainString()).toArray(String[]::new));
                }
                if (spec.creditCents() > 0) {
                    books.clerk().creditBalances().adjust(new AdjustCommand(account, AdjustmentType.INCREASE,
                            BigDecimal.valueOf(spec.creditCents(), 2), "Goodwill", null, null, null));
                }
            }
            var service = books.clerk().creditApplications();
            List<String> plan = lines(service.applyAll((d, t) -> { }, () -> false, true).applied());
            assertThat(lines(service.previewAll())).isEqualTo(plan);
            var run = service.applyAll((d, t) -> { }, () -> false);
            assertThat(run.refused()).isEmpty();
            assertThat(lines(run.applied())).isEqualTo(plan);
            assertThat(run.applied()).allSatisfy(p -> assertThat(p.invoiceDate()).isBeforeOrEqualTo(TestBooks.TODAY));
            books.assertBalanced();
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<String> lines(List<PlannedCredit> credits) {
        return credits.stream().map(p -> p.accountNumber() + " " + p.invoiceNumber() + " " + p.invoiceBalance() + " "
                + p.amount()).toList();
    }
}
