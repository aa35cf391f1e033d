package com.settle.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The limits on spending a payment, with the words both the dialogs and the services use. */
class PaymentPolicyTest {

    private final PaymentPolicy policy = new PaymentPolicy(new MoneyText(Locale.US));

    private static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), Currency.getInstance("USD"));
    }

    @Test
    void anAmountUpToTheLimitPassesAndOneCentMoreIsRefusedNamingTheField() {
        assertThat(policy.withinBalance("Item INV-1 #1", usd("10.00"), usd("10.00"))).isEmpty();
        assertThat(policy.withinBalance("Item INV-1 #1", usd("10.01"), usd("10.00")))
                .hasValueSatisfying(e -> {
                    assertThat(e.field()).isEqualTo("Item INV-1 #1");
                    assertThat(e.getMessage()).isEqualTo("Item INV-1 #1 $10.01 is more than its balance $10.00");
                });
        assertThat(policy.withinUnapplied(PaymentPolicy.TOTAL_TO_APPLY, usd("25.00"), usd("25.00"))).isEmpty();
        assertThat(policy.withinUnapplied(PaymentPolicy.TOTAL_TO_APPLY, usd("25.01"), usd("25.00")))
                .map(ValidationException::getMessage)
                .hasValue("Total to apply $25.01 is more than the payment's unapplied amount $25.00");
    }

    @Test
    void datesOnTheLimitPassAndADayEarlierIsRefused() {
        LocalDate paid = LocalDate.of(2026, 10, 5);
        assertThat(policy.notBeforePayment("Effective date", paid, paid)).isEmpty();
        assertThat(policy.notBeforePayment("Effective date", paid.minusDays(1), paid))
                .map(ValidationException::getMessage)
                .hasValue("Effective date Oct 4, 2026 is before the payment's effective date Oct 5, 2026");
        assertThat(policy.notBeforePayment("Refund date", null, paid)).map(ValidationException::getMessage)
                .hasValue("Refund date is required");
        assertThat(policy.notBeforeDocument("Date", paid.minusDays(1), "INV-7", paid))
                .map(ValidationException::getMessage).hasValue("Date Oct 4, 2026 is before INV-7's date Oct 5, 2026");
    }

    @Test
    void requireThrowsTheRefusalAndPassesNothing() {
        PaymentPolicy.require(policy.withinBalance("Amount", usd("1.00"), usd("2.00")));
        assertThatThrownBy(() -> PaymentPolicy.require(policy.withinBalance("Amount", usd("3.00"), usd("2.00"))))
                .isInstanceOf(ValidationException.class).hasMessage("Amount $3.00 is more than its balance $2.00");
    }
}
