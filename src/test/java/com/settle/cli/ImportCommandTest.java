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
                .contains("DM-00000001: Debit memo X-2 for A-00000002, 1 item, draft");
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
                .as("rows are not read against a header that lacks a column").doesNotContain("line 2");
    }

    @Test
    void paymentsAndOpeningCreditBalances() throws Exception {
        Path payments = file("payments.csv", """
                Account,Amount,EffectiveDate,Method,Reference
                A-00000001,125.50,2026-11-02,Bank transfer,WIRE-1
                A-00000001,10,2026-11-03,check,
                """);
        assertThat(run("import", "payments", payments.toString())).isZero();
        assertThat(out.toString()).contains("P-00000001: $125.50 on 2026-11-02")
                .contains("P-00000002: $10.00 on 2026-11-03");
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
        assertThat(out.toString()).contains("credit balance $30.00, 1 history lines").contains("initial");
        assertThat(run("payment", "list", "--json")).isZero();
        assertThat(out.toString()).contains("\"unapplied\":\"125.50\"");
    }

    @Test
    void theSameFileAgainIsRefusedARepeatedRowIsRefusedOrSkippedAndNothingIsDoubled() throws Exception {
        Path first = file("payments.csv", """
                Account,Amount,EffectiveDate,Method,Reference
                A-00000001,125.50,2026-11-02,Bank transfer,WIRE-1
                a-00000001,10,2026-11-03,Cash,
                A-00000001,10,2026-11-03,Cash,
                """);
        assertThat(run("import", "payments", first.toString())).isZero();
        assertThat(out.toString()).contains("3 records created as IB-00000001");
        assertThat(run("import", "payments", first.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("payments.csv was already imported on ").contains(" by ana as"
                + " IB-00000001 (3 payments from payments.csv); nothing was stored. To import it again, undo"
                + " IB-00000001 first");
        Path second = file("november.csv", """
                Account,Amount,EffectiveDate,Method,Reference

                A-00000001,125.50,2026-11-02,Bank transfer,WIRE-1
                A-00000001,10,2026-11-03,Cash,
                A-00000001,10,2026-11-03,Cash,
                A-00000001,10,2026-11-03,Cash,
                A-00000001,99,2026-11-04,Check,CHK-7
                """);
        assertThat(run("import", "payments", second.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("november.csv has 3 problems")
                .contains("line 3, Reference: 'WIRE-1' for A-00000001 was already imported as P-00000001"
                        + " (IB-00000001 from payments.csv, ")
                .contains("line 4, row: this row for A-00000001 was already imported as P-00000002")
                .contains("line 5, row: this row for A-00000001 was already imported as P-00000003")
                .as("a third identical row is a new payment").doesNotContain("line 6");
        assertThat(paymentCount()).isEqualTo(3);
        assertThat(run("import", "payments", second.toString(), "--skip-existing", "--dry-run")).isZero();
        assertThat(out.toString()).contains("new payment of $10.00 on 2026-11-03")
                .contains("Skipped as already imported:").contains("line 3: Reference 'WIRE-1' for A-00000001")
                .contains("2 records would be created, 3 skipped as already imported; nothing was stored.");
        assertThat(paymentCount()).isEqualTo(3);
        assertThat(run("import", "payments", second.toString(), "--skip-existing")).isZero();
        assertThat(out.toString()).contains("P-00000004: $10.00 on 2026-11-03").contains("P-00000005: $99.00")
                .contains("2 records created as IB-00000002, 3 skipped as already imported.");
        assertThat(paymentCount()).isEqualTo(5);
        assertThat(run("import", "payments", second.toString(), "--skip-existing")).isEqualTo(2);
        assertThat(err.toString()).contains("november.csv was already imported");
        Path twice = file("twice.csv", "Account,Amount,EffectiveDate,Method,Reference\n"
                + "A-00000001,1,2026-11-05,Cash,R-1\nA-00000001,2,2026-11-05,Cash,R-1\n");
        assertThat(run("import", "payments", twice.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("line 3, Reference: 'R-1' is also on line 2 for A-00000001; each payment"
                + " needs its own Reference (add a SourceKey column to tell them apart)");
        assertThat(paymentCount()).isEqualTo(5);
    }

    @Test
    void importListShowsTheBatchesAndUndoReversesAWholeBatchUnlessSomethingUsedIt() throws Exception {
        Path payments = file("payments.csv", "Account,Amount,EffectiveDate,Method,SourceKey\n"
                + "A-00000001,40,2026-11-02,Cash,K1\nA-00000001,60,2026-11-02,Cash,K2\n");
        assertThat(run("import", "payments", payments.toString())).isZero();
        assertThat(run("payment", "refund", "P-00000002", "--amount", "5", "--method", "Cash")).isZero();
        assertThat(run("import", "undo", "IB-00000001")).isEqualTo(1);
        assertThat(err.toString()).contains("IB-00000001 cannot be undone; nothing was changed. Used since it was"
                + " imported: P-00000002 has $5.00 refunded. Unapply them and cancel their refunds and transfers"
                + " first, then undo the batch.");
        assertThat(run("payment", "show", "P-00000001")).isZero();
        assertThat(out.toString()).contains("Processed");

        Path docs = file("docs.csv", "DocumentNumber,Account,DocumentDate,Charge,UnitPrice\n"
                + "OLD-1,A-00000001,2026-10-01,Hosting,100\nOLD-2,A-00000001,2026-10-01,Hosting,50\n"
                + "OLD-1,A-00000001,2026-10-01,Support,20\n");
        assertThat(run("import", "documents", docs.toString())).isZero();
        assertThat(out.toString()).contains("INV-00000001: Invoice OLD-1 for A-00000001, 2 items, posted");
        Path credits = file("credits.csv", "Account,Amount\nA-00000001,30\n");
        assertThat(run("import", "credit-balances", credits.toString())).isZero();
        Path accounts = file("accounts.csv", "Name,Currency,SourceKey\nDelta,USD,C-9\n");
        assertThat(run("import", "accounts", accounts.toString())).isZero();

        assertThat(run("import", "list")).isZero();
        assertThat(out.toString()).contains("IB-00000004 Accounts").contains("IB-00000002 Invoices & debit memos")
                .contains("docs.csv").contains("3 rows       2 created").contains("by ana  Imported");
        for (String batch : new String[] {"IB-00000002", "IB-00000003", "IB-00000004"}) {
            assertThat(run("import", "undo", batch)).as(err.toString()).isZero();
            assertThat(out.toString()).contains("Undid " + batch + ": its ").contains("; the history keeps them.");
        }
        assertThat(out.toString()).contains("its 1 accounts from accounts.csv are deactivated");
        assertThat(run("document", "show", "INV-00000001")).isZero();
        assertThat(out.toString()).contains("Canceled");
        assertThat(run("credit", "show", "A-00000001")).isZero();
        assertThat(out.toString()).contains("credit balance $0.00");
        assertThat(run("import", "undo", "IB-00000002")).isEqualTo(1);
        assertThat(err.toString()).contains("IB-00000002 was already undone on ").contains(" by ana; nothing was"
                + " changed.");
        assertThat(run("import", "undo", "IB-9")).isEqualTo(2);
        assertThat(err.toString()).contains("Batch 'IB-9' is not an import batch; `settle import list` shows them");
        assertThat(run("import", "list", "--json")).isZero();
        assertThat(out.toString()).contains("\"status\":\"Undone\"").contains("\"undoneBy\":\"ana\"");
        // Undone, the same rows may come in again: the references are free.
        assertThat(run("import", "documents", docs.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("INV-00000003: Invoice OLD-1");
        assertThat(run("import", "accounts", accounts.toString())).as(err.toString()).isZero();
        booksBalance();
    }

    private int paymentCount() {
        assertThat(run("payment", "list", "--json")).isZero();
        return out.toString().split("\"number\"", -1).length - 1;
    }
}
