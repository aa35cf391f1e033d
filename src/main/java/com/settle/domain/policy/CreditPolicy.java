package com.settle.domain.policy;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import java.util.Optional;

/**
 * The limit on spending a customer's credit balance (a decrease, a refund, credit applied to an invoice),
 * checked by the dialogs as the clerk types and by the services before they save, in one wording.
 */
public final class CreditPolicy {

    private final MoneyText text;

    public CreditPolicy(MoneyText text) {
        this.text = text;
    }

    /** {@code amount} is at most the account's credit balance: a credit balance never goes below zero. */
    public Optional<ValidationException> withinCredit(String field, Money amount, Money credit) {
        return amount.isGreaterThan(credit) ? Optional.of(new ValidationException(field, text.display(amount)
                + " is more than the credit balance " + text.display(credit) + "; a credit balance cannot go below"
                + " zero")) : Optional.empty();
    }
}
