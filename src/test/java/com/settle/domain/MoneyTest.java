package com.settle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency BHD = Currency.getInstance("BHD");

    @Test
    void scaleComesFromTheCurrency() {
        assertThat(Money.of(new BigDecimal("5"), USD).amount().scale()).isEqualTo(2);
        assertThat(Money.of(new BigDecimal("5"), JPY).amount().scale()).isZero();
        assertThat(Money.of(new BigDecimal("5.1"), BHD).amount().toPlainString()).isEqualTo("5.100");
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyInsteadOfRounding() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.005"), USD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more decimals");
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.5"), JPY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of(new BigDecimal("1.0000"), JPY).amount()).isEqualByComparingTo("1");
    }

    @Test
    void arithmeticStaysInOneCurrency() {
        Money a = Money.of("10.25", "USD");
        assertThat(a.plus(Money.of("0.75", "USD"))).isEqualTo(Money.of("11.00", "USD"));
        assertThat(a.minus(Money.of("20", "USD")).isNegative()).isTrue();
        assertThatThrownBy(() -> a.plus(Money.of("1", "EUR"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void minorUnitsRoundTrip() {
        assertThat(Money.of("12.345", "BHD").minorUnits()).isEqualTo(12_345L);
        assertThat(Money.ofMinor(12_345L, USD).amount()).isEqualByComparingTo("123.45");
        assertThat(Money.ofMinor(7, JPY).toString()).isEqualTo("7 JPY");
    }

    @Test
    void comparesByValueNotScale() {
        assertThat(Money.of(new BigDecimal("2.0"), USD)).isEqualTo(Money.of(new BigDecimal("2.00"), USD));
        assertThat(Money.of("2", "USD").compareTo(Money.of("1.99", "USD"))).isPositive();
    }

    @Test
    void currenciesRefuseCodesWithoutMinorUnits() {
        assertThatThrownBy(() -> Currencies.of("Currency", "XXX")).hasMessageStartingWith("Currency");
        assertThatThrownBy(() -> Currencies.of("Currency", "DOLLARS")).hasMessageContaining("not an ISO 4217");
        assertThatThrownBy(() -> Currencies.of("Currency", " ")).hasMessage("Currency is required (a three-letter ISO 4217 code such as USD)");
        assertThat(Currencies.of("Currency", "usd")).isEqualTo(USD);
    }

    @Test
    void lineAmountsRoundOnceHalfUp() {
        assertThat(LineAmount.of(new BigDecimal("3"), new BigDecimal("0.3350"), USD).amount())
                .isEqualByComparingTo("1.01");
        assertThat(LineAmount.of(new BigDecimal("1.5"), new BigDecimal("333"), JPY).amount())
                .isEqualByComparingTo("500");
    }
}
