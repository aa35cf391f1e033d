package com.settle.domain.model;

/**
 * An account's status: an inactive account takes no new documents or payments.
 * The code is what the database stores and what the clerk reads.
 */
public enum AccountStatus implements Coded {
    ACTIVE("Active"),
    INACTIVE("Inactive");

    private final String code;

    AccountStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static AccountStatus fromCode(String code) {
        return Coded.fromCode(AccountStatus.class, code);
    }

    /**
     * What a clerk typed (a command-line option, a CSV cell), in any case; refused in words naming {@code field}.
     */
    public static AccountStatus parse(String field, String text) {
        return Coded.parse(AccountStatus.class, field, text);
    }

    /** The clerk's word for it. */
    @Override
    public String toString() {
        return code;
    }
}
