package com.settle.domain.model;

import com.settle.domain.Money;
import com.settle.domain.allocation.AllocationTarget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A posted invoice or debit memo with an open balance, as the Apply dialog shows it.
 *
 * @param version changes whenever its balance moves; sent back to detect concurrent changes
 */
public record OpenDocument(long id, DocumentType type, String number, LocalDate documentDate, LocalDate dueDate,
                           Money amount, Money balance, int version, List<Item> items) {

    /**
     * The items as allocation targets, in item order, offering no more than the document's balance: what the
     * Apply dialog previews and what the service saves are spread over these, built only here.
     */
    public List<AllocationTarget> targets() {
        List<AllocationTarget> list = new ArrayList<>(items.size());
        for (Item i : items) {
            list.add(new AllocationTarget(i.id(), number, dueDate, documentDate, i.ordinal(), i.balance().amount()));
        }
        return AllocationTarget.withinDocument(list, balance.amount());
    }

    /** One item with its own balance. */
    public record Item(long id, int ordinal, String chargeName, LocalDate serviceStart, LocalDate serviceEnd,
                       Money amount, Money balance) {
    }
}
