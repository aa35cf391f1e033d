package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.HomeFigures;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.support.BooksTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Home's figures per currency: receivables, unapplied payments, credit balances and aging by days past due. */
class HomeServiceTest extends BooksTest {

    @Test
    void totalsAndAgingPerCurrency() {
        // Today is 2026-11-23; invoices fall due 30 days after their date.
        books.invoice(acme, LocalDate.of(2026, 11, 1), "100.00");   // due 12-01: current
        books.invoice(acme, LocalDate.of(2026, 10, 10), "20.00");   // due 11-09: 14 days late
        books.invoice(acme, LocalDate.of(2026, 9, 1), "3.00");      // due 10-01: 53 days late
        books.invoice(acme, LocalDate.of(2026, 7, 1), "0.50");      // due 07-31: 115 days late
        books.payment(acme, "40.00", LocalDate.of(2026, 11, 20));
        books.clerk().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.INCREASE,
                new BigDecimal("7.00"), null, null, null, null));
        String yen = books.account("Tokyo", "JPY");
        books.invoice(yen, LocalDate.of(2026, 8, 20), "5000");     // due 09-19: 65 days late

        var home = books.clerk().home().home();
        assertThat(home.currencies()).extracting(HomeFigures::currency).containsExactly("JPY", "USD");
        HomeFigures usd = home.currencies().get(1);
        assertThat(usd.receivables().amount()).isEqualByComparingTo("123.50");
        assertThat(usd.unappliedPayments().amount()).isEqualByComparingTo("40.00");
        assertThat(usd.creditBalances().amount()).isEqualByComparingTo("7.00");
        assertThat(usd.aging()).extracting(e -> e.getValue().amount().toPlainString())
                .containsExactly("100.00", "20.00", "3.00", "0.00", "0.50");
        assertThat(home.currencies().get(0).days61to90().amount()).isEqualByComparingTo("5000");
        assertThat(home.queuedAccounts()).isEqualTo(1);
    }
}
