package com.settle.service;

import com.settle.domain.model.AccountingTransfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.HistoryFilter;
import com.settle.domain.model.HistoryLine;
import com.settle.domain.model.HistoryType;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.PlannedCredit;
import com.settle.service.CreditApplicationService.ApplyCreditCommand;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.service.DocumentService;
import com.settle.support.BooksTest;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The seed's cases for applying a credit balance, the batch run, refunds, cancellation and the history. */
class CreditApplicationServiceTest extends BooksTest {

    private static final LocalDate OCT = LocalDate.of(2026, 10, 1);

    private String credit(String account, String amount) {
        return books.clerk().creditBalances().adjust(new AdjustCommand(account, AdjustmentType.INCREASE,
                new BigDecimal(amount), "Goodwill", null, null, null));
    }

    private BigDecimal creditBalance(String account) {
        return books.clerk().creditHistory().head(account).balance().amount();
    }

    private BigDecimal invoiceBalance(String number) {
        return books.clerk().documents().list().stream().filter(d -> d.number().equals(number)).findFirst()
                .orElseThrow().balance().amount();
    }

    private PlannedCredit apply(String invoice, String amount) {
        return books.clerk().creditApplications().applyToInvoice(new ApplyCreditCommand(acme, invoice,
                amount == null ? null : new BigDecimal(amount), null, null, null, null));
    }

    @Test
    void creditAboveTheInvoiceBalanceAppliesTheInvoiceBalance() {
        String inv = books.invoice(acme, OCT, "30.00", "10.00");
        credit(acme, "100.00");
        PlannedCredit done = apply(null, null);
        assertThat(done.invoiceNumber()).isEqualTo(inv);
        assertThat(done.amount().amount()).isEqualByComparingTo("40.00");
        assertThat(invoiceBalance(inv)).isEqualByComparingTo("0.00");
        assertThat(creditBalance(acme)).isEqualByComparingTo("60.00");
    }

    @Test
    void creditBelowTheInvoiceBalanceAppliesTheWholeCreditSpreadOverTheItems() {
        String inv = books.invoice(acme, OCT, "30.00", "10.00");
        credit(acme, "25.00");
        assertThat(apply(inv, null).amount().amount()).isEqualByComparingTo("25.00");
        assertThat(invoiceBalance(inv)).isEqualByComparingTo("15.00");
        assertThat(creditBalance(acme)).isEqualByComparingTo("0.00");
        assertThatThrownBy(() -> apply(inv, "1.00")).hasMessage("Account " + acme + " has no credit balance to apply.");
    }

    @Test
    void anAmountMayBeLoweredButNeverRaisedAboveTheCreditOrTheInvoice() {
        String inv = books.invoice(acme, OCT, "30.00");
        credit(acme, "50.00");
        assertThatThrownBy(() -> apply(inv, "30.01")).hasMessage("Amount $30.01 is more than its balance $30.00");
        assertThatThrownBy(() -> apply(inv, "0.001")).hasMessageContaining("Amount");
        assertThat(apply(inv, "12.34").amount().amount()).isEqualByComparingTo("12.34");
        assertThat(invoiceBalance(inv)).isEqualByComparingTo("17.66");
        assertThat(creditBalance(acme)).isEqualByComparingTo("37.66");
    }

    @Test
    void theBatchPaysSeveralInvoicesOldestFirstUntilTheCreditIsUsedUp() {
        String newer = books.invoice(acme, OCT.plusDays(20), "50.00");
        String oldest = books.invoice(acme, OCT, "30.00");
        String middle = books.invoice(acme, OCT.plusDays(10), "40.00");
        credit(acme, "80.00");
        String other = books.account("Other", "JPY");
        books.invoice(other, OCT, "1000");
        List<PlannedCredit> preview = books.clerk().creditApplications().previewAll();
        assertThat(preview).extracting(PlannedCredit::invoiceNumber).containsExactly(oldest, middle, newer);
        assertThat(preview).extracting(p -> p.amount().amount().toPlainString()).containsExactly("30.00", "40.00",
                "10.00");
        assertThat(invoiceBalance(oldest)).as("a preview saves nothing").isEqualByComparingTo("30.00");
        int[] progress = {0};
        var result = books.clerk().creditApplications().applyAll((done, total) -> progress[0] = done, () -> false);
        assertThat(result.applied()).hasSize(3);
        assertThat(result.refused()).isEmpty();
        assertThat(progress[0]).isEqualTo(1);
        assertThat(invoiceBalance(oldest)).isEqualByComparingTo("0.00");
        assertThat(invoiceBalance(middle)).isEqualByComparingTo("0.00");
        assertThat(invoiceBalance(newer)).isEqualByComparingTo("40.00");
        assertThat(creditBalance(acme)).isEqualByComparingTo("0.00");
        assertThat(books.clerk().creditApplications().previewAll()).isEmpty();
    }

    @Test
    void aRefusalInABatchGroupUndoesOnlyThatAccount() {
        // Accounts go in groups through a few set-based statements; when the group is refused, its
        // accounts are applied one by one and only the account at fault is refused.
        String bad = books.account("Broken", "USD");
        String other = books.account("Other", "USD");
        books.invoice(acme, OCT, "10.00");
        String broken = books.invoice(bad, OCT, "10.00", "15.00");
        books.invoice(other, OCT, "20.00");
        credit(acme, "5.00");
        credit(bad, "30.00");
        credit(other, "30.00");
        // The broken invoice's items hold less than its balance (as if a bug had changed one): its split fails.
        var dsl = books.database().dsl();
        dsl.execute("UPDATE document_item_balance SET balance = 5.00 WHERE item_id = (SELECT id FROM document_item"
                + " WHERE ordinal = 2 AND document_id = (SELECT id FROM document WHERE number = ?))", broken);
        var result = books.clerk().creditApplications().applyAll((done, total) -> { }, () -> false);
        assertThat(result.applied()).extracting(PlannedCredit::accountNumber).containsExactly(acme, other);
        assertThat(result.refused()).singleElement().asString().startsWith(bad + ": ");
        assertThat(creditBalance(bad)).isEqualByComparingTo("30.00");
        assertThat(creditBalance(acme)).isEqualByComparingTo("0.00");
        assertThat(creditBalance(other)).isEqualByComparingTo("10.00");
        dsl.execute("UPDATE document_item_balance SET balance = 15.00 WHERE item_id = (SELECT id FROM document_item"
                + " WHERE ordinal = 2 AND document_id = (SELECT id FROM document WHERE number = ?))", broken);
    }

    @Test
    void aBatchGroupWritesTheSameRowsAsOneAccountAtATime() {
        // Three invoices over two accounts in one group: numbers, history lines, running balances and
        // item splits as the one-by-one path writes them (Verify books checks them after the test).
        String second = books.account("Second", "USD");
        String a1 = books.invoice(acme, OCT, "10.00", "5.00");
        String a2 = books.invoice(acme, OCT.plusDays(1), "20.00");
        String s1 = books.invoice(second, OCT, "7.00");
        credit(acme, "25.00");
        credit(second, "3.00");
        var result = books.clerk().creditApplications().applyAll((done, total) -> { }, () -> false);
        assertThat(result.applied()).extracting(PlannedCredit::invoiceNumber).containsExactly(a1, a2, s1);
        assertThat(result.applied()).extracting(PlannedCredit::adjustmentNumber)
                .containsExactly("CBA-00000003", "CBA-00000004", "CBA-00000005");
        List<HistoryLine> lines = books.clerk().creditHistory().all(books.clerk().creditHistory().head(acme),
                HistoryFilter.ALL);
        assertThat(lines).extracting(l -> l.seq() + " " + l.type().code() + " " + l.amount().amount().toPlainString()
                + " " + l.balanceAfter().amount().toPlainString())
                .containsExactly("3 applied_to_invoice -10.00 0.00", "2 applied_to_invoice -15.00 10.00",
                        "1 adjustment 25.00 25.00");
        assertThat(invoiceBalance(a1)).isEqualByComparingTo("0.00");
        assertThat(invoiceBalance(a2)).isEqualByComparingTo("10.00");
        assertThat(invoiceBalance(s1)).isEqualByComparingTo("4.00");
        assertThat((BigDecimal) books.database().dsl().fetchValue(
                "SELECT SUM(amount) FROM credit_balance_adjustment_item")).isEqualByComparingTo("28.00");
    }

    @Test
    void aCanceledBatchStopsBetweenAccountsAndKeepsWhatIsDone() {
        String a2 = books.account("Second", "USD");
        books.invoice(acme, OCT, "10.00");
        books.invoice(a2, OCT, "10.00");
        credit(acme, "5.00");
        credit(a2, "5.00");
        var result = books.clerk().creditApplications().applyAll((done, total) -> { }, new BooleanSupplier() {
            private int asked;

            @Override
            public boolean getAsBoolean() {
                return asked++ >= 1;
            }
        });
        assertThat(result.canceled()).isTrue();
        assertThat(result.applied()).hasSize(1);
        assertThat(creditBalance(acme)).isEqualByComparingTo("0.00");
        assertThat(creditBalance(a2)).isEqualByComparingTo("5.00");
    }

    @Test
    void cancellingAnApplicationRestoresTheInvoiceAndAddsAnUnappliedFromInvoiceLine() {
        String inv = books.invoice(acme, OCT, "30.00", "10.00");
        credit(acme, "100.00");
        String cba = apply(inv, null).adjustmentNumber();
        books.clerk().creditBalances().cancel(cba);
        assertThat(invoiceBalance(inv)).isEqualByComparingTo("40.00");
        assertThat(creditBalance(acme)).isEqualByComparingTo("100.00");
        var head = books.clerk().creditHistory().head(acme);
        List<HistoryLine> lines = books.clerk().creditHistory().all(head, HistoryFilter.ALL);
        assertThat(lines).extracting(HistoryLine::type).containsExactly(HistoryType.UNAPPLIED_FROM_INVOICE,
                HistoryType.APPLIED_TO_INVOICE, HistoryType.ADJUSTMENT);
        assertThat(lines).extracting(l -> l.amount().amount().toPlainString()).containsExactly("40.00", "-40.00",
                "100.00");
        assertThat(lines).extracting(l -> l.balanceAfter().amount().toPlainString()).containsExactly("100.00",
                "60.00", "100.00");
        assertThat(lines.get(1).status().code()).isEqualTo("Canceled");
        assertThat(books.clerk().creditHistory().all(head, new HistoryFilter(null, null,
                HistoryType.APPLIED_TO_INVOICE))).hasSize(1);
    }

    @Test
    void aNegativeInvoiceBalanceBecomesCredit() {
        String inv = books.invoice(acme, OCT, "-25.00");
        String cba = books.clerk().creditApplications().transferFromInvoice(inv, null, null, null, "Credit invoice");
        assertThat(creditBalance(acme)).isEqualByComparingTo("25.00");
        assertThat(invoiceBalance(inv)).isEqualByComparingTo("0.00");
        assertThatThrownBy(() -> books.clerk().creditApplications().transferFromInvoice(inv, null, null, null, null))
                .hasMessageContaining("has no negative balance to transfer");
        books.clerk().creditBalances().cancel(cba);
        assertThat(invoiceBalance(inv)).isEqualByComparingTo("-25.00");
    }

    /**
     * Only an invoice is transferred to the credit balance, as the document page always said; the service
     * once moved a debit memo's negative balance too.
     */
    @Test
    void aDebitMemosNegativeBalanceIsNotTransferred() {
        String memo = books.clerk().documents().create(new DocumentService.NewDocumentCommand(DocumentType.DEBIT_MEMO,
                acme, OCT, OCT.plusDays(30), null, true, List.of(new DocumentService.ItemCommand("Credit", null, null,
                null, BigDecimal.ONE, new BigDecimal("-5.00"), null))));
        assertThatThrownBy(() -> books.clerk().creditApplications().transferFromInvoice(memo, null, null, null, null))
                .hasMessage(memo + " is a debit memo; only an invoice's negative balance moves to the credit balance.");
        assertThat(creditBalance(acme)).isEqualByComparingTo("0.00");
    }

    @Test
    void aNegativeBalanceNextToAPositiveItemMovesOnlyTheNetAmount() {
        // 10.00 charged, 15.00 credited on one invoice: the invoice owes the customer 5.00, not 15.00.
        String inv = books.invoice(acme, OCT, "10.00", "-15.00");
        assertThat(invoiceBalance(inv)).isEqualByComparingTo("-5.00");
        String cba = books.clerk().creditApplications().transferFromInvoice(inv, null, null, null, null);
        assertThat(creditBalance(acme)).isEqualByComparingTo("5.00");
        assertThat(invoiceBalance(inv)).isEqualByComparingTo("0.00");
        assertThat(books.clerk().documents().detail(inv).items()).extracting(i -> i.balance().amount().toPlainString())
                .containsExactly("10.00", "-10.00");
        books.assertBalanced();
        books.clerk().creditBalances().cancel(cba);
        assertThat(invoiceBalance(inv)).isEqualByComparingTo("-5.00");
        assertThat(books.clerk().documents().detail(inv).items()).extracting(i -> i.balance().amount().toPlainString())
                .containsExactly("10.00", "-15.00");
    }

    @Test
    void aRefundOfCreditIsARefundRecordAndADecrease() {
        credit(acme, "50.00");
        String cba = books.clerk().creditBalances().refund(new CreditBalanceService.RefundCommand(acme,
                new BigDecimal("20.00"), null, PaymentMethod.BANK_TRANSFER, "WIRE-9", null, null));
        assertThat(creditBalance(acme)).isEqualByComparingTo("30.00");
        var line = books.clerk().creditHistory().all(books.clerk().creditHistory().head(acme), HistoryFilter.ALL).get(0);
        assertThat(line.adjustmentNumber()).isEqualTo(cba);
        assertThat(line.type()).isEqualTo(HistoryType.REFUND);
        assertThat(line.sourceType()).isEqualTo("Refund");
        assertThat(line.sourceNumber()).startsWith("R-");
        assertThatThrownBy(() -> books.clerk().creditBalances().refund(new CreditBalanceService.RefundCommand(acme,
                new BigDecimal("30.01"), null, PaymentMethod.CHECK, null, null, null)))
                .hasMessage("Amount $30.01 is more than the credit balance $30.00; a credit balance cannot go below zero");
    }

    @Test
    void onlyReasonCodeAndTransferredToAccountingCanBeEdited() {
        String cba = credit(acme, "10.00");
        books.clerk().creditBalances().update(new CreditBalanceService.UpdateCommand(cba, "Overpayment",
                AccountingTransfer.parse("Transferred to accounting", "yes")));
        var line = books.clerk().creditHistory().all(books.clerk().creditHistory().head(acme), HistoryFilter.ALL).get(0);
        assertThat(line.reasonCode()).isEqualTo("Overpayment");
        assertThat(line.transferredToAccounting()).isEqualTo(AccountingTransfer.YES);
        assertThatThrownBy(() -> AccountingTransfer.parse("Transferred to accounting", "Maybe")).hasMessage("Transferred to accounting 'Maybe' is not one of Processing, Yes, Error, Ignore");
    }

    @Test
    void theDatabaseRefusesRawEditsAndDeletesOfHistory() {
        String cba = credit(acme, "10.00");
        var dsl = books.database().dsl();
        assertThatThrownBy(() -> dsl.execute("UPDATE credit_balance_adjustment SET amount = 11 WHERE number = ?", cba))
                .hasMessageContaining("column AMOUNT is fixed once written");
        assertThatThrownBy(() -> dsl.execute("UPDATE credit_balance_adjustment SET comment = 'x' WHERE number = ?",
                cba)).hasMessageContaining("column COMMENT is fixed once written");
        assertThatThrownBy(() -> dsl.execute("DELETE FROM credit_balance_adjustment WHERE number = ?", cba))
                .hasMessageContaining("cannot be deleted");
        assertThatThrownBy(() -> dsl.execute("UPDATE credit_balance_entry SET amount = 11"))
                .hasMessageContaining("fixed once written");
        assertThatThrownBy(() -> dsl.execute("DELETE FROM credit_balance_entry")).hasMessageContaining("cannot be deleted");
        dsl.execute("UPDATE credit_balance_adjustment SET transferred_to_accounting = 'Error' WHERE number = ?", cba);
        books.clerk().creditBalances().cancel(cba);
        assertThatThrownBy(() -> dsl.execute("UPDATE credit_balance_adjustment SET status = 'Processed',"
                + " cancelled_on = NULL WHERE number = ?", cba)).hasMessageContaining("Saved history cannot be edited");
    }

    @Test
    void permissionsAreCheckedInTheServices() {
        var dsl = books.database().dsl();
        dsl.execute("INSERT INTO app_user (username, display_name) VALUES ('viewer', 'Read only')");
        dsl.execute("INSERT INTO user_role (user_id, role_code) SELECT id, 'Viewer' FROM app_user WHERE username = 'viewer'");
        Services viewer = new Services(dsl, "viewer", TestBooks.CLOCK);
        books.invoice(acme, OCT, "10.00");
        credit(acme, "10.00");
        assertThatThrownBy(() -> viewer.creditApplications().applyToInvoice(new ApplyCreditCommand(acme, null, null,
                null, null, null, null))).hasMessageContaining("CREDIT_BALANCE_APPLY");
        assertThatThrownBy(() -> viewer.creditApplications().applyAll((d, t) -> { }, () -> false))
                .hasMessageContaining("CREDIT_BALANCE_APPLY");
        assertThatThrownBy(() -> viewer.creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.INCREASE,
                BigDecimal.ONE, null, null, null, null))).hasMessageContaining("CREDIT_BALANCE_ADJUSTMENT_CREATE");
        assertThatThrownBy(() -> viewer.creditBalances().cancel("CBA-00000001"))
                .hasMessageContaining("CREDIT_BALANCE_ADJUSTMENT_CANCEL");
        assertThatThrownBy(() -> viewer.creditBalances().refund(new CreditBalanceService.RefundCommand(acme,
                BigDecimal.ONE, null, PaymentMethod.CASH, null, null, null))).hasMessageContaining("CREDIT_BALANCE_REFUND");
        assertThat(creditBalance(acme)).isEqualByComparingTo("10.00");
    }
}
