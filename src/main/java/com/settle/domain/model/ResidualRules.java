package com.settle.domain.model;

import com.settle.domain.Money;
import java.time.LocalDate;
import java.util.Map;

/**
 * What may settle the rest of a document in the step that applies a payment: the currency's write-off tolerance
 * (null: none), the account's early-payment discount terms (null: none) with the discounts already taken on its
 * documents, and whether the clerk may write off more than the tolerance (the write-off permission).
 *
 * @param discountsTaken by document number, the discounts it already has (not reversed); absent: none
 */
public record ResidualRules(Money tolerance, DiscountTerms discount, Map<String, Money> discountsTaken,
                            boolean mayExceedTolerance) {

    public ResidualRules {
        discountsTaken = discountsTaken == null ? Map.of() : Map.copyOf(discountsTaken);
    }

    /** No tolerance, no discount, nothing above: the dialogs offer nothing. */
    public static ResidualRules none() {
        return new ResidualRules(null, null, Map.of(), false);
    }

    /** Only a tolerance. */
    public static ResidualRules tolerance(Money tolerance) {
        return new ResidualRules(tolerance, null, Map.of(), false);
    }

    /** The discount a payment applied on {@code paidOn} still earns on the document; zero when none. */
    public Money discountLeft(OpenDocument d, LocalDate paidOn) {
        Money taken = discountsTaken.get(d.number());
        return DiscountTerms.left(discount, d.documentDate(), d.amount(), paidOn,
                taken == null ? Money.zero(d.amount().currency()) : taken);
    }
}
