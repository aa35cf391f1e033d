package com.settle.domain.model;

import java.math.BigDecimal;

/**
 * Where a document stands for a clerk: a draft; a posted document that is open (nothing paid), partly paid,
 * paid, or overpaid (a negative balance, which can move to the credit balance); or canceled. The database keeps
 * only Draft, Posted and Canceled; the rest follows from the balance.
 */
public enum DocumentStanding {
    DRAFT("Draft"),
    OPEN("Open"),
    PARTLY_PAID("Partly paid"),
    PAID("Paid"),
    OVERPAID("Overpaid"),
    CANCELED("Canceled");

    private final String label;

    DocumentStanding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A posted document's standing from its amount and balance; a draft or a canceled one is what it is. */
    public static DocumentStanding of(DocumentStatus status, BigDecimal amount, BigDecimal balance) {
        return switch (status) {
            case DRAFT -> DRAFT;
            case CANCELED -> CANCELED;
            case POSTED -> balance.signum() == 0 ? PAID : balance.compareTo(amount) == 0 ? OPEN
                    : balance.signum() != amount.signum() ? OVERPAID : PARTLY_PAID;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
