package com.settle.domain.listing;

/** What the accounts list shows: the search words and the sort. */
public record AccountListQuery(SearchWords search, ListSort sort) implements ListQuery {

    /** The sort keys: the list's columns. */
    public static final String NUMBER = "number";
    public static final String NAME = "name";
    public static final String CURRENCY = "currency";
    public static final String STATUS = "status";
    public static final String OPEN = "open";
    public static final String UNAPPLIED = "unapplied";
    public static final String CREDIT = "credit";

    public AccountListQuery {
        search = search == null ? SearchWords.none() : search;
        sort = sort == null ? ListSort.natural() : sort;
    }

    /** Every account, by number. */
    public static AccountListQuery all() {
        return new AccountListQuery(null, null);
    }

    @Override
    public boolean narrowed() {
        return !search.isEmpty();
    }
}
