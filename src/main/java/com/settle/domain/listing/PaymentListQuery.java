package com.settle.domain.listing;

import com.settle.domain.model.PaymentStatus;
import java.time.LocalDate;

/**
 * What the payments list shows: the search words, its filters (an account number, a status, only those with an
 * unapplied amount, an effective date range; null: any) and its sort.
 */
public record PaymentListQuery(SearchWords search, String account, PaymentStatus status, boolean unappliedOnly,
                               LocalDate from, LocalDate to, ListSort sort) implements ListQuery {

    /** The sort keys: the list's columns. */
    public static final String NUMBER = "number";
    public static final String ACCOUNT = "account";
    public static final String DATE = "date";
    public static final String METHOD = "method";
    public static final String REFERENCE = "reference";
    public static final String AMOUNT = "amount";
    public static final String APPLIED = "applied";
    public static final String UNAPPLIED = "unapplied";
    public static final String STATUS = "status";

    public PaymentListQuery {
        search = search == null ? SearchWords.none() : search;
        account = account == null || account.isBlank() ? null : account.strip();
        sort = sort == null ? ListSort.natural() : sort;
    }

    /** Every payment, newest first. */
    public static PaymentListQuery all() {
        return new PaymentListQuery(null, null, null, false, null, null, null);
    }

    @Override
    public boolean narrowed() {
        return !search.isEmpty() || account != null || status != null || unappliedOnly || from != null || to != null;
    }
}
