package com.settle.domain.listing;

import com.settle.domain.model.DocumentStanding;
import java.time.LocalDate;

/**
 * What the invoices and debit memos list shows: the search words, its filters (an account number, a standing,
 * only open ones, a document date range; null: any) and its sort.
 */
public record DocumentListQuery(SearchWords search, String account, DocumentStanding standing, boolean openOnly,
                                LocalDate from, LocalDate to, ListSort sort) implements ListQuery {

    /** The sort keys: the list's columns. */
    public static final String TYPE = "type";
    public static final String NUMBER = "number";
    public static final String ACCOUNT = "account";
    public static final String DATE = "date";
    public static final String DUE = "due";
    public static final String AMOUNT = "amount";
    public static final String BALANCE = "balance";
    public static final String STATUS = "status";

    public DocumentListQuery {
        search = search == null ? SearchWords.none() : search;
        account = account == null || account.isBlank() ? null : account.strip();
        sort = sort == null ? ListSort.natural() : sort;
    }

    /** Every document, newest first. */
    public static DocumentListQuery all() {
        return new DocumentListQuery(null, null, null, false, null, null, null);
    }

    @Override
    public boolean narrowed() {
        return !search.isEmpty() || account != null || standing != null || openOnly || from != null || to != null;
    }
}
