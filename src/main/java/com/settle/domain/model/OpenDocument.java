package com.settle.domain.model;

import com.settle.domain.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A posted invoice or debit memo with an open balance, as the Apply dialog shows it.
 *
 * @param version changes whenever its balance moves; sent back to detect concurrent changes
 */
public record OpenDocument(long id, DocumentType type, String number, LocalDate documentDate, LocalDate dueDate,
                           Money amount, Money balance, int version, List<Item> items) {

    /** One item with its own balance. */
    public record Item(long id, int ordinal, String chargeName, LocalDate serviceStart, LocalDate serviceEnd,
                       Money amount, Money balance) {
    }
}
