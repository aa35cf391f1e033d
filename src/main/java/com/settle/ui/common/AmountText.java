package com.settle.ui.common;

import com.settle.domain.Currencies;
import com.settle.domain.Money;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts as text in the user's locale: as a clerk types them, and as they are shown. */
public final class AmountText {

    private final Locale locale;

    public AmountText(Locale locale) {
        this.locale = locale;
    }

    /** {@code 1234.50} (or {@code 1234,50}): no grouping, the currency's decimals; what a field accepts. */
    public String plain(Money m) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        return withScale(f, m).format(m.amount());
    }

    /** {@code $1,234.50}: with the currency, for sentences. */
    public String display(Money m) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(m.currency());
        return withScale(f, m).format(m.amount());
    }

    private static NumberFormat withScale(NumberFormat f, Money m) {
        int scale = Currencies.scale(m.currency());
        f.setMinimumFractionDigits(scale);
        f.setMaximumFractionDigits(scale);
        return f;
    }
}
