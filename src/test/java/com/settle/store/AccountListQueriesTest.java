package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.listing.AccountListQuery;
import com.settle.domain.listing.CreditAccountListQuery;
import com.settle.domain.listing.ListSort;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.CreditAccount;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accounts and credit balances lists sorted by their sums, a page at a time: each account once, in order. */
class AccountListQueriesTest {

    @TempDir
    Path folder;

    @Test
    void sortedBySumsPageByPage() {
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            for (int i = 0; i < 7; i++) {
                String a = books.account("Account " + i, "USD");
                if (i % 3 != 0) {
                    books.payment(a, (10 * i) + ".00", LocalDate.of(2026, 9, 1));
                    books.payment(a, "5.00", LocalDate.of(2026, 9, 2));
                }
                for (int k = 0; k < i % 4; k++) {
                    books.invoice(a, LocalDate.of(2026, 8, 1 + k), (i + k) + ".00");
                }
            }
            for (boolean down : new boolean[] {false, true}) {
                AccountListQuery q = new AccountListQuery(null, new ListSort(AccountListQuery.UNAPPLIED, down));
                List<AccountSummary> rows = new ArrayList<>();
                for (int offset = 0; offset < 7; offset += 2) {
                    rows.addAll(books.clerk().accounts().page(q, offset, 2));
                }
                Comparator<AccountSummary> byUnapplied = Comparator.comparing(r -> r.unappliedPayments().amount());
                assertThat(rows).extracting(AccountSummary::number).doesNotHaveDuplicates().hasSize(7);
                assertThat(rows).isSortedAccordingTo(down ? byUnapplied.reversed() : byUnapplied);
                assertThat(rows.get(down ? 0 : 6).unappliedPayments().amount()).isEqualByComparingTo("55.00");

                for (String key : List.of(CreditAccountListQuery.INVOICES, CreditAccountListQuery.INVOICE_BALANCE)) {
                    CreditAccountListQuery c = new CreditAccountListQuery(null, false, new ListSort(key, down));
                    List<CreditAccount> credit = new ArrayList<>();
                    for (int offset = 0; offset < 7; offset += 3) {
                        credit.addAll(books.clerk().creditHistory().page(c, offset, 3));
                    }
                    Comparator<CreditAccount> by = key.equals(CreditAccountListQuery.INVOICES)
                            ? Comparator.comparing(r -> BigDecimal.valueOf(r.openInvoices()))
                            : Comparator.comparing(r -> r.openInvoiceBalance().amount());
                    assertThat(credit).as(key).extracting(CreditAccount::number).doesNotHaveDuplicates().hasSize(7);
                    assertThat(credit).as(key).isSortedAccordingTo(down ? by.reversed() : by);
                }
            }
        }
    }
}
