package com.settle.domain.model;

/**
 * A payment's status: processed (in the books) or canceled.
 * The code is what the database stores and what the clerk reads.
 */
public enum PaymentStatus implements Coded {
    PROCESSED("Processed"),
    CANCELED("Canceled");

    private final String code;

    PaymentStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static PaymentStatus fromCode(String code) {
        return Coded.fromCode(PaymentStatus.class, code);
    }

    /** The clerk's word for it. */
    @Override
    public String toString() {
        return code;
    }
}
