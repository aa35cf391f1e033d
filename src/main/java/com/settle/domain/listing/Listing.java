package com.settle.domain.listing;

import java.util.List;

/** Where a list screen reads its rows: how many a query gives, and one page of them. */
public interface Listing<Q extends ListQuery, T> {

    int count(Q query);

    /** Rows {@code offset} on, at most {@code limit} of them, in the query's order. */
    List<T> page(Q query, int offset, int limit);
}
