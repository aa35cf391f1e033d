package com.settle.domain.model;

/**
 * The kind of a line in an account's credit balance history, after Stripe's customer balance
 * transaction types. {@link #UNAPPLIED_FROM_INVOICE} is never stored: it is the line a cancelled
 * {@link #APPLIED_TO_INVOICE} adjustment adds to the history.
 */
public enum HistoryType implements Coded {
    ADJUSTMENT("adjustment"),
    FROM_PAYMENT("from_payment"),
    FROM_INVOICE("from_invoice"),
    APPLIED_TO_INVOICE("applied_to_invoice"),
    UNAPPLIED_FROM_INVOICE("unapplied_from_invoice"),
    REFUND("refund"),
    INITIAL("initial");

    private final String code;

    HistoryType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static HistoryType fromCode(String code) {
        return Coded.fromCode(HistoryType.class, code);
    }

    @Override
    public String toString() {
        return code;
    }
}
