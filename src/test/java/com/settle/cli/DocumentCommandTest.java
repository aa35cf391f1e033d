package com.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.support.TestBooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code settle account ...} and {@code settle document ...} against a real file. */
class DocumentCommandTest extends CommandOnBooksTest {

    @BeforeEach
    void setUp() {
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            books.account("Acme", "USD");
        }
        db = folder.resolve("books.mv.db").toString();
    }

    @Test
    void accountsAndDocumentsFromTheCommandLine() {
        assertThat(run("account", "add", "Birch Dental", "--currency", "jpy", "--email", "ap@birch.example")).isZero();
        assertThat(out.toString().trim()).isEqualTo("Added A-00000002.");
        assertThat(run("account", "add", "Nobody", "--currency", "XYZ")).isEqualTo(2);
        assertThat(err.toString()).contains("Currency");
        assertThat(run("document", "add", "A-00000001", "--date", "2026-10-01", "--charge", "Hosting", "--quantity",
                "3", "--price", "19.99", "--charge", "Discount", "--price", "-5.00")).isZero();
        assertThat(out.toString().trim()).isEqualTo("Saved draft INV-00000001: $54.97 in 2 items.");
        // A unit price may have more decimals; the amount is rounded to the currency once (1000.5 yen -> 1001).
        assertThat(run("document", "add", "A-00000002", "--date", "2026-10-01", "--charge", "Cleaning", "--price",
                "1000.5", "--json")).isZero();
        assertThat(out.toString()).contains("\"amount\":\"1001\"").contains("\"status\":\"Draft\"");
        assertThat(run("document", "add", "A-00000002", "--date", "2026-10-01", "--charge", "Cleaning",
                "--quantity", "0", "--price", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("Item 1 quantity must be greater than zero");
        assertThat(run("document", "post", "INV-00000001", "--json")).isZero();
        assertThat(out.toString()).contains("\"status\":\"Posted\"").contains("\"balance\":\"54.97\"");
        assertThat(run("document", "post", "INV-00000001")).isEqualTo(1);
        assertThat(err.toString()).contains("INV-00000001 is posted; only a draft can be posted.");
        assertThat(run("document", "add", "A-00000001", "--type", "debit-memo", "--date", "2026-10-02", "--post",
                "--charge", "Late fee", "--price", "12.00")).isZero();
        assertThat(out.toString().trim()).isEqualTo("Posted DM-00000001: $12.00 in 1 item.");
        assertThat(run("document", "cancel", "DM-00000001")).isZero();
        assertThat(run("document", "list", "--open")).isZero();
        assertThat(out.toString()).contains("INV-00000001").doesNotContain("DM-00000001");
        assertThat(run("account", "show", "A-00000001", "--json")).isZero();
        assertThat(out.toString()).contains("\"openBalance\":\"54.97\"");
        assertThat(run("account", "list")).isZero();
        assertThat(out.toString()).contains("A-00000002  Birch Dental");
    }
}
