package com.settle.domain.model;

import java.util.Arrays;

/** What a role may do; services check these before they change anything. */
public enum Permission {
    ACCOUNT_EDIT("Edit accounts"),
    DOCUMENT_EDIT("Edit invoices and debit memos"),
    DOCUMENT_POST("Post invoices and debit memos"),
    DOCUMENT_CANCEL("Cancel invoices and debit memos"),
    PAYMENT_CREATE("Record payments"),
    PAYMENT_APPLY("Apply payments"),
    PAYMENT_UNAPPLY("Unapply payments"),
    PAYMENT_REFUND("Refund payments"),
    PAYMENT_TRANSFER("Transfer payments to credit balance"),
    PAYMENT_CANCEL("Cancel payments"),
    CREDIT_BALANCE_ADJUSTMENT_CREATE("Create Credit Balance Adjustment"),
    CREDIT_BALANCE_ADJUSTMENT_CANCEL("Cancel Credit Balance Adjustment"),
    CREDIT_BALANCE_APPLY("Apply credit balance"),
    CREDIT_BALANCE_REFUND("Refund credit balance"),
    IMPORT("Import CSV"),
    JOURNAL_EXPORT("Run and export the journal"),
    CLOSE_BOOKS("Close the books through a date"),
    REOPEN_BOOKS("Move the closing date back"),
    WRITE_OFF("Write off balances above the tolerance"),
    EXPORT("Export lists and history"),
    BACKUP("Back up the company file"),
    SETTINGS_EDIT("Change settings"),
    USERS_MANAGE("Manage users and roles");

    private final String label;

    Permission(String label) {
        this.label = label;
    }

    /** The name a clerk reads (the seed's names where it has them, e.g. "Create Credit Balance Adjustment"). */
    public String label() {
        return label;
    }

    /** A permission from its code, case-insensitively, with a message naming the known codes otherwise. */
    public static Permission fromCode(String code) {
        for (Permission p : values()) {
            if (p.name().equalsIgnoreCase(code.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown permission '" + code + "'; known: "
                + String.join(", ", Arrays.stream(values()).map(Enum::name).toList()));
    }
}
