package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.AdjustmentType;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.store.BooksQueries.AccountFigures;
import com.settle.store.CreditPass;
import com.settle.support.RawEdits;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Book 3 of Verify books reads the credit tables once each and joins them in arrays ({@link CreditPass}). Against
 * the SQL it replaced, kept here as the reference, it must find the same on books edited by hand in every way a
 * history can be broken, and Verify books must report each edit.
 */
class CreditBookTamperTest {

    @TempDir
    Path folder;

    @BeforeEach
    void books() {
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            String acme = books.account("Acme", "USD");
            String beta = books.account("Beta", "EUR");
            books.account("Idle", "USD");
            adjust(books, acme, AdjustmentType.INCREASE, "30.00");
            adjust(books, acme, AdjustmentType.DECREASE, "5.00");
            String canceled = adjust(books, acme, AdjustmentType.INCREASE, "12.00");
            books.admin().creditBalances().cancel(canceled);
            adjust(books, beta, AdjustmentType.INCREASE, "7.00");
            books.assertBalanced();
        }
    }

    private static String adjust(TestBooks books, String account, AdjustmentType type, String amount) {
        return books.admin().creditBalances().adjust(new AdjustCommand(account, type, new BigDecimal(amount), null,
                null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UPDATE credit_balance_entry SET seq = 9 WHERE seq = 2 AND account_id = (SELECT MIN(account_id) FROM"
                + " credit_balance_entry)",
        "UPDATE credit_balance_entry SET amount = amount + 1 WHERE seq = 1",
        "UPDATE credit_balance_entry SET balance_after = balance_after + 2 WHERE seq = 2",
        "DELETE FROM credit_balance_entry WHERE seq = 2",
        "UPDATE account SET credit_entries = credit_entries + 1",
        "UPDATE account SET credit_balance = credit_balance + 3",
        "UPDATE credit_balance_entry SET account_id = (SELECT MAX(id) FROM account), seq = 1 WHERE seq = 4",
        "UPDATE credit_balance_adjustment SET status = 'Processed', cancelled_on = NULL WHERE status = 'Canceled'",
        "UPDATE credit_balance_adjustment SET amount = amount * 2 WHERE type = 'Decrease'",
        "UPDATE credit_balance_adjustment SET account_id = (SELECT MAX(id) FROM account) WHERE type = 'Decrease'",
        "UPDATE credit_balance_entry SET balance_after = 0, amount = -amount WHERE kind = 'Cancellation'",
    })
    void findsWhatTheJoinsFoundAndVerifyReportsIt(String edit) {
        RawEdits.aroundGuards(folder, edit);
        try (TestBooks books = new TestBooks(folder)) {
            DSLContext t = books.database().dsl();
            CreditPass pass = CreditPass.read(t);
            assertThat(text(pass.accounts())).isEqualTo(text(accountsByJoin(t)));
            List<String> events = new ArrayList<>();
            pass.ledgerEvents(e -> events.add(e.accountNumber() + " " + e.seq() + " " + e.number() + " " + e.kind()
                    + " " + plain(e.expectedAmount()) + " " + plain(e.amount()) + " " + plain(e.balanceAfter())));
            assertThat(events).isEqualTo(eventsByJoin(t)).isNotEmpty();
            assertThat(pass.adjustmentsWithoutTheirLines()).isEqualTo(adjustmentsWithoutLinesByJoin(t));
            List<VerifyService.Difference> found = books.admin().verify().verify().differences();
            assertThat(found).as(edit).anySatisfy(d -> assertThat(d.book()).isEqualTo("3 credit balance"));
            // The history chain covers the history lines and the adjustments too, read with them.
            String table = edit.startsWith("UPDATE account") ? "account" : edit.split(" ")[edit.startsWith("DELETE")
                    ? 2 : 1];
            if (!table.equals("account")) {
                String label = table.equals("credit_balance_entry") ? "credit balance history line"
                        : "credit balance adjustment";
                assertThat(found).as(edit).anySatisfy(d -> assertThat(d.book() + ": " + d.record())
                        .startsWith("6 history: " + label));
            }
        }
    }

    private static List<String> text(List<AccountFigures> accounts) {
        return accounts.stream().map(a -> a.number() + " " + a.currency() + " " + plain(a.creditBalance()) + " "
                + plain(a.fromLedger())).toList();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static List<AccountFigures> accountsByJoin(DSLContext t) {
        return t.fetch("""
                SELECT a.number, a.currency, a.credit_balance,
                  COALESCE(SUM(CASE WHEN c.status = 'Processed'
                                    THEN CASE WHEN c.type = 'Increase' THEN c.amount ELSE -c.amount END END), 0)
                FROM account a LEFT JOIN credit_balance_adjustment c ON c.account_id = a.id
                GROUP BY a.id, a.number, a.currency, a.credit_balance
                ORDER BY a.number""").map(r -> new AccountFigures(r.get(0, String.class), r.get(1, String.class),
                r.get(2, BigDecimal.class), r.get(3, BigDecimal.class)));
    }

    private static List<String> eventsByJoin(DSLContext t) {
        List<String> out = new ArrayList<>();
        for (Record r : t.fetch("""
                SELECT a.number, e.seq, c.number, e.kind,
                  CASE WHEN (c.type = 'Increase') = (e.kind = 'Adjustment') THEN c.amount ELSE -c.amount END,
                  e.amount, e.balance_after
                FROM credit_balance_entry e
                JOIN account a ON a.id = e.account_id
                JOIN credit_balance_adjustment c ON c.id = e.adjustment_id
                ORDER BY e.account_id, e.seq""")) {
            out.add(r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(3) + " " + plain(r.get(4, BigDecimal.class))
                    + " " + plain(r.get(5, BigDecimal.class)) + " " + plain(r.get(6, BigDecimal.class)));
        }
        return out;
    }

    private static List<String> adjustmentsWithoutLinesByJoin(DSLContext t) {
        return t.fetch("""
                SELECT c.number || ' (' || c.status || ') has ' || COUNT(e.id) || ' history lines'
                FROM credit_balance_adjustment c
                LEFT JOIN credit_balance_entry e ON e.adjustment_id = c.id AND e.account_id = c.account_id
                GROUP BY c.id, c.number, c.status
                HAVING COUNT(e.id) <> CASE WHEN c.status = 'Canceled' THEN 2 ELSE 1 END
                ORDER BY c.number""").map(r -> r.get(0, String.class));
    }
}
