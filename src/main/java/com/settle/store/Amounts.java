package com.settle.store;

import com.settle.domain.Money;
import java.math.BigDecimal;
import java.util.Currency;

/** Turns stored DECIMAL values (scale 4) into money at the currency's scale, refusing any hidden decimals. */
public final class Amounts {

    private Amounts() {
    }

    public static Money money(BigDecimal stored, String currencyCode) {
        return Money.of(stored == null ? BigDecimal.ZERO : stored, Currency.getInstance(currencyCode));
    }
}
