package com.settle.domain.model;

/** The two kinds of posted receivable a payment can be applied to. */
public enum DocumentType implements Coded {
    INVOICE("Invoice", "Invoice", "INV"),
    DEBIT_MEMO("DebitMemo", "Debit memo", "DM");

    private final String code;
    private final String label;
    private final String prefix;

    DocumentType(String code, String label, String prefix) {
        this.code = code;
        this.label = label;
        this.prefix = prefix;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The number prefix: INV-00000001, DM-00000001. */
    public String prefix() {
        return prefix;
    }

    public static DocumentType fromCode(String code) {
        return Coded.fromCode(DocumentType.class, code);
    }

    @Override
    public String toString() {
        return label;
    }
}
