package com.settle.domain.model;

/**
 * An invoice's or debit memo's status: a draft may change; a posted document is in the books;
 * a canceled one no longer is.
 * The code is what the database stores and what the clerk reads.
 */
public enum DocumentStatus {
    DRAFT("Draft"),
    POSTED("Posted"),
    CANCELED("Canceled");

    private final String code;

    DocumentStatus(String code) {
        this.code = code;
    }

    /** As stored, shown and exported. */
    public String code() {
        return code;
    }

    public static DocumentStatus fromCode(String code) {
        for (DocumentStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown documentStatus " + code);
    }

    /** The clerk's word for it. */
    @Override
    public String toString() {
        return code;
    }
}
