package com.settle.domain.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /**
     * One document's items as targets that together offer no more than the document's balance, first items
     * first: a credit line (a negative item) on the same document lowers what can be applied to the other
     * items, and a document with no positive balance offers nothing. Without that, an amount spread by
     * item balances alone could take the document below zero.
     *
     * @param items           the items of one document (any order; returned in item order)
     * @param documentBalance the document's balance
     */
    public static List<AllocationTarget> withinDocument(List<AllocationTarget> items,
                                                                  BigDecimal documentBalance) {
        List<AllocationTarget> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(AllocationTarget::ordinal));
        BigDecimal left = documentBalance.max(BigDecimal.ZERO);
        List<AllocationTarget> out = new ArrayList<>(sorted.size());
        for (AllocationTarget t : sorted) {
            BigDecimal offer = t.balance().signum() <= 0 ? BigDecimal.ZERO : t.balance().min(left);
            left = left.subtract(offer);
            out.add(offer.compareTo(t.balance()) == 0 ? t : new AllocationTarget(t.itemId(), t.documentNumber(),
                    t.dueDate(), t.documentDate(), t.ordinal(), offer));
        }
        return out;
    }

    /** How the item is named to a clerk: {@code INV-00000012 #3}. */
    public String label() {
        return documentNumber + " #" + ordinal;
    }
}
