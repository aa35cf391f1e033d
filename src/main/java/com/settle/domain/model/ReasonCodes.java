package com.settle.domain.model;

import java.util.List;

/**
 * The reason codes a clerk may choose for one transaction type: the active ones, and the type's default.
 *
 * @param defaultCode null when the type has no default
 */
public record ReasonCodes(String transactionType, List<Option> options, String defaultCode) {

    /** The transaction types forms ask a reason for, as stored. */
    public static final String CREDIT_BALANCE_ADJUSTMENT = "CreditBalanceAdjustment";
    public static final String REFUND = "Refund";
    public static final String UNAPPLICATION = "Unapplication";

    /** One code as a chooser offers it. */
    public record Option(String code, String name) {

        /** "Goodwill — Goodwill credit". */
        public String label() {
            return name == null || name.isBlank() || name.equals(code) ? code : code + " — " + name;
        }
    }

    public ReasonCodes {
        options = List.copyOf(options);
    }

    /** The active codes of {@code type} among all codes, with its default. */
    public static ReasonCodes of(String type, List<ReasonCodeRow> rows) {
        List<Option> options = rows.stream().filter(r -> r.active() && r.types().contains(type))
                .map(r -> new Option(r.code(), r.name())).toList();
        String def = rows.stream().filter(r -> r.active() && r.defaultFor().contains(type)).map(ReasonCodeRow::code)
                .findFirst().orElse(null);
        return new ReasonCodes(type, options, def);
    }

    /** How the code shows in a chooser; a code no longer offered (deactivated since) shows as itself. */
    public String label(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return options.stream().filter(o -> o.code().equals(code)).map(Option::label).findFirst().orElse(code);
    }
}
