package com.settle.domain.model;

import java.time.LocalDate;

/** Which lines of a credit balance history to show: a date range and a type, each optional. */
public record HistoryFilter(LocalDate from, LocalDate to, HistoryType type) {

    public static final HistoryFilter ALL = new HistoryFilter(null, null, null);

    public boolean isAll() {
        return from == null && to == null && type == null;
    }
}
