package com.settle.domain.model;

import com.settle.domain.Money;

/** One row of the accounts list, named by its number as a clerk names it. */
public record AccountSummary(String number, String name, AccountStatus status, Money openBalance,
                             Money unappliedPayments, Money creditBalance) {

    public String currencyCode() {
        return openBalance.currency().getCurrencyCode();
    }
}
