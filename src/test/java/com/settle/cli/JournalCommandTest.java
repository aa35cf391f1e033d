package com.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.allocation.ApplicationRule;
import com.settle.service.ApplicationService;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code settle journal} and {@code settle close}: show, run, export and mark from the command line. */
class JournalCommandTest extends CommandOnBooksTest {

    @BeforeEach
    void setUp() {
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            String acme = books.account("Acme", "USD");
            LocalDate oct = LocalDate.of(2026, 10, 5);
            books.invoice(acme, oct, "100.00");
            String p = books.payment(acme, "70.00", oct);
            books.clerk().applications().apply(new ApplicationService.ApplyCommand(p, oct, ApplicationRule.FIFO,
                    List.of(), new BigDecimal("70.00"), false));
        }
        db = folder.resolve("books.mv.db").toString();
    }

    @Test
    void showRunExportAndMarkWithJson() throws Exception {
        assertThat(run("journal", "show", "--from", "2026-10-01", "--to", "2026-10-31")).isZero();
        assertThat(out.toString()).contains("2026-10-05 USD  Payments received").contains("Dr 1000-CASH")
                .contains("Cr 2100-UNAPPLIED").contains("70.00").contains("3 entries");
        Path file = folder.resolve("jr1.iif");
        assertThat(run("--json", "journal", "run", "--through", "2026-10-31", "--file", file.toString(),
                "--format", "iif")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"run\":\"JR-00000001\"").contains("\"records\":3");
        assertThat(Files.readString(file)).startsWith("!TRNS").contains("GENERAL JOURNAL\t10/05/2026\t1200-AR\t100.00");
        assertThat(run("journal", "run", "--through", "2026-10-31")).isNotZero();
        assertThat(err.toString()).contains("Nothing to transfer");
        assertThat(run("journal", "run", "--through", "2026-10-31", "--file", file.toString())).isNotZero();
        assertThat(err.toString()).contains("--file").contains("exists");
        assertThat(run("journal", "mark", "JR-00000001")).isNotZero();
        assertThat(err.toString()).contains("--transferred or --error NOTE is required");
        assertThat(run("journal", "mark", "JR-00000001", "--transferred")).isZero();
        assertThat(run("journal", "runs")).isZero();
        assertThat(out.toString()).contains("JR-00000001  through 2026-10-31  Transferred").contains("3 records");
        Path csv = folder.resolve("oct.csv");
        assertThat(run("journal", "export", "--from", "2026-10-01", "--to", "2026-10-31", "--by", "period",
                "--file", csv.toString(), "--format", "double-entry")).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(7).first()
                .isEqualTo("Journal,Date,Currency,AccountCode,Description,Debit,Credit");
        assertThat(run("journal", "show", "--from", "2026-10-01", "--to", "2026-10-31", "--by", "week")).isNotZero();
        assertThat(err.toString()).contains("--by 'week' is not day or period");
    }

    @Test
    void closeShowsAndSetsTheClosingDate() {
        assertThat(run("close")).isZero();
        assertThat(out.toString()).contains("The books are open");
        assertThat(run("close", "--through", "2026-09-30")).isZero();
        assertThat(out.toString()).contains("The books are closed through 2026-09-30.");
        assertThat(run("payment", "add", "--account", "A-00000001", "--amount", "5", "--date", "2026-09-30",
                "--method", "Check")).isNotZero();
        assertThat(err.toString()).contains("is in a closed period");
        assertThat(run("close", "--reopen", "--reason", "a late September payment")).isZero();
        assertThat(out.toString()).contains("The books are open").contains("a late September payment");
    }

    @Test
    void writeOffWithinTheToleranceAndAboveItOnlyWithYes() {
        assertThat(run("write-off", "add", "INV-00000001")).isEqualTo(2);
        assertThat(err.toString()).contains("--yes is required: Write off $30.00 of INV-00000001? That is more than"
                + " the write-off tolerance (none is set).");
        assertThat(run("write-off", "tolerance", "USD", "50")).isZero();
        assertThat(out.toString()).contains("Write-off tolerance for USD: $50.00.");
        assertThat(run("--json", "write-off", "add", "INV-00000001#1", "--date", "2026-10-06")).as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("\"writeOff\":\"WO-00000001\"");
        assertThat(run("write-off", "reverse", "WO-00000001")).isZero();
        assertThat(run("write-off", "tolerance", "XYZ")).isEqualTo(2);
        assertThat(err.toString()).contains("Currency 'XYZ' is not an ISO 4217 currency code");
    }

    @Test
    void anAccountsDiscountTermsAreSetShownAndGivenFromTheCommandLine() {
        assertThat(run("account", "terms", "A-00000001", "--percent", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("Discount days is required with a discount percent");
        assertThat(run("account", "terms", "A-00000001", "--none", "--days", "3")).isEqualTo(2);
        assertThat(err.toString()).contains("--none cannot go with --percent or --days");
        assertThat(run("account", "terms", "A-00000001", "--percent", "2", "--days", "10")).isZero();
        assertThat(out.toString()).contains("A-00000001: early-payment discount 2% within 10 days.");
        assertThat(run("--json", "account", "show", "A-00000001")).isZero();
        assertThat(out.toString()).contains("\"discountPercent\":\"2\"").contains("\"discountDays\":10");
        assertThat(run("write-off", "add", "INV-00000001", "--discount", "--amount", "2.00", "--date", "2026-10-06"))
                .as(err.toString()).isZero();
        assertThat(run("journal", "show", "--from", "2026-10-06", "--to", "2026-10-06")).isZero();
        assertThat(out.toString()).contains("4900-DISCOUNTS");
        assertThat(run("account", "add", "Late Ltd", "--currency", "USD", "--discount-percent", "1.5")).isEqualTo(2);
        assertThat(run("account", "add", "Late Ltd", "--currency", "USD", "--discount-percent", "1.5",
                "--discount-days", "15")).isZero();
    }

    @Test
    void depositAccountsAreShownAndSetPerMethod() {
        assertThat(run("deposit-account")).isZero();
        assertThat(out.toString()).contains("Check          (the Cash default)");
        assertThat(run("deposit-account", "Cheque", "1000-CASH")).isEqualTo(2);
        assertThat(err.toString()).contains("METHOD 'Cheque' is not a payment method");
        assertThat(run("deposit-account", "Check")).isEqualTo(2);
        assertThat(err.toString()).contains("CODE is required (or --default for the Cash default)");
        assertThat(run("--json", "deposit-account", "Check", "1000-CASH")).isZero();
        assertThat(out.toString()).contains("\"Check\":\"1000-CASH\"");
        assertThat(run("deposit-account", "Check", "--default")).isZero();
        assertThat(out.toString()).contains("Check          (the Cash default)");
    }

    @Test
    void aRecordIgnoredStaysOutOfEveryRunAndOneInARunCannotBe() {
        assertThat(run("journal", "ignore", "P-00000001")).isZero();
        assertThat(out.toString()).contains("P-00000001 is left out of every journal run (1 journal record).");
        assertThat(run("--json", "journal", "run", "--through", "2026-10-31")).isZero();
        assertThat(out.toString()).contains("\"records\":2").doesNotContain("Payments received");
        assertThat(run("journal", "ignore", "INV-00000001")).isEqualTo(1);
        assertThat(err.toString()).contains("INV-00000001 is already in journal run JR-00000001");
        assertThat(run("journal", "ignore", "X-1")).isEqualTo(2);
        assertThat(err.toString()).contains("Record 'X-1' is not a payment, posted document");
    }
}
