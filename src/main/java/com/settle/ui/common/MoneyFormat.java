package com.settle.ui.common;

import com.settle.domain.Currencies;
import com.settle.domain.Money;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** How amounts and dates look on screen: the account's currency, the user's locale. */
public final class MoneyFormat {

    private final Locale locale;
    private final DateTimeFormatter dates;

    public MoneyFormat(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** {@code $1,234.50}, {@code -€12.00}, {@code ¥5,000}: sign first, the currency's decimals exactly. */
    public String format(Money money) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(money.currency());
        int scale = Currencies.scale(money.currency());
        f.setMinimumFractionDigits(scale);
        f.setMaximumFractionDigits(scale);
        return f.format(money.amount());
    }

    public String format(LocalDate date) {
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
}
