package com.settle.domain.model;

/**
 * Whether an adjustment reached the general ledger (Zuora's TransferredToAccounting): still processing,
 * yes, an error to correct, or ignored by every journal run.
 * The code is what the database stores and what the clerk reads.
 */
public enum AccountingTransfer implements Coded {
    PROCESSING("Processing"),
    YES("Yes"),
    ERROR("Error"),
    IGNORE("Ignore");

    private final String code;

    AccountingTransfer(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static AccountingTransfer fromCode(String code) {
        return Coded.fromCode(AccountingTransfer.class, code);
    }

    /**
     * What a clerk typed (a command-line option, a CSV cell), in any case; refused in words naming {@code field}.
     */
    public static AccountingTransfer parse(String field, String text) {
        return Coded.parse(AccountingTransfer.class, field, text);
    }

    /** The clerk's word for it. */
    @Override
    public String toString() {
        return code;
    }
}
