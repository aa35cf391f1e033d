package com.settle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one formatter: the currency's decimals exactly, the sign first, the user's locale. */
class MoneyTextTest {

    private static Money money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), Currency.getInstance(currency));
    }

    @Test
    void displaysWithTheCurrencyAndItsDecimals() {
        MoneyText us = new MoneyText(Locale.US);
        assertThat(us.display(money("1234.5", "USD"))).isEqualTo("$1,234.50");
        assertThat(us.display(money("-12", "USD"))).isEqualTo("-$12.00");
        assertThat(us.display(money("5000", "JPY"))).isEqualTo("¥5,000");
        assertThat(us.display(money("1.250", "BHD"))).isEqualTo("BHD1.250");
    }

    @Test
    void keepsEachCurrencysFormatApart() {
        MoneyText us = new MoneyText(Locale.US);
        for (int i = 0; i < 3; i++) {
            assertThat(us.display(money("5000", "JPY"))).isEqualTo("¥5,000");
            assertThat(us.display(money("1.250", "BHD"))).isEqualTo("BHD1.250");
            assertThat(us.display(money("-0.5", "EUR"))).isEqualTo("-€0.50");
        }
    }

    @Test
    void plainIsWhatAnAmountFieldAccepts() {
        assertThat(new MoneyText(Locale.US).plain(money("1234.5", "USD"))).isEqualTo("1234.50");
        assertThat(new MoneyText(Locale.GERMANY).plain(money("1234.5", "EUR"))).isEqualTo("1234,50");
    }

    @Test
    void datesInTheLocalesMediumForm() {
        assertThat(new MoneyText(Locale.US).date(LocalDate.of(2026, 6, 20))).isEqualTo("Jun 20, 2026");
        assertThat(new MoneyText(Locale.UK).date(LocalDate.of(2026, 6, 20))).isEqualTo("20 Jun 2026");
        assertThat(new MoneyText(Locale.US).date(null)).isEmpty();
    }
}
