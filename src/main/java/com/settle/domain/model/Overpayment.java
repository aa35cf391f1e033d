package com.settle.domain.model;

/** What becomes of the part of a received payment that no document takes. */
public enum Overpayment {
    LEAVE_UNAPPLIED("Leave unapplied", "stays unapplied on the payment"),
    CREDIT_BALANCE("Transfer to credit balance", "goes to the customer's credit balance"),
    REFUND("Refund", "is refunded to the customer");

    private final String label;
    private final String outcome;

    Overpayment(String label, String outcome) {
        this.label = label;
        this.outcome = outcome;
    }

    /** The clerk's words for the choice. */
    public String label() {
        return label;
    }

    /** What happens to the money, to finish a sentence ("$20.00 … is refunded to the customer"). */
    public String outcome() {
        return outcome;
    }

    @Override
    public String toString() {
        return label;
    }
}
