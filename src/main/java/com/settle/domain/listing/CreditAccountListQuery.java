package com.settle.domain.listing;

/** What the credit balances list shows: the search words, only the work queue or every account, and the sort. */
public record CreditAccountListQuery(SearchWords search, boolean queueOnly, ListSort sort) implements ListQuery {

    /** The sort keys: the list's columns. */
    public static final String NUMBER = "number";
    public static final String NAME = "name";
    public static final String CREDIT = "credit";
    public static final String INVOICES = "invoices";
    public static final String INVOICE_BALANCE = "invoiceBalance";

    public CreditAccountListQuery {
        search = search == null ? SearchWords.none() : search;
        sort = sort == null ? ListSort.natural() : sort;
    }

    /** Every account, by number. */
    public static CreditAccountListQuery all() {
        return new CreditAccountListQuery(null, false, null);
    }

    @Override
    public boolean narrowed() {
        return !search.isEmpty() || queueOnly;
    }
}
