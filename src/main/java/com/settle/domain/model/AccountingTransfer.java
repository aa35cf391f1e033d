package com.settle.domain.model;

import com.settle.domain.ValidationException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Whether an adjustment reached the general ledger (Zuora's TransferredToAccounting): still processing,
 * yes, an error to correct, or ignored by every journal run.
 * The code is what the database stores and what the clerk reads.
 */
public enum AccountingTransfer {
    PROCESSING("Processing"),
    YES("Yes"),
    ERROR("Error"),
    IGNORE("Ignore");

    private final String code;

    AccountingTransfer(String code) {
        this.code = code;
    }

    /** As stored, shown and exported. */
    public String code() {
        return code;
    }

    public static AccountingTransfer fromCode(String code) {
        for (AccountingTransfer s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown accountingTransfer " + code);
    }

    /**
     * What a clerk typed (a command-line option, a CSV cell), in any case; refused in words naming {@code field}.
     */
    public static AccountingTransfer parse(String field, String text) {
        for (AccountingTransfer s : values()) {
            if (text != null && s.code.equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new ValidationException(field, "'" + text + "' is not one of " + Arrays.stream(values())
                .map(AccountingTransfer::code).collect(Collectors.joining(", ")));
    }

    /** The clerk's word for it. */
    @Override
    public String toString() {
        return code;
    }
}
