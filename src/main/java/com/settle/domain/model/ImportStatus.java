package com.settle.domain.model;

/**
 * An import batch's status: imported, or undone whole.
 * The code is what the database stores and what the clerk reads.
 */
public enum ImportStatus {
    IMPORTED("Imported"),
    UNDONE("Undone");

    private final String code;

    ImportStatus(String code) {
        this.code = code;
    }

    /** As stored, shown and exported. */
    public String code() {
        return code;
    }

    public static ImportStatus fromCode(String code) {
        for (ImportStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown importStatus " + code);
    }

    /** The clerk's word for it. */
    @Override
    public String toString() {
        return code;
    }
}
