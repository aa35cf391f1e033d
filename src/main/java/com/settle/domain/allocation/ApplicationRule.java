package com.settle.domain.allocation;

/** How an amount given without item-level amounts is spread over open items. */
public enum ApplicationRule {
    /** Oldest document first (due date, document date, number), then item order. */
    FIFO("FIFO", "First in, first out"),
    /** In proportion to the balances; leftover minor units by largest remainder, ties to the oldest. */
    PRORATION("Proration", "Proration");

    private final String code;
    private final String label;

    ApplicationRule(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value stored in the database and accepted on the command line (case-insensitive). */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static ApplicationRule fromCode(String code) {
        for (ApplicationRule rule : values()) {
            if (rule.code.equalsIgnoreCase(code.trim()) || rule.name().equalsIgnoreCase(code.trim())) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown application rule '" + code + "' (FIFO or Proration)");
    }

    @Override
    public String toString() {
        return code;
    }
}
