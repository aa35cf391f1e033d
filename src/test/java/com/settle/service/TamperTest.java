package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.PaymentMethod;
import com.settle.store.chain.ChainCheck;
import com.settle.support.RawEdits;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits of saved history made the way someone with the H2 jar could make them on an unprotected file: Settle
 * closed, a plain JDBC connection as {@code sa}, the guard triggers dropped, the edit made, and the guards
 * put back so that only the edit is left to find. Verify books must name each.
 */
class TamperTest {

    private static final LocalDate OCT_5 = LocalDate.of(2026, 10, 5);

    @TempDir
    Path folder;
    String applied;
    String untouched;
    String adjustment;

    @BeforeEach
    void books() {
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            String acme = books.account("Acme", "USD");
            String invoice = books.invoice(acme, LocalDate.of(2026, 10, 1), "60.00", "40.00");
            applied = books.payment(acme, "150.00", OCT_5);
            books.clerk().applications().apply(new ApplicationService.ApplyCommand(applied, OCT_5, null,
                    List.of(), new BigDecimal("70.00"), false));
            untouched = books.payment(acme, "25.00", LocalDate.of(2026, 10, 6));
            books.payment(acme, "35.00", LocalDate.of(2026, 10, 7));
            adjustment = books.admin().creditBalances().adjust(new CreditBalanceService.AdjustCommand(acme,
                    AdjustmentType.INCREASE, new BigDecimal("12.00"), null, null, null, null));
            assertThat(invoice).isNotNull();
            books.assertBalanced();
        }
    }

    private List<String> verify() {
        try (TestBooks books = new TestBooks(folder)) {
            return books.admin().verify().verify().differences().stream().map(VerifyService.Difference::toString)
                    .toList();
        }
    }

    /** Runs the statements over a raw connection around the guards, and puts the guards back. */
    private void tamper(String... sql) {
        RawEdits.aroundGuards(folder, sql);
    }

    private void raw(String... sql) {
        RawEdits.raw(folder, sql);
    }

    @Test
    void untouchedBooksBalanceAndShowTheirChainHead() {
        try (TestBooks books = new TestBooks(folder)) {
            VerifyService.Report report = books.admin().verify().verify();
            assertThat(report.differences()).isEmpty();
            assertThat(report.chainHead().entries()).isGreaterThan(5);
            assertThat(report.chainHead().shortForm()).hasSize(12).isNotEqualTo("000000000000");
        }
    }

    @Test
    void aDroppedGuard() {
        raw("DROP TRIGGER APPLICATION_GUARD");
        assertThat(verify()).containsExactly("6 history: guard APPLICATION_GUARD: expected the trigger that keeps"
                + " saved history as it was written, found missing (removed with SQL)");
    }

    @Test
    void homesOpenTotalsChangedOrTheirTriggerDropped() {
        raw("UPDATE open_total SET balance = balance + 5 WHERE currency = 'USD'");
        assertThat(verify()).containsExactly("2 documents: open balances in USD due 2026-10-31: expected Home's"
                + " total 30 (the open documents), found stored 35");
        raw("UPDATE open_total SET balance = balance - 5 WHERE currency = 'USD'");
        assertThat(verify()).isEmpty();
        raw("INSERT INTO open_total (currency, due_date, balance) VALUES ('EUR', DATE '2027-01-01', 5)");
        assertThat(verify()).containsExactly("2 documents: open balances in EUR due 2027-01-01: expected Home's"
                + " total 0 (the open documents), found stored 5");
        raw("DELETE FROM open_total WHERE currency = 'EUR'");
        raw("DROP TRIGGER DOCUMENT_OPEN_TOTAL");
        try (TestBooks books = new TestBooks(folder)) {
            String account = books.account("Late Ledger", "USD");
            books.invoice(account, LocalDate.of(2026, 11, 2), "30.00");
        }
        assertThat(verify()).as("a document posted while the trigger was gone").anySatisfy(d ->
                assertThat(d).startsWith("2 documents: open balances in USD due "));
    }

    @Test
    void theListsKeptSumsPerAccountChangedOrTheirTriggersDropped() {
        raw("UPDATE account_total SET open_balance = open_balance + 5, unapplied = unapplied + 1");
        assertThat(verify()).anySatisfy(d -> assertThat(d).startsWith("2 documents: account ")
                .contains(" open balance: expected the lists' kept sum ").contains("(from its records), found stored "))
                .anySatisfy(d -> assertThat(d).startsWith("1 payments: account ").contains(" unapplied amount: "));
        raw("UPDATE account_total SET open_balance = open_balance - 5, unapplied = unapplied - 1");
        assertThat(verify()).isEmpty();
        raw("DROP TRIGGER DOCUMENT_ACCOUNT_TOTAL");
        raw("DROP TRIGGER PAYMENT_ACCOUNT_TOTAL");
        try (TestBooks books = new TestBooks(folder)) {
            String account = books.account("Late Ledger", "USD");
            books.invoice(account, LocalDate.of(2026, 11, 2), "30.00");
            books.payment(account, "12.00", LocalDate.of(2026, 11, 2));
        }
        assertThat(verify()).as("a document and a payment saved while the triggers were gone")
                .anySatisfy(d -> assertThat(d).startsWith("2 documents: account ").contains(" open invoices: "))
                .anySatisfy(d -> assertThat(d).startsWith("1 payments: account ").contains(" unapplied amount: "));
    }

    @Test
    void anAdjustmentsAmountChanged() {
        tamper("UPDATE credit_balance_adjustment SET amount = 120 WHERE number = '" + adjustment + "'",
                "UPDATE credit_balance_entry SET amount = 120, balance_after = 120",
                "UPDATE account SET credit_balance = 120");
        assertThat(verify()).anySatisfy(d -> assertThat(d).startsWith("6 history: credit balance adjustment "
                + adjustment + " (history chain entry").contains("found a changed value"));
    }

    @Test
    void aPaymentWithNothingAppliedDeleted() {
        tamper("DELETE FROM payment WHERE number = '" + untouched + "'");
        assertThat(verify()).contains("6 history: " + untouched + ": expected every number up to the last one"
                + " handed out, found missing (deleted outside Settle)").anySatisfy(d -> assertThat(d)
                .startsWith("6 history: payment").contains("found 0 rows (rows deleted outside Settle)"));
    }

    @Test
    void aPaymentsAmountAndUnappliedPartRaisedTogether() {
        tamper("UPDATE payment SET amount = amount + 100, unapplied_amount = unapplied_amount + 100 WHERE number = '"
                + applied + "'");
        assertThat(verify()).anySatisfy(d -> assertThat(d).startsWith("6 history: payment " + applied
                + " (history chain entry").contains("found a changed value"));
    }

    @Test
    void anApplicationItemLineChangedAndAPaymentWrittenOutsideSettleBreakTheChain() {
        tamper("UPDATE application_item SET amount = amount + 1 WHERE id = (SELECT MIN(id) FROM application_item)",
                "UPDATE application_item SET amount = amount - 1 WHERE id = (SELECT MAX(id) FROM application_item)",
                "INSERT INTO payment (number, account_id, currency, amount, effective_date, method, status,"
                        + " unapplied_amount, created_by_id, created_at) SELECT 'P-00000009', account_id, currency, 1,"
                        + " effective_date, method, status, 1, created_by_id, created_at FROM payment WHERE number = '"
                        + untouched + "'");
        assertThat(verify()).anySatisfy(d -> assertThat(d).startsWith("6 history: application item line")
                        .contains("found a changed value"))
                .contains("6 history: payment P-00000009: expected an entry in the history chain, found none (written"
                        + " outside Settle)");
    }

    @Test
    void aPaymentsDateMovedAfterItsApplications() {
        tamper("UPDATE payment SET effective_date = DATE '2026-10-20' WHERE number = '" + applied + "'");
        assertThat(verify()).contains("1 payments: " + applied + " (dated 2026-10-20, applied 2026-10-05): expected"
                + " applied on or after the payment's date, found applied before it").anySatisfy(d -> assertThat(d)
                .startsWith("6 history: payment " + applied + " (history chain entry"));
    }

    @Test
    void theChainReadARangeOfIdsAtATimeFindsWhatOneReadFinds() {
        tamper("UPDATE payment SET amount = amount + 100, unapplied_amount = unapplied_amount + 100 WHERE number = '"
                + applied + "'", "UPDATE document_item SET description = 'changed' WHERE ordinal = 2");
        try (TestBooks books = new TestBooks(folder)) {
            Transactions tx = new Transactions(books.database().dsl());
            List<ChainCheck.Break> whole = ChainCheck.check(tx::read, Runnable::run, Long.MAX_VALUE / 2);
            assertThat(whole).hasSize(2);
            for (long ids : new long[] {1, 2, 3}) {
                assertThat(ChainCheck.check(tx::read, Runnable::run, ids)).as("%d ids a read", ids)
                        .isEqualTo(whole);
            }
        }
    }

    @Test
    void anApplicationLineChangedNoLongerMatchesItsApplicationNorItsItems() {
        tamper("UPDATE application_document SET amount = amount + 1");
        assertThat(verify()).anySatisfy(d -> assertThat(d).startsWith("1 payments: application ").contains(" of "
                + applied + ": expected stored amount 70").contains("found lines sum to 71"))
                .anySatisfy(d -> assertThat(d).startsWith("1 payments: application ").contains(" line for INV-")
                        .contains("expected stored amount 71").contains("found lines sum to 70"));
    }

    @Test
    void anApplicationMovedIntoAClosedPeriodByHand() {
        try (TestBooks books = new TestBooks(folder)) {
            books.admin().closing().close(LocalDate.of(2026, 10, 31), null);
        }
        tamper("UPDATE application SET created_at = CURRENT_TIMESTAMP");
        assertThat(verify()).anySatisfy(d -> assertThat(d).isEqualTo("8 closed periods: application of " + applied
                + " dated 2026-10-05, written while the books were closed through 2026-10-31: expected nothing dated on"
                + " or before the closing date in force, found a record dated inside it"));
    }

    @Test
    void aRewrittenChainEntryBreaksTheLinksAfterIt() {
        tamper("UPDATE history_chain SET row_digest = '" + "a".repeat(64) + "' WHERE seq = 2");
        assertThat(verify()).anySatisfy(d -> assertThat(d).startsWith("6 history: history chain entry 2:"))
                .anySatisfy(d -> assertThat(d).contains("(history chain entry 2)"));
    }

    @Test
    void aRowAddedOutsideSettleIsNotInTheChain() {
        tamper("INSERT INTO refund (number, account_id, source, amount, refund_date, method, created_by_id,"
                + " created_at) SELECT 'R-00000009', id, 'CreditBalance', 1, DATE '2026-10-09', 'Cash',"
                + " (SELECT MIN(id) FROM app_user), CURRENT_TIMESTAMP FROM account");
        assertThat(verify()).contains("6 history: refund R-00000009: expected an entry in the history chain, found"
                + " none (written outside Settle)");
    }

    @Test
    void aRowAddedOutsideSettleStaysOutOfTheChainWhenSettleWritesMoreOfItsKind() {
        tamper("INSERT INTO refund (number, account_id, source, amount, refund_date, method, created_by_id,"
                + " created_at) SELECT 'R-00000009', id, 'CreditBalance', 1, DATE '2026-10-09', 'Cash',"
                + " (SELECT MIN(id) FROM app_user), CURRENT_TIMESTAMP FROM account");
        try (TestBooks books = new TestBooks(folder)) {
            // A refund of its own: the transaction that writes it chains its rows, not the stranger before them.
            books.clerk().payments().refund(new PaymentService.RefundCommand(untouched, new BigDecimal("5.00"),
                    LocalDate.of(2026, 10, 8), PaymentMethod.CHECK, null, "Customer request", null, null));
        }
        assertThat(verify()).contains("6 history: refund R-00000009: expected an entry in the history chain, found"
                + " none (written outside Settle)");
    }

    @Test
    void writeOffsClosingDateChangesAndJournalRunsAreInTheChainToo() {
        try (TestBooks books = new TestBooks(folder)) {
            books.admin().writeOffs().writeOff(new WriteOffService.WriteOffCommand("INV-00000001", null, null, OCT_5,
                    null, null, null, false));
            var run = books.admin().journal().run(LocalDate.of(2026, 10, 31), null, null);
            books.admin().journal().mark(run.number(), true, null);
            books.admin().closing().close(LocalDate.of(2026, 10, 31), null);
            books.assertBalanced();
        }
        tamper("UPDATE write_off SET comment = 'never mind' WHERE number = 'WO-00000001'",
                "UPDATE journal_run SET status = 'Error' WHERE number = 'JR-00000001'",
                "UPDATE closing_date_change SET through_date = DATE '2026-09-30'");
        assertThat(verify()).anySatisfy(d -> assertThat(d).startsWith("6 history: write-off WO-00000001 (history"
                        + " chain entry").contains("found a changed value"))
                .anySatisfy(d -> assertThat(d).startsWith("6 history: journal run marked JR-00000001 (history"
                        + " chain entry").contains("found a changed value"))
                .anySatisfy(d -> assertThat(d).startsWith("6 history: closing date change"));
    }
    @Test
    void aDraftSavedAgainAfterALaterDocumentIsStillCheckedItemByItem() {
        String first;
        String second;
        try (TestBooks books = new TestBooks(folder)) {
            String beta = books.account("Beta", "USD");
            first = books.clerk().documents().create(draft(beta, "10.00", "20.00", "30.00"));
            second = books.clerk().documents().create(draft(beta, "5.00"));
            // Saved again: the first draft's items are written anew, after the second's.
            books.clerk().documents().updateDraft(first, draft(beta, "11.00", "21.00", "31.00"));
            books.clerk().documents().post(second);
            books.clerk().documents().post(first);
            books.assertBalanced();
        }
        tamper("UPDATE document_item SET description = 'changed' WHERE ordinal = 3 AND document_id ="
                + " (SELECT id FROM document WHERE number = '" + first + "')");
        assertThat(verify()).singleElement().satisfies(d -> assertThat(d).startsWith("6 history: document posting "
                + first + " (history chain entry").contains("found a changed value"));
    }

    @Test
    void anItemAddedOutsideSettleToAPostedDocumentAfterOthersWereWritten() {
        try (TestBooks books = new TestBooks(folder)) {
            books.invoice(books.account("Beta", "USD"), LocalDate.of(2026, 10, 2), "7.00");
        }
        tamper("INSERT INTO document_item (document_id, ordinal, charge_name, quantity, unit_price, amount)"
                + " SELECT id, 9, 'Extra', 1, 1, 1 FROM document WHERE number = 'INV-00000001'");
        assertThat(verify()).anySatisfy(d -> assertThat(d).startsWith("6 history: document posting INV-00000001"
                + " (history chain entry").contains("found a changed value"));
    }

    private static DocumentService.NewDocumentCommand draft(String account, String... amounts) {
        List<DocumentService.ItemCommand> items = new ArrayList<>();
        for (String amount : amounts) {
            items.add(new DocumentService.ItemCommand("Charge", null, null, null, BigDecimal.ONE,
                    new BigDecimal(amount), null));
        }
        return new DocumentService.NewDocumentCommand(DocumentType.INVOICE, account, LocalDate.of(2026, 10, 3),
                LocalDate.of(2026, 11, 2), null, false, items);
    }
}
