package com.settle.store;

import com.settle.domain.listing.ListSort;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A page of accounts sorted by a sum over their rows (unapplied amounts, open invoices): the sums come from one
 * GROUP BY over the few rows that count (an index range such as unapplied amount &gt; 0), the accounts are
 * ordered here, ties broken by id. The same order as the list's SQL, without a sub-query per account over every
 * one of its documents or payments.
 */
final class SummedSort {

    private SummedSort() {
    }

    /**
     * The ids of {@code accounts} (those the query keeps) from {@code offset} on, at most {@code limit}, ordered by
     * {@code sums} (an account without a row sums to zero) as {@code sort} says.
     */
    static List<Long> page(List<Long> accounts, Map<Long, BigDecimal> sums, ListSort sort, int offset, int limit) {
        Comparator<Long> order = Comparator.<Long, BigDecimal>comparing(id -> sums.getOrDefault(id, BigDecimal.ZERO))
                .thenComparing(id -> id);
        List<Long> sorted = accounts.stream().sorted(sort.descending() ? order.reversed() : order).toList();
        return offset >= sorted.size() ? List.of()
                : sorted.subList(offset, Math.min(sorted.size(), offset + limit));
    }
}
