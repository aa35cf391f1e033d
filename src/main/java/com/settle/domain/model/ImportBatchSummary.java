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

    /** The clerk's word for the kind: Accounts, Invoices and debit memos, Payments, Credit balances. */
    public String kindLabel() {
        return switch (kind) {
            case "Documents" -> "Invoices and debit memos";
            case "CreditBalances" -> "Credit balances";
            default -> kind;
        };
    }

    public String status() {
        return undone ? "Undone" : "Imported";
    }
}
