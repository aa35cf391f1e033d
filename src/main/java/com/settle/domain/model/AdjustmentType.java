package com.settle.domain.model;

/** Whether a credit balance adjustment increases or decreases the credit balance (the seed's Type). */
public enum AdjustmentType {
    INCREASE("Increase"), DECREASE("Decrease");

    private final String code;

    AdjustmentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AdjustmentType fromCode(String code) {
        for (AdjustmentType t : values()) {
            if (t.code.equalsIgnoreCase(code.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not an adjustment type (Increase or Decrease)");
    }

    @Override
    public String toString() {
        return code;
    }
}
