package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.AdjustmentType;
import com.settle.store.Engine;
import com.settle.support.RawEdits;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verify books finds what raw SQL did behind the services' back: each book, with record, expected and found. */
class VerifyServiceTest {

    @TempDir
    Path folder;
    TestBooks books;
    String acme;
    String invoice;
    String payment;

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder).withCodes();
        acme = books.account("Acme", "USD");
        invoice = books.invoice(acme, LocalDate.of(2026, 10, 1), "60.00", "40.00");
        payment = books.payment(acme, "150.00", LocalDate.of(2026, 10, 5));
        books.clerk().applications().apply(new ApplicationService.ApplyCommand(payment, LocalDate.of(2026, 10, 5),
                null, List.of(), new BigDecimal("70.00"), false));
        books.clerk().creditBalances().transferFromPayment(new CreditBalanceService.TransferCommand(payment,
                new BigDecimal("30.00"), null, null, null, null));
    }

    @AfterEach
    void close() {
        books.close();
    }

    private VerifyService.Report verify() {
        return books.admin().verify().verify();
    }

    @Test
    void cleanBooksBalance() {
        VerifyService.Report r = verify();
        assertThat(r.balanced()).isTrue();
        assertThat(r.payments()).isEqualTo(1);
        assertThat(r.documents()).isEqualTo(1);
        assertThat(r.items()).isEqualTo(2);
        assertThat(r.accounts()).isEqualTo(1);
    }

    @Test
    void findsAGuardDroppedWithSql() {
        boolean server = Engine.of(books.database().dsl()) == Engine.POSTGRESQL;
        books.database().dsl().execute("DROP TRIGGER CREDIT_BALANCE_ADJUSTMENT_GUARD"
                + (server ? " ON CREDIT_BALANCE_ADJUSTMENT" : ""));
        books.database().dsl().execute("DROP TRIGGER DOCUMENT_POSTED" + (server ? " ON DOCUMENT" : ""));
        assertThat(verify().differences()).extracting(VerifyService.Difference::toString).containsExactly(
                "6 history: guard CREDIT_BALANCE_ADJUSTMENT_GUARD: expected the trigger that keeps saved history as"
                        + " it was written, found missing (removed with SQL)",
                "6 history: guard DOCUMENT_POSTED: expected the trigger that keeps saved history as it was written,"
                        + " found missing (removed with SQL)");
    }

    @Test
    void findsAPaymentWhosePartsNoLongerMatchItsLines() {
        books.database().dsl().execute("UPDATE payment SET applied_amount = applied_amount - 1,"
                + " unapplied_amount = unapplied_amount + 1 WHERE number = ?", payment);
        assertThat(verify().differences()).singleElement().satisfies(d -> {
            assertThat(d.book()).isEqualTo("1 payments");
            assertThat(d.record()).isEqualTo("payment " + payment);
            assertThat(d.expected()).isEqualTo("applied 70");
            assertThat(d.found()).isEqualTo("69");
        });
    }

    @Test
    void findsAnItemBalanceChangedWithoutAnApplication() {
        books.database().dsl().execute("UPDATE document_item_balance SET balance = balance - 5"
                + " WHERE item_id IN (SELECT id FROM document_item WHERE ordinal = 2)");
        assertThat(verify().differences()).extracting(VerifyService.Difference::record)
                .containsExactlyInAnyOrder("document " + invoice, "item " + invoice + " #2");
    }

    @Test
    void findsAnItemWhoseBalanceRowStatesAnotherAmount() {
        tamper("UPDATE document_item_balance SET amount = amount + 1"
                + " WHERE item_id IN (SELECT id FROM document_item WHERE ordinal = 2)");
        assertThat(verify().differences()).singleElement().satisfies(d -> {
            assertThat(d.book()).isEqualTo("2 documents");
            assertThat(d.record()).startsWith("item " + invoice + " #2 has amount ").contains("balance row says");
        });
    }

    @Test
    void findsACreditBalanceThatDisagreesWithItsLedger() {
        books.database().dsl().execute("UPDATE account SET credit_balance = 31");
        // Against the sum of processed adjustments and against the last running balance of the history.
        assertThat(verify().differences()).hasSize(2).allSatisfy(d -> {
            assertThat(d.book()).isEqualTo("3 credit balance");
            assertThat(d.expected()).contains("30");
            assertThat(d.found()).isEqualTo("31");
        });
    }

    @Test
    void findsAmountsWithMoreDecimalsThanTheCurrency() {
        tamper("UPDATE credit_balance_adjustment SET amount = 30.001");
        books.database().dsl().execute("UPDATE account SET credit_balance = 30.001");
        assertThat(verify().differences()).extracting(VerifyService.Difference::book)
                .contains("4 money", "1 payments");
    }

    @Test
    void findsAnItemAmountWithMoreDecimalsThanTheCurrencyAndAMissingBalanceRow() {
        tamper("UPDATE document_item SET amount = 40.005 WHERE ordinal = 2");
        tamper("DELETE FROM document_item_balance WHERE item_id IN (SELECT id FROM document_item WHERE ordinal = 1)");
        assertThat(verify().differences()).extracting(VerifyService.Difference::toString)
                .contains("4 money: item " + invoice + " #2: 40.0050: expected at most 2 decimals for USD, found more",
                        "2 documents: item " + invoice + " #1 has no balance row: expected one balance row per item,"
                                + " with the item's amount, found a missing or different balance row");
    }

    @Test
    void findsMoreDecimalsOnAPaymentADocumentAndAnApplicationLineAsThePassesReadThem() {
        tamper("UPDATE payment SET amount = amount + 0.001, unapplied_amount = unapplied_amount + 0.001");
        tamper("UPDATE application_item SET amount = amount + 0.004 WHERE id = (SELECT MIN(id) FROM"
                + " application_item)");
        tamper("UPDATE application_item SET amount = amount - 0.004 WHERE id = (SELECT MAX(id) FROM"
                + " application_item)");
        assertThat(verify().differences()).extracting(VerifyService.Difference::toString)
                .contains("4 money: payment " + payment + ": 150.0010: expected at most 2 decimals for USD, found more")
                .anySatisfy(s -> assertThat(s).startsWith("4 money: application lines of item " + invoice + " #")
                        .endsWith(": expected at most 2 decimals for USD, found more"));
    }

    @Test
    void findsMoreDecimalsOnAdjustmentsEachAgainstItsAccountsCurrency() {
        String kobe = books.account("Kobe", "JPY");
        String yen = books.admin().creditBalances().adjust(new CreditBalanceService.AdjustCommand(kobe,
                AdjustmentType.INCREASE, new BigDecimal("500"), null, null, null, null));
        String dollars = books.admin().creditBalances().adjust(new CreditBalanceService.AdjustCommand(acme,
                AdjustmentType.INCREASE, new BigDecimal("12.25"), null, null, null, null));
        assertThat(verify().differences()).as("cents in USD, none in JPY").isEmpty();
        tamper("UPDATE credit_balance_adjustment SET amount = amount + 0.5 WHERE number = '" + yen + "'");
        tamper("UPDATE credit_balance_adjustment SET amount = amount + 0.001 WHERE number = '" + dollars + "'");
        assertThat(verify().differences()).filteredOn(d -> d.book().equals("4 money"))
                .extracting(VerifyService.Difference::toString).containsExactly(
                        "4 money: credit balance adjustment " + yen + ": 500.5000: expected at most 0 decimals for"
                                + " JPY, found more",
                        "4 money: credit balance adjustment " + dollars + ": 12.2510: expected at most 2 decimals"
                                + " for USD, found more");
    }

    @Test
    void findsLinesMovedToAnotherAccountsDocument() {
        String other = linesMovedToAnotherAccount();
        assertCrossed(other);
    }

    @Test
    void findsLinesMovedWholeToAnotherAccountsDocumentAndItsItems() {
        // Each item line still on its line's document: only the accounts (payment's, document's) tell.
        String other = linesMovedToAnotherAccount();
        tamper("UPDATE application_item SET document_item_id = (SELECT i.id FROM document_item i JOIN document d"
                + " ON d.id = i.document_id WHERE d.number = '" + other + "' AND i.ordinal = 1)");
        assertCrossed(other);
    }

    /** The payment's lines per document moved to an invoice of another account; that invoice's number. */
    private String linesMovedToAnotherAccount() {
        String other = books.invoice(books.account("Other", "USD"), LocalDate.of(2026, 10, 1), "100.00");
        tamper("UPDATE application_document SET document_id = (SELECT id FROM document WHERE number = '" + other
                + "')");
        return other;
    }

    private void assertCrossed(String other) {
        assertThat(verify().differences()).extracting(VerifyService.Difference::toString)
                .anySatisfy(s -> assertThat(s).startsWith("2 documents: application item line ")
                        .contains(" of " + payment + " on " + other + ": expected a line on a document of the same"
                                + " account, found a line across accounts or documents"));
    }

    @Test
    void findsAnApplicationWhoseLinesDoNotAddUp() {
        tamper("UPDATE application SET amount = 71");
        assertThat(verify().differences()).extracting(VerifyService.Difference::toString)
                .anySatisfy(s -> assertThat(s).contains("application").contains("lines sum to 70"));
    }

    @Test
    void theQuickCheckAgreesOnGoodBooksAndCatchesATamperedTotal() {
        assertThat(books.clerk().verify().quickCheck()).isEmpty();
        tamper("UPDATE account SET credit_balance = credit_balance + 1");
        assertThat(books.clerk().verify().quickCheck()).extracting(VerifyService.Difference::toString)
                .singleElement().asString().startsWith("totals: credit balances: expected stored total");
        books.database().dsl().execute("UPDATE payment SET applied_amount = applied_amount + 1,"
                + " unapplied_amount = unapplied_amount - 1 WHERE unapplied_amount >= 1");
        assertThat(books.clerk().verify().quickCheck()).extracting(VerifyService.Difference::record)
                .contains("payments applied", "credit balances");
    }

    @Test
    void theQuickCheckCatchesAPostedDocumentsBalanceAndAPostedItemsBalanceApart() {
        tamper("UPDATE document SET balance = balance + 1 WHERE id = (SELECT MIN(id) FROM document"
                + " WHERE status = 'Posted')");
        assertThat(books.clerk().verify().quickCheck()).extracting(VerifyService.Difference::record)
                .containsExactly("posted document balances");
        tamper("UPDATE document SET balance = balance - 1 WHERE id = (SELECT MIN(id) FROM document"
                + " WHERE status = 'Posted')");
        assertThat(books.clerk().verify().quickCheck()).isEmpty();
        tamper("UPDATE document_item_balance SET balance = balance - 1 WHERE balance >= 1 AND item_id ="
                + " (SELECT MIN(b.item_id) FROM document_item_balance b JOIN document_item i ON i.id = b.item_id"
                + " JOIN document d ON d.id = i.document_id WHERE d.status = 'Posted' AND b.balance >= 1)");
        assertThat(books.clerk().verify().quickCheck()).extracting(VerifyService.Difference::record)
                .containsExactly("posted document balances");
    }

    /** Edits history the way only someone who first removed Settle's guard triggers could. */
    /** An edit made with SQL around the guards, which are then put back (so only the edit shows). */
    private void tamper(String sql) {
        RawEdits.aroundGuards(books.database().dsl(), sql);
    }
}
