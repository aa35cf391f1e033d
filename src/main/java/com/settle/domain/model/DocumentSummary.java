package com.settle.domain.model;

import com.settle.domain.Money;
import java.time.LocalDate;

/** One row of the invoices and debit memos list. */
public record DocumentSummary(DocumentType type, String number, String accountNumber, String accountName,
                              LocalDate documentDate, LocalDate dueDate, Money amount, Money balance, DocumentStatus status,
                              int itemCount) {

    /** Open, partly paid, paid (or draft, canceled): what the clerk reads in a list or on the page. */
    public DocumentStanding standing() {
        return DocumentStanding.of(status, amount.amount(), balance.amount());
    }
}
