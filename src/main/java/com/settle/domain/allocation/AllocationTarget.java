package com.settle.domain.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One open item an amount may be spread over, with what decides its age.
 *
 * @param itemId       the item's identity (opaque to the rule)
 * @param documentNumber the number of its invoice or debit memo
 * @param dueDate      the document's due date
 * @param documentDate the document's date
 * @param ordinal      the item's line number within its document (1, 2, ...)
 * @param balance      what is still open on the item
 */
public record AllocationTarget(long itemId, String documentNumber, LocalDate dueDate, LocalDate documentDate,
                               int ordinal, BigDecimal balance) {

    /** Oldest first: due date, then document date, then document number, then item order. */
    public static final Comparator<AllocationTarget> OLDEST_FIRST = Comparator
            .comparing(AllocationTarget::dueDate)
            .thenComparing(AllocationTarget::documentDate)
            .thenComparing(AllocationTarget::documentNumber)
            .thenComparingInt(AllocationTarget::ordinal)
            .thenComparingLong(AllocationTarget::itemId);

    public AllocationTarget {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(balance, "balance");
    }

    /** How the item is named to a clerk: {@code INV-00000012 #3}. */
    public String label() {
        return documentNumber + " #" + ordinal;
    }
}
