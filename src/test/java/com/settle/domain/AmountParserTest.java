package com.settle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.AmountParser.Sign;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {

    private static final Currency USD = Currency.getInstance("USD");

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "en-US | 1234.5     | 1234.50 | USD",
        "en-US | 1,234.56   | 1234.56 | USD",
        "en-US | 12,345,678 | 12345678.00 | USD",
        "de-DE | 1.234,56   | 1234.56 | USD",
        "de-DE | 0,5        | 0.50    | USD",
        "en-US | 5000       | 5000    | JPY",
        "en-US | 0.125      | 0.125   | BHD",
    })
    void readsWhatAClerkTypes(String tag, String text, String expected, String currency) {
        Money m = AmountParser.forLocale(Locale.forLanguageTag(tag)).parse("Amount", text, Currency.getInstance(currency),
                Sign.POSITIVE);
        assertThat(m.amount()).isEqualByComparingTo(expected);
        assertThat(m.amount().scale()).isEqualTo(Currency.getInstance(currency).getDefaultFractionDigits());
    }

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "USD | 1.005          | Amount '1.005' has more decimals than USD allows (2 decimals)",
        "JPY | 10.5           | Amount '10.5' has more decimals than JPY allows (no decimals)",
        "BHD | 1.0001         | Amount '1.0001' has more decimals than BHD allows (3 decimals)",
        "USD | -5             | Amount must not be negative",
        "USD | 0              | Amount must be greater than zero",
        "USD | abc            | Amount 'abc' is not an amount (example: 1234.50)",
        "USD | 1,5            | Amount '1,5' is not an amount (example: 1234.50)",
        "USD | 12345678901234567 | Amount is longer than 16 characters",
        "USD | 1e5            | Amount '1e5' is not an amount (example: 1234.50)",
        "USD | '1; DROP TABLE payment' | Amount is longer than 16 characters",
        "USD | =1+1           | Amount '=1+1' is not an amount (example: 1234.50)",
    })
    void refusesWithTheFieldAndTheReason(String currency, String text, String message) {
        assertThatThrownBy(() -> AmountParser.plain().parse("Amount", text, Currency.getInstance(currency), Sign.POSITIVE))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("Amount");
    }

    @Test
    void blankIsRequired() {
        assertThatThrownBy(() -> AmountParser.plain().parse("Amount to apply", "  ", USD, Sign.POSITIVE))
                .hasMessage("Amount to apply is required");
    }

    @Test
    void negativeItemsAreAllowedWhereTheRuleSaysSo() {
        assertThat(AmountParser.plain().parse("Unit price", "-12.50", USD, Sign.ANY).amount())
                .isEqualByComparingTo("-12.50");
        assertThat(AmountParser.plain().parse("Opening", "0", USD, Sign.NON_NEGATIVE).isZero()).isTrue();
    }

    @Test
    void refusesAmountsTooLargeForTheBooks() {
        assertThatThrownBy(() -> AmountParser.money("Amount", new BigDecimal("1000000000000000"), USD,
                Sign.POSITIVE)).hasMessageContaining("too large");
    }
}
