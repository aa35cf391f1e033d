package com.settle.domain.model;

import com.settle.domain.ValidationException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An account's status: an inactive account takes no new documents or payments.
 * The code is what the database stores and what the clerk reads.
 */
public enum AccountStatus {
    ACTIVE("Active"),
    INACTIVE("Inactive");

    private final String code;

    AccountStatus(String code) {
        this.code = code;
    }

    /** As stored, shown and exported. */
    public String code() {
        return code;
    }

    public static AccountStatus fromCode(String code) {
        for (AccountStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown accountStatus " + code);
    }

    /**
     * What a clerk typed (a command-line option, a CSV cell), in any case; refused in words naming {@code field}.
     */
    public static AccountStatus parse(String field, String text) {
        for (AccountStatus s : values()) {
            if (text != null && s.code.equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new ValidationException(field, "'" + text + "' is not one of " + Arrays.stream(values())
                .map(AccountStatus::code).collect(Collectors.joining(", ")));
    }

    /** The clerk's word for it. */
    @Override
    public String toString() {
        return code;
    }
}
