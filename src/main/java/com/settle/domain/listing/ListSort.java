package com.settle.domain.listing;

/**
 * How a list is sorted: by one of its columns (a key the list's query knows), up or down. The database sorts;
 * rows that tie keep a fixed order (by their id), so that paging through them never repeats or skips a row.
 *
 * @param key null: the list's own order
 */
public record ListSort(String key, boolean descending) {

    public static ListSort natural() {
        return new ListSort(null, false);
    }
}
