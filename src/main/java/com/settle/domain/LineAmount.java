package com.settle.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The amount of an invoice item: quantity × unit price, rounded to the currency's minor units
 * exactly once, half up (the commercial rule). The only rounding in Settle, and it is of a product,
 * never of typed input.
 */
public final class LineAmount {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private LineAmount() {
    }

    public static Money of(BigDecimal quantity, BigDecimal unitPrice, Currency currency) {
        return Money.of(quantity.multiply(unitPrice).setScale(Currencies.scale(currency), ROUNDING), currency);
    }
}
