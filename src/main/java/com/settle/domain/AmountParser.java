package com.settle.domain;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an amount typed by a clerk, given on the command line or found in a CSV cell. Refuses,
 * never rounds: more decimals than the currency allows, a sign where none is allowed, anything
 * that is not a plain number. Grouping separators are accepted only where they belong
 * ({@code 1,234.50} in English), so {@code 1,5} is never read as fifteen.
 */
public final class AmountParser {

    /** Amounts are at most 16 characters long, as in the seed's field table. */
    public static final int MAX_LENGTH = 16;

    /** What sign an amount may have. */
    public enum Sign {
        /** Greater than zero: payments, applications, adjustments. */
        POSITIVE,
        /** Zero or more. */
        NON_NEGATIVE,
        /** Any sign: invoice items may be negative. */
        ANY
    }

    /**
     * The largest amount one input may hold: 999,999,999,999 and its decimals. The database keeps 15 digits
     * before the decimal point, so a thousand of the largest amounts still add up without overflowing; a use
     * case whose totals would pass the columns' limit is refused by the database and reported in words.
     */
    public static final BigDecimal LIMIT = BigDecimal.TEN.pow(12);

    private final Locale locale;

    private AmountParser(Locale locale) {
        this.locale = locale;
    }

    /** Parses the way a clerk types in that locale (decimal comma in German, and so on). */
    public static AmountParser forLocale(Locale locale) {
        return new AmountParser(locale);
    }

    /** Parses plain machine text, {@code 1234.50}: for the command line and CSV files. */
    public static AmountParser plain() {
        return new AmountParser(Locale.ROOT);
    }

    public Money parse(String field, String text, Currency currency, Sign sign) {
        return money(field, number(field, text), currency, sign);
    }

    /** Reads the number only; the currency's decimals are checked later by {@link #money}. */
    public BigDecimal number(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new ValidationException(field, "is longer than " + MAX_LENGTH + " characters");
        }
        return toNumber(field, trimmed);
    }

    /**
     * Checks a number against the currency and the sign rule: refuses, never rounds.
     *
     * @throws ValidationException naming {@code field}
     */
    public static Money money(String field, BigDecimal value, Currency currency, Sign sign) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        int scale = Currencies.scale(currency);
        if (Math.max(value.stripTrailingZeros().scale(), 0) > scale) {
            throw new ValidationException(field, "'" + value.toPlainString() + "' has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + decimalsWord(scale) + ")");
        }
        if (value.abs().compareTo(LIMIT) >= 0) {
            throw new ValidationException(field, "is too large: the largest amount Settle keeps is 999,999,999,999"
                    + " (12 digits before the decimal point)");
        }
        if (sign == Sign.POSITIVE && value.signum() <= 0) {
            throw new ValidationException(field, value.signum() == 0 ? "must be greater than zero" : "must not be negative");
        }
        if (sign == Sign.NON_NEGATIVE && value.signum() < 0) {
            throw new ValidationException(field, "must not be negative");
        }
        return Money.of(value.setScale(scale), currency);
    }

    private static String decimalsWord(int scale) {
        return scale == 0 ? "no decimals" : scale == 1 ? "1 decimal" : scale + " decimals";
    }

    private BigDecimal toNumber(String field, String text) {
        char decimal = '.';
        char grouping = ',';
        if (locale != Locale.ROOT) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
            decimal = symbols.getDecimalSeparator();
            grouping = symbols.getGroupingSeparator();
        }
        String s = text;
        String minus = "";
        if (s.startsWith("-") || s.startsWith("\u2212")) {
            minus = "-";
            s = s.substring(1);
        }
        String d = Pattern.quote(String.valueOf(decimal));
        String g = grouping == '\u00a0' || grouping == '\u202f'
                ? "[\\u00a0\\u202f ]" : Pattern.quote(String.valueOf(grouping));
        String plain = "\\d+(" + d + "\\d+)?";
        String grouped = "\\d{1,3}(" + g + "\\d{3})+(" + d + "\\d+)?";
        if (!s.matches(plain) && !(locale != Locale.ROOT && s.matches(grouped))) {
            throw new ValidationException(field, "'" + text + "' is not an amount (example: "
                    + example(decimal) + ")");
        }
        String normal = s.replaceAll(g, "").replace(decimal, '.');
        return new BigDecimal(minus + normal);
    }

    private static String example(char decimal) {
        return "1234" + decimal + "50";
    }
}
