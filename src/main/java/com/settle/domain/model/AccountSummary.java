package com.settle.domain.model;

import com.settle.domain.Money;

/** One row of the accounts list. */
public record AccountSummary(long id, String number, String name, String status, Money openBalance,
                             Money unappliedPayments, Money creditBalance) {

    public String currencyCode() {
        return openBalance.currency().getCurrencyCode();
    }
}
