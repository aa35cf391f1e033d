package com.settle.domain.model;

import com.settle.domain.Money;

/** An account on the Credit balances page: its credit balance and its open invoices. */
public record CreditAccount(String number, String name, Money creditBalance, int openInvoices,
                            Money openInvoiceBalance) {

    /** In the work queue: credit to spend and an invoice to spend it on. */
    public boolean queued() {
        return creditBalance.amount().signum() > 0 && openInvoices > 0;
    }
}
