package com.settle.domain;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one way Settle writes amounts and dates for a person: on screen, in notices, in messages from the
 * services and on the command line. The currency's decimals exactly, the user's locale. ({@link Money#toString}
 * is for logs.)
 */
public final class MoneyText {

    private final Locale locale;
    private final DateTimeFormatter dates;
    /**
     * Each thread's format per currency: making one (the locale's currency format, then the currency's symbol looked
     * up among the locale providers) cost far more than formatting, and a table formats every amount it shows
     * again as it scrolls. Formats are not safe to share between threads. One cache per thread for every
     * instance (by locale, then currency), so that instances made and dropped leave nothing behind in a thread.
     */
    private static final ThreadLocal<Map<Locale, Map<Currency, NumberFormat>>> FORMATS =
            ThreadLocal.withInitial(HashMap::new);

    public MoneyText(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** The formats of the user's locale (the operating system's, unless the application was given another). */
    public static MoneyText ofDefaultLocale() {
        return new MoneyText(Locale.getDefault(Locale.Category.FORMAT));
    }

    public Locale locale() {
        return locale;
    }

    /** {@code $1,234.50}, {@code -€12.00}, {@code ¥5,000}: sign first, with the currency; for tables and sentences. */
    public String display(Money money) {
        Map<Currency, NumberFormat> byCurrency = FORMATS.get().computeIfAbsent(locale, l -> new HashMap<>());
        return byCurrency.computeIfAbsent(money.currency(), currency -> {
            NumberFormat f = NumberFormat.getCurrencyInstance(locale);
            f.setCurrency(currency);
            return withScale(f, money);
        }).format(money.amount());
    }

    /** {@code 1234.50} (or {@code 1234,50}): no grouping, no currency; what an amount field accepts. */
    public String plain(Money money) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        return withScale(f, money).format(money.amount());
    }

    /** {@code Jun 20, 2026}: the locale's medium date; empty for none. */
    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** The currency of the user's country (the Home page shows it first), or null for a language alone. */
    public static String localCurrency(Locale locale) {
        try {
            return Currency.getInstance(locale).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return null; // a language without a country has no currency
        }
    }

    private static NumberFormat withScale(NumberFormat f, Money m) {
        int scale = Currencies.scale(m.currency());
        f.setMinimumFractionDigits(scale);
        f.setMaximumFractionDigits(scale);
        return f;
    }
}
