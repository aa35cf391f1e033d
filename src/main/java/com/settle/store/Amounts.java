package com.settle.store;

import com.settle.domain.Money;
import java.math.BigDecimal;
import java.util.Currency;

/** Turns stored DECIMAL values (scale 4) into money at the currency's scale, refusing any hidden decimals. */
public final class Amounts {

    /**
     * The smallest positive amount the database holds (its columns keep 4 decimals): {@code column >= ABOVE_ZERO}
     * is {@code column > 0}, written so that H2 starts an index range after the zeros. With {@code > 0} it starts at
     * the first zero and steps over every one of them: 486,000 paid-up payments to find 14,000 with something
     * unapplied.
     */
    static final BigDecimal ABOVE_ZERO = new BigDecimal("0.0001");
    /** The same in SQL text. */
    static final String ABOVE_ZERO_SQL = "0.0001";

    private Amounts() {
    }

    public static Money money(BigDecimal stored, String currencyCode) {
        return Money.of(stored == null ? BigDecimal.ZERO : stored, Currency.getInstance(currencyCode));
    }
}
