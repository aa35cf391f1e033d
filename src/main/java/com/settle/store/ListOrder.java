package com.settle.store;

import com.settle.domain.listing.ListSort;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.SortField;

/** A list's ORDER BY: the column its sort names, ties broken by id so that pages never repeat or skip a row. */
final class ListOrder {

    private ListOrder() {
    }

    static List<SortField<?>> of(Map<String, Field<?>> columns, ListSort sort, List<SortField<?>> natural,
                                 Field<Long> id) {
        Field<?> field = sort.key() == null ? null : columns.get(sort.key());
        if (field == null) {
            return natural;
        }
        return List.of(sort.descending() ? field.desc().nullsLast() : field.asc().nullsFirst(),
                sort.descending() ? id.desc() : id.asc());
    }
}
