package com.settle.domain.model;

/**
 * An import batch's status: imported, or undone whole.
 * The code is what the database stores and what the clerk reads.
 */
public enum ImportStatus implements Coded {
    IMPORTED("Imported"),
    UNDONE("Undone");

    private final String code;

    ImportStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static ImportStatus fromCode(String code) {
        return Coded.fromCode(ImportStatus.class, code);
    }

    /** The clerk's word for it. */
    @Override
    public String toString() {
        return code;
    }
}
