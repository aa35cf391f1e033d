package com.settle.domain.model;

import java.util.List;

/**
 * An accounting code as Settings lists it: its type (the ledger category it posts to), whether it is
 * that type's default, active, and whether any record uses it (then it can only be deactivated).
 */
public record AccountingCodeRow(String code, String name, String type, boolean isDefault, boolean active,
                                boolean inUse) {

    /** The types of accounting code. */
    public static final List<String> TYPES = AccountingType.codes();

    /** The type as a clerk reads it ("Accounts receivable"); an unknown stored type as it is. */
    public String typeLabel() {
        return label(type);
    }

    /** A stored type in a clerk's words. */
    public static String label(String type) {
        return AccountingType.codes().contains(type) ? AccountingType.fromCode(type).label() : type;
    }
}
