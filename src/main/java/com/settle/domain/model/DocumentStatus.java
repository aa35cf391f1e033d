package com.settle.domain.model;

/**
 * An invoice's or debit memo's status: a draft may change; a posted document is in the books;
 * a canceled one no longer is.
 * The code is what the database stores and what the clerk reads.
 */
public enum DocumentStatus implements Coded {
    DRAFT("Draft"),
    POSTED("Posted"),
    CANCELED("Canceled");

    private final String code;

    DocumentStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static DocumentStatus fromCode(String code) {
        return Coded.fromCode(DocumentStatus.class, code);
    }

    /** The clerk's word for it. */
    @Override
    public String toString() {
        return code;
    }
}
