package com.settle.domain.model;

/**
 * A payment's status: processed (in the books) or canceled.
 * The code is what the database stores and what the clerk reads.
 */
public enum PaymentStatus {
    PROCESSED("Processed"),
    CANCELED("Canceled");

    private final String code;

    PaymentStatus(String code) {
        this.code = code;
    }

    /** As stored, shown and exported. */
    public String code() {
        return code;
    }

    public static PaymentStatus fromCode(String code) {
        for (PaymentStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown paymentStatus " + code);
    }

    /** The clerk's word for it. */
    @Override
    public String toString() {
        return code;
    }
}
