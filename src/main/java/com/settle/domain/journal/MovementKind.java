package com.settle.domain.journal;

import com.settle.domain.model.AccountingType;

/**
 * The kinds of money movement the journal summarises, each with the rule that pairs it: the type debited and
 * the type credited, which side posts to the record's own accounting code (an item's revenue code, an
 * adjustment's credit balance code, a write-off's expense code) and whether the cash side is the payment
 * method's deposit account. A reversal (a cancellation, an unapplication) posts the same pair the other way.
 */
public enum MovementKind {
    DOCUMENT("Invoices and debit memos posted", "Invoices and debit memos canceled",
            AccountingType.ACCOUNTS_RECEIVABLE, AccountingType.REVENUE, Side.CREDIT),
    PAYMENT("Payments received", "Payments canceled",
            AccountingType.CASH, AccountingType.UNAPPLIED_PAYMENTS, Side.NONE),
    APPLICATION("Payments applied", "Payments unapplied",
            AccountingType.UNAPPLIED_PAYMENTS, AccountingType.ACCOUNTS_RECEIVABLE, Side.NONE),
    PAYMENT_REFUND("Payments refunded", "Payment refunds reversed",
            AccountingType.UNAPPLIED_PAYMENTS, AccountingType.REFUNDS, Side.NONE),
    CREDIT_FROM_PAYMENT("Payments transferred to credit balance", "Transfers to credit balance canceled",
            AccountingType.UNAPPLIED_PAYMENTS, AccountingType.CUSTOMER_CREDIT, Side.CREDIT),
    CREDIT_FROM_INVOICE("Negative invoices transferred to credit balance", "Invoice transfers canceled",
            AccountingType.ACCOUNTS_RECEIVABLE, AccountingType.CUSTOMER_CREDIT, Side.CREDIT),
    CREDIT_APPLIED("Credit balance applied to invoices", "Credit balance applications canceled",
            AccountingType.CUSTOMER_CREDIT, AccountingType.ACCOUNTS_RECEIVABLE, Side.DEBIT),
    CREDIT_REFUND("Credit balance refunded", "Credit balance refunds reversed",
            AccountingType.CUSTOMER_CREDIT, AccountingType.REFUNDS, Side.DEBIT),
    CREDIT_INCREASE("Credit balance increased", "Credit balance increases canceled",
            AccountingType.ADJUSTMENT, AccountingType.CUSTOMER_CREDIT, Side.CREDIT),
    CREDIT_DECREASE("Credit balance decreased", "Credit balance decreases canceled",
            AccountingType.CUSTOMER_CREDIT, AccountingType.ADJUSTMENT, Side.DEBIT),
    CREDIT_OPENING("Opening credit balances", "Opening credit balances canceled",
            AccountingType.ADJUSTMENT, AccountingType.CUSTOMER_CREDIT, Side.CREDIT),
    WRITE_OFF("Balances written off", "Write-offs reversed",
            AccountingType.WRITE_OFF, AccountingType.ACCOUNTS_RECEIVABLE, Side.DEBIT),
    DISCOUNT("Early-payment discounts", "Discounts reversed",
            AccountingType.DISCOUNT, AccountingType.ACCOUNTS_RECEIVABLE, Side.DEBIT);

    /** Which side of the pair posts to the record's own accounting code. */
    public enum Side { DEBIT, CREDIT, NONE }

    private final String label;
    private final String reversalLabel;
    private final AccountingType debit;
    private final AccountingType credit;
    private final Side ownCode;

    MovementKind(String label, String reversalLabel, AccountingType debit, AccountingType credit, Side ownCode) {
        this.label = label;
        this.reversalLabel = reversalLabel;
        this.debit = debit;
        this.credit = credit;
        this.ownCode = ownCode;
    }

    /** How a journal entry of this kind is described. */
    public String label(boolean reversed) {
        return reversed ? reversalLabel : label;
    }

    public AccountingType debit() {
        return debit;
    }

    public AccountingType credit() {
        return credit;
    }

    /** The side that posts to the record's own code (when it names one). */
    public Side ownCode() {
        return ownCode;
    }
}
