package com.settle.domain;

import java.util.Currency;
import java.util.Locale;

/** The one place that decides how many decimals an amount of a currency may have (ISO 4217 minor units). */
public final class Currencies {

    private Currencies() {
    }

    /**
     * Looks up a currency by its ISO 4217 code, refusing codes Settle cannot keep books in.
     *
     * @throws ValidationException naming {@code field} when the code is unknown or has no minor units
     */
    public static Currency of(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new ValidationException(field, "is required (a three-letter ISO 4217 code such as USD)");
        }
        String trimmed = code.trim().toUpperCase(Locale.ROOT);
        Currency currency;
        try {
            currency = Currency.getInstance(trimmed);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "'" + code + "' is not an ISO 4217 currency code");
        }
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0 || digits > 3) {
            throw new ValidationException(field, "'" + trimmed + "' is not a currency Settle can keep books in");
        }
        return currency;
    }

    /** Number of decimals (minor units) of the currency: JPY 0, USD 2, BHD 3. */
    public static int scale(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(currency + " has no minor units");
        }
        return digits;
    }
}
