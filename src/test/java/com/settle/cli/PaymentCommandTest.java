package com.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.support.TestBooks;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code settle payment ...} against a real file: what it prints, what it stores, its exit codes. */
class PaymentCommandTest extends CommandOnBooksTest {

    String inv;

    @BeforeEach
    void setUp() {
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            String acme = books.account("Acme", "USD");
            inv = books.invoice(acme, LocalDate.of(2026, 10, 1), "10.00", "10.00", "10.00");
        }
        db = folder.resolve("books.mv.db").toString();
    }

    @Test
    void recordApplyByItemsAndShow() {
        assertThat(run("payment", "add", "--account", "A-00000001", "--amount", "25.00", "--date", "2026-10-05",
                "--method", "check", "--reference", "CHK-77")).isZero();
        assertThat(out.toString().trim()).isEqualTo("recorded P-00000001");
        assertThat(run("payment", "apply", "P-00000001", "--date", "2026-10-06", "--item", inv + "#1=10.00",
                "--item", inv + "#3=5.50", "--json")).isZero();
        assertThat(out.toString()).startsWith("{\"payment\":\"P-00000001\",\"saved\":true,\"rule\":\"FIFO\","
                + "\"total\":\"15.50\",\"unappliedAfter\":\"9.50\"");
        assertThat(run("payment", "show", "P-00000001")).isZero();
        assertThat(out.toString()).contains("amount $25.00 = applied $15.50 + unapplied $9.50")
                .contains(inv + " #3 Charge 3: $5.50");
    }

    @Test
    void dryRunWithProrationPrintsTheSplitAndExplanationAndSavesNothing() {
        run("payment", "add", "--account", "A-00000001", "--amount", "10.00", "--date", "2026-10-05", "--method",
                "Cash");
        assertThat(run("payment", "apply", "P-00000001", "--date", "2026-10-05", "--rule", "proration", "--dry-run",
                "--explain")).isZero();
        assertThat(out.toString()).startsWith("would apply $10.00 of P-00000001; unapplied after: $0.00")
                .contains(inv + " #1  $3.34").contains(inv + " #2  $3.33")
                .contains("leftover minor unit (remainder rank 1 of 1)");
        run("payment", "show", "P-00000001", "--json");
        assertThat(out.toString()).contains("\"applied\":\"0.00\"").contains("\"applications\":[]");
    }

    @Test
    void unapplyRefundTransferAndCancel() {
        run("payment", "add", "--account", "A-00000001", "--amount", "50.00", "--date", "2026-10-05", "--method",
                "BankTransfer");
        run("payment", "apply", "P-00000001", "--date", "2026-10-05", "--doc", inv + "=30.00");
        assertThat(run("payment", "unapply", "P-00000001", "--date", "2026-10-07", "--item", inv + "#2=4.00")).isZero();
        assertThat(out.toString()).startsWith("unapplied $4.00 of P-00000001; unapplied after: $24.00");
        assertThat(run("payment", "refund", "P-00000001", "--amount", "4.00", "--method", "Check")).isZero();
        assertThat(out.toString().trim()).isEqualTo("refunded as R-00000001");
        assertThat(run("payment", "transfer", "P-00000001", "--amount", "20.00", "--json")).isZero();
        assertThat(out.toString().trim()).contains("\"adjustment\":\"CBA-00000001\"");
        assertThat(run("payment", "cancel", "P-00000001")).isEqualTo(1);
        assertThat(err.toString()).startsWith("settle: Payment P-00000001 has money applied, refunded or transferred");
        run("payment", "list", "--json");
        assertThat(out.toString()).contains("\"applied\":\"26.00\"").contains("\"unapplied\":\"0.00\"")
                .contains("\"refunded\":\"4.00\"").contains("\"transferred\":\"20.00\"");
    }

    @Test
    void badValuesAreRefusedWithTheOptionNamedAndNothingChanges() {
        run("payment", "add", "--account", "A-00000001", "--amount", "20.00", "--date", "2026-10-05", "--method",
                "Cash");
        assertThat(run("payment", "apply", "P-00000001", "--date", "2026-10-05", "--item", inv + "#1=1.005"))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo("settle: Item " + inv + " #1 '1.005' has more decimals than USD allows"
                + " (2 decimals)" + System.lineSeparator());
        assertThat(run("payment", "apply", "P-00000001", "--date", "2026-10-05", "--doc", inv)).isEqualTo(2);
        assertThat(err.toString()).contains("--doc '" + inv + "' is not DOCUMENT=AMOUNT");
        assertThat(run("payment", "apply", "P-00000001", "--date", "05/10/2026")).isEqualTo(2);
        assertThat(err.toString()).startsWith("settle: Invalid value for option '--date'");
        assertThat(run("payment", "add", "--account", "A-00000009", "--amount", "1", "--date", "2026-10-05",
                "--method", "Cash")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("settle: Account 'A-00000009' is not an account number"
                + System.lineSeparator());
        assertThat(run("payment", "apply", "P-00000001", "--date", "2026-10-05", "--amount", "20.01")).isEqualTo(2);
        assertThat(err.toString()).contains("is more than");
        run("payment", "show", "P-00000001");
        assertThat(out.toString()).contains("applied $0.00 + unapplied $20.00");
    }
}
