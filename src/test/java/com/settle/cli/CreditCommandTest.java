package com.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.support.TestBooks;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code settle credit ...} against a real file: what it prints, what it stores, its exit codes. */
class CreditCommandTest extends CommandOnBooksTest {

    String older;
    String newer;

    @BeforeEach
    void setUp() {
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            String acme = books.account("Acme", "USD");
            newer = books.invoice(acme, LocalDate.of(2026, 10, 20), "50.00");
            older = books.invoice(acme, LocalDate.of(2026, 10, 1), "30.00");
        }
        db = folder.resolve("books.mv.db").toString();
    }

    @Test
    void adjustQueueApplyAllAndShow() {
        assertThat(run("credit", "adjust", "A-00000001", "--increase", "45.00", "--reason", "Goodwill",
                "--comment", "Outage")).isZero();
        assertThat(out.toString().trim()).isEqualTo("Recorded CBA-00000001.");
        assertThat(run("credit", "queue", "--json")).isZero();
        assertThat(out.toString()).contains("\"account\":\"A-00000001\"").contains("\"creditBalance\":\"45.00\"")
                .contains("\"openInvoices\":2");
        assertThat(run("credit", "apply-all", "--dry-run")).isZero();
        assertThat(out.toString()).contains(older).contains(newer).contains("2 applications planned over 1 account, 0 refused; nothing saved (dry run).");
        assertThat(run("credit", "apply-all", "--json")).isZero();
        assertThat(out.toString()).contains("\"invoice\":\"" + older + "\"").contains("\"amount\":\"30.00\"")
                .contains("\"amount\":\"15.00\"").contains("\"refused\":[]");
        assertThat(run("credit", "show", "A-00000001")).isZero();
        assertThat(out.toString()).contains("credit balance $0.00, 3 history lines")
                .contains("applied_to_invoice");
        assertThat(run("credit", "cancel", "CBA-00000002")).isZero();
        assertThat(run("credit", "show", "A-00000001", "--json")).isZero();
        assertThat(out.toString()).contains("\"creditBalance\":\"30.00\"").contains("unapplied_from_invoice");
    }

    @Test
    void applyRefundUpdateAndRefusals() {
        assertThat(run("credit", "apply", "A-00000001")).isEqualTo(1);
        assertThat(err.toString()).contains("has no credit balance to apply");
        assertThat(run("credit", "adjust", "A-00000001", "--increase", "10.001")).isEqualTo(2);
        assertThat(err.toString()).contains("Amount '10.001' has more decimals than USD allows");
        assertThat(run("credit", "adjust", "A-00000001", "--increase", "40")).isZero();
        assertThat(run("credit", "apply", "A-00000001", "--invoice", newer, "--amount", "12.50")).isZero();
        assertThat(out.toString()).contains("Applied $12.50 to " + newer);
        assertThat(run("credit", "refund", "A-00000001", "--amount", "27.51", "--method", "check")).isEqualTo(2);
        assertThat(err.toString()).contains("more than the credit balance $27.50");
        assertThat(run("credit", "refund", "A-00000001", "--amount", "7.50", "--method", "check")).isZero();
        assertThat(run("credit", "update", "CBA-00000001", "--transferred-to-accounting", "Yes")).isZero();
        assertThat(run("credit", "update", "CBA-00000001")).isEqualTo(2);
        assertThat(run("credit", "show", "A-00000001", "--json")).isZero();
        assertThat(out.toString()).contains("\"creditBalance\":\"20.00\"").contains("\"type\":\"refund\"")
                .contains("\"transferredToAccounting\":\"Yes\"");
    }

    @Test
    void aNegativeInvoiceBalanceBecomesCredit() {
        String credit;
        try (TestBooks books = new TestBooks(folder)) {
            credit = books.invoice("A-00000001", LocalDate.of(2026, 10, 5), "-8.25");
        }
        assertThat(run("credit", "from-invoice", older)).isEqualTo(1);
        assertThat(err.toString()).contains(older + " has no negative balance to transfer");
        assertThat(run("credit", "from-invoice", credit, "--date", "2026-10-01")).isEqualTo(2);
        assertThat(err.toString()).contains("Date Oct 1, 2026 is before " + credit + "'s date Oct 5, 2026");
        assertThat(run("credit", "from-invoice", credit, "--comment", "Credit note", "--json")).isZero();
        assertThat(out.toString().trim()).isEqualTo("{\"invoice\":\"" + credit + "\",\"adjustment\":\"CBA-00000001\"}");
        assertThat(run("credit", "show", "A-00000001")).isZero();
        assertThat(out.toString()).contains("credit balance $8.25, 1 history lines").contains("from_invoice")
                .contains(credit);
        assertThat(run("credit", "from-invoice", credit)).isEqualTo(1);
    }
}
