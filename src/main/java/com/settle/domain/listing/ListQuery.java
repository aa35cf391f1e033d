package com.settle.domain.listing;

/** A list screen's query: its search words, filters and sort. */
public interface ListQuery {

    /** True when its search or filters narrow the list (the count then says "N of M rows"). */
    boolean narrowed();
}
