package com.settle.domain.model;

/**
 * A credit balance adjustment's status: processed, or canceled by a reversing adjustment.
 * The code is what the database stores and what the clerk reads.
 */
public enum AdjustmentStatus implements Coded {
    PROCESSED("Processed"),
    CANCELED("Canceled");

    private final String code;

    AdjustmentStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static AdjustmentStatus fromCode(String code) {
        return Coded.fromCode(AdjustmentStatus.class, code);
    }

    /** The clerk's word for it. */
    @Override
    public String toString() {
        return code;
    }
}
