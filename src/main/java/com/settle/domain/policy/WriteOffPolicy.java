package com.settle.domain.policy;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.DiscountTerms;

/**
 * Writing off a residual balance: within the currency's tolerance anyone who applies payments may do it in the
 * same step; above it needs the write-off permission and a confirmation. One wording for the offer and the
 * confirmation, on the screens and the command line.
 */
public final class WriteOffPolicy {

    /** The field the tolerance is set in (Settings, {@code settle write-off tolerance}). */
    public static final String TOLERANCE = "Write-off tolerance";

    private final MoneyText text;

    public WriteOffPolicy(MoneyText text) {
        this.text = text;
    }

    /** True when {@code amount} is at most the tolerance (none set: nothing is within it). */
    public static boolean withinTolerance(Money amount, Money tolerance) {
        return tolerance != null && tolerance.isPositive() && !amount.isGreaterThan(tolerance);
    }

    /** The discount offer: {@code Take the early-payment discount of $2.00 (2% within 10 days)}. */
    public String discountOffer(Money discount, DiscountTerms terms) {
        return "Take the early-payment discount of " + text.display(discount) + " (" + terms.describe(text.locale())
                + ")";
    }

    /** The offer: {@code Write off the remaining $0.03}. */
    public String offer(Money remaining) {
        return "Write off the remaining " + text.display(remaining);
    }

    /** The refusal of a discount the account's terms do not give, for those without the write-off permission. */
    public String discountBeyondTerms(Money asked, Money left, String document, DiscountTerms terms) {
        return "A discount of " + text.display(asked) + " on " + document + " is more than the account's terms give"
                + (terms == null ? " (it has none)" : " (" + terms.describe(text.locale()) + ": "
                + text.display(left) + " now)") + "; it needs the write-off permission.";
    }

    /** The confirmation asked before a write-off above the tolerance. */
    public String confirmation(Money amount, String document, Money tolerance) {
        return "Write off " + text.display(amount) + " of " + document + "? That is more than the write-off"
                + " tolerance" + (tolerance == null ? " (none is set)" : " of " + text.display(tolerance)) + ".";
    }
}
