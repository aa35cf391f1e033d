package com.settle.domain.model;

import java.util.Locale;

/** How the money came in (or went back, for a refund). */
public enum PaymentMethod {
    CASH("Cash", "Cash"),
    CHECK("Check", "Check"),
    BANK_TRANSFER("BankTransfer", "Bank transfer"),
    CARD("Card", "Card"),
    OTHER("Other", "Other");

    private final String code;
    private final String label;

    PaymentMethod(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Accepts the stored code, the label or the enum name, in any case. */
    public static PaymentMethod parse(String text) {
        String t = text.trim().replace(" ", "").replace("_", "").toLowerCase(Locale.ROOT);
        for (PaymentMethod m : values()) {
            if (m.code.toLowerCase(Locale.ROOT).equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a payment method (Cash, Check, Bank transfer, Card, Other)");
    }

    @Override
    public String toString() {
        return label;
    }
}
