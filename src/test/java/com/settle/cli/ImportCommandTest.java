package com.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.support.TestBooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code settle import ...}: a good file, a dry run, and a file with problems on several lines (nothing stored). */
class ImportCommandTest extends CommandOnBooksTest {

    @BeforeEach
    void setUp() {
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            books.account("Acme", "USD");
        }
        db = folder.resolve("books.mv.db").toString();
    }

    private Path file(String name, String text) throws Exception {
        Path f = folder.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void accountsWithABomAndSemicolonsThenDocumentsGroupedByNumber() throws Exception {
        Path accounts = file("accounts.csv", "\uFEFFname;Currency;Email\nBirch Dental;jpy;ap@birch.example\n"
                + "\"Cobalt; Analytics\";EUR;\n");
        assertThat(run("import", "accounts", accounts.toString(), "--dry-run")).isZero();
        assertThat(out.toString()).contains("new account Cobalt; Analytics (EUR)")
                .contains("Checked 2 rows: 2 records would be created; nothing was stored.");
        assertThat(run("account", "list")).isZero();
        assertThat(out.toString()).doesNotContain("Birch");
        assertThat(run("import", "accounts", accounts.toString())).isZero();
        assertThat(out.toString()).contains("A-00000002 Birch Dental (JPY)").contains("A-00000003 Cobalt; Analytics");

        Path docs = file("documents.csv", """
                DocumentNumber,Type,Account,DocumentDate,Charge,Quantity,UnitPrice,Amount,Post
                X-1,Invoice,A-00000001,2026-10-01,Hosting,3,19.99,59.97,true
                X-1,Invoice,A-00000001,2026-10-01,Credit,1,-9.97,,true
                X-2,DebitMemo,A-00000002,2026-10-05,Late fee,1,1500,1500,false
                """);
        assertThat(run("import", "documents", docs.toString())).isZero();
        assertThat(out.toString()).contains("INV-00000001: Invoice X-1 for A-00000001, 2 items, posted")
                .contains("DM-00000001: Debit memo X-2 for A-00000002, 1 items, draft");
        assertThat(run("document", "show", "INV-00000001", "--json")).isZero();
        assertThat(out.toString()).contains("\"amount\":\"50.00\"").contains("\"status\":\"Posted\"");
    }

    @Test
    void everyProblemIsListedAndNothingIsStored() throws Exception {
        Path docs = file("bad.csv", """
                DocumentNumber,Account,DocumentDate,Charge,Quantity,UnitPrice,Amount,AccountingCode
                B-1,A-00000001,2026-10-01,Hosting,2,10.00,20.00,
                B-1,A-00000001,2026-10-02,Setup,1,5.00,,
                B-2,A-00000099,2026-13-01,,0,abc,,
                B-3,A-00000001,2026-10-03,Support,1,10.00,10.001,NOPE
                """);
        assertThat(run("import", "documents", docs.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.csv has 8 problems; nothing was imported.")
                .contains("line 3, DocumentNumber: 'B-1' was started on line 2 with another account, type, date")
                .contains("line 4, Account: 'A-00000099' does not exist")
                .contains("line 4, DocumentDate: '2026-13-01' is not a date (YYYY-MM-DD)")
                .contains("line 4, Quantity: must be greater than zero")
                .contains("line 4, UnitPrice: 'abc' is not a number")
                .contains("line 4, Charge: is required")
                .contains("line 5, AccountingCode: 'NOPE' is not an active accounting code")
                .contains("line 5, Amount: 10.001 has more decimals than USD allows");
        assertThat(run("document", "list")).isZero();
        assertThat(out.toString().trim()).isEmpty();
        Path noHeader = file("accounts.csv", "Title,Currency\nAcme,USD\n");
        assertThat(run("import", "accounts", noHeader.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("line 1, Name: the header has no Name column")
                .contains("line 2, Name: is required");
    }

    @Test
    void paymentsAndOpeningCreditBalances() throws Exception {
        Path payments = file("payments.csv", """
                Account,Amount,EffectiveDate,Method,Reference
                A-00000001,125.50,2026-11-02,Bank transfer,WIRE-1
                A-00000001,10,2026-11-03,check,
                """);
        assertThat(run("import", "payments", payments.toString())).isZero();
        assertThat(out.toString()).contains("P-00000001: 125.50 USD on 2026-11-02")
                .contains("P-00000002: 10.00 USD on 2026-11-03");
        Path bad = file("bad-payments.csv", """
                Account,Amount,EffectiveDate,Method
                A-00000001,-5,2026-11-02,Cash
                A-00000001,1.005,2026-11-02,Barter
                """);
        assertThat(run("import", "payments", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("line 2, Amount: ").contains("line 3, Amount: ")
                .contains("line 3, Method: 'Barter' is not a payment method");
        Path credits = file("credit.csv", "Account;Amount;Date;Comment\nA-00000001;30.00;2026-01-01;Opening\n");
        assertThat(run("import", "credit-balances", credits.toString())).isZero();
        assertThat(out.toString()).contains("CBA-00000001: initial credit balance 30.00 for account A-00000001");
        assertThat(run("credit", "show", "A-00000001")).isZero();
        assertThat(out.toString()).contains("credit balance 30.00 USD, 1 history lines").contains("initial");
        assertThat(run("payment", "list", "--json")).isZero();
        assertThat(out.toString()).contains("\"unapplied\":\"125.50\"");
    }
}
