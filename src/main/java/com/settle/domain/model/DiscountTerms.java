package com.settle.domain.model;

import com.settle.domain.AmountParser;
import com.settle.domain.Money;
import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An account's early-payment discount: {@code percent} off a document's amount when it is paid within {@code days}
 * of the document date (2% within 10 days). The discount is the percent of the document's amount rounded down to
 * the currency's decimals, so a customer never gets more than the terms say.
 */
public record DiscountTerms(BigDecimal percent, int days) {

    /** The fields the terms are typed in (the account form, {@code settle account terms}). */
    public static final String PERCENT = "Discount percent";
    public static final String DAYS = "Discount days";
    /** The longest discount period: a year. */
    public static final int MAX_DAYS = 366;

    public DiscountTerms {
        if (percent == null) {
            throw new ValidationException(PERCENT, "is required");
        }
        if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new ValidationException(PERCENT, "must be more than 0 and less than 100");
        }
        if (Math.max(percent.stripTrailingZeros().scale(), 0) > 2) {
            throw new ValidationException(PERCENT, "'" + percent.toPlainString() + "' has more than 2 decimals");
        }
        if (days < 0 || days > MAX_DAYS) {
            throw new ValidationException(DAYS, "must be a whole number of days from 0 to " + MAX_DAYS);
        }
        BigDecimal plain = percent.stripTrailingZeros();
        percent = plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    /**
     * The terms as typed, in the clerk's locale; both blank: no terms (null). One without the other is refused,
     * naming the missing field.
     */
    public static DiscountTerms parse(String percent, String days, Locale locale) {
        boolean noPercent = Text.isBlank(percent);
        boolean noDays = Text.isBlank(days);
        if (noPercent && noDays) {
            return null;
        }
        if (noDays) {
            throw new ValidationException(DAYS, "is required with a discount percent (0: only on the document date)");
        }
        if (noPercent) {
            throw new ValidationException(PERCENT, "is required with discount days");
        }
        BigDecimal p = AmountParser.forLocale(locale).number(PERCENT, percent);
        String d = days.strip();
        if (!d.matches("\\d{1,4}")) {
            throw new ValidationException(DAYS, "'" + d + "' is not a whole number of days");
        }
        return new DiscountTerms(p, Integer.parseInt(d));
    }

    /** Stored terms: both columns set, or none (null). */
    public static DiscountTerms of(BigDecimal percent, Integer days) {
        return percent == null || days == null ? null : new DiscountTerms(percent, days);
    }

    /** The last day a payment earns the discount on a document dated {@code documentDate}. */
    public LocalDate lastDay(LocalDate documentDate) {
        return documentDate.plusDays(days);
    }

    /** True when a payment applied on {@code paidOn} earns the discount on a document dated {@code documentDate}. */
    public boolean earnedOn(LocalDate documentDate, LocalDate paidOn) {
        return !paidOn.isAfter(lastDay(documentDate));
    }

    /** The discount on a document of {@code amount}: the percent of it, rounded down to the currency's decimals. */
    public Money on(Money amount) {
        BigDecimal d = amount.amount().multiply(percent).divide(BigDecimal.valueOf(100), amount.amount().scale(),
                RoundingMode.DOWN);
        return Money.of(d, amount.currency());
    }

    /**
     * The early-payment discount still to be had on a document paid on {@code paidOn}: the terms' discount on its
     * amount less what was already taken; zero without terms, after the last day, or on a credit.
     */
    public static Money left(DiscountTerms terms, LocalDate documentDate, Money documentAmount, LocalDate paidOn,
                             Money taken) {
        Money none = Money.zero(documentAmount.currency());
        if (terms == null || paidOn == null || !documentAmount.isPositive() || !terms.earnedOn(documentDate, paidOn)) {
            return none;
        }
        Money left = terms.on(documentAmount).minus(taken);
        return left.isPositive() ? left : none;
    }

    /** The percent as typed back in the form ({@code 2.5}). */
    public String percentText(Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        f.setGroupingUsed(false);
        return f.format(percent);
    }

    /** In a clerk's words: {@code 2% within 10 days}. */
    public String describe(Locale locale) {
        return percentText(locale) + "% within " + Text.count(days, "day");
    }
}
