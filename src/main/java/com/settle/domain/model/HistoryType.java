package com.settle.domain.model;

/**
 * The kind of a line in an account's credit balance history, after Stripe's customer balance
 * transaction types. {@link #UNAPPLIED_FROM_INVOICE} is never stored: it is the line a cancelled
 * {@link #APPLIED_TO_INVOICE} adjustment adds to the history.
 */
public enum HistoryType implements Coded {
    ADJUSTMENT("adjustment", "Adjustment"),
    FROM_PAYMENT("from_payment", "From a payment"),
    FROM_INVOICE("from_invoice", "From an invoice"),
    APPLIED_TO_INVOICE("applied_to_invoice", "Applied to an invoice"),
    UNAPPLIED_FROM_INVOICE("unapplied_from_invoice", "Taken back from an invoice"),
    REFUND("refund", "Refund"),
    INITIAL("initial", "Opening balance");

    private final String code;
    private final String label;

    HistoryType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The clerk's words for it, on screen; the code stays in exports and on the command line. */
    public String label() {
        return label;
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
