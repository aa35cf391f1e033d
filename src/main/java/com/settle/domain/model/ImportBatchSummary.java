package com.settle.domain.model;

import java.time.OffsetDateTime;

/**
 * One import: its number (IB-…), what it imported, from which file (name and SHA-256 of its bytes), how
 * many rows it read, created and skipped as already imported, who imported it when, and whether (and by
 * whom) it was undone.
 */
public record ImportBatchSummary(String number, String kind, String fileName, String sha256, int rows, int created,
                                 int skipped, boolean undone, String importedBy, OffsetDateTime importedAt,
                                 String undoneBy, OffsetDateTime undoneAt) {

    /** The clerk's word for the kind: Accounts, Invoices & debit memos, Payments, Credit balances. */
    public String kindLabel() {
        return switch (kind) {
            case "Documents" -> "Invoices & debit memos";
            case "CreditBalances" -> "Credit balances";
            default -> kind;
        };
    }

    /** What undoing the batch does to its records, e.g. "its 2 payments from pay.csv are canceled". */
    public String undoEffect() {
        return "its " + created + " " + switch (kind) {
            case "Documents" -> "invoices and debit memos from " + fileName + " are canceled";
            case "Payments" -> "payments from " + fileName + " are canceled";
            case "CreditBalances" -> "opening credit balances from " + fileName + " are canceled with a reversing line";
            default -> "accounts from " + fileName + " are deactivated";
        };
    }

    public ImportStatus status() {
        return undone ? ImportStatus.UNDONE : ImportStatus.IMPORTED;
    }
}
