package com.settle.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * The large company's month ends, through the journal and closing services as a clerk would make them: a journal
 * run at each year end of the history, marked transferred, and the books closed through it; in the year of the month
 * before last, a run and a close at each month end up to that month (its run still waits for the clerk's word). A
 * company already closed further (a sample added to a file in use) keeps its closing date.
 */
final class LargeMonthEnd {

    private final Services admin;
    private final LocalDate today;

    LargeMonthEnd(Services admin, LocalDate today) {
        this.admin = admin;
        this.today = today;
    }

    /** Runs and closes {@code years} of history; {@code progress} receives 0..1 after each run. */
    void close(int years, DoubleConsumer progress) {
        List<LocalDate> ends = ends(years, admin.closing().closedThrough().orElse(null));
        for (int i = 0; i < ends.size(); i++) {
            LocalDate through = ends.get(i);
            boolean last = i == ends.size() - 1;
            var run = admin.journal().run(through, null, null);
            if (!last) {
                admin.journal().mark(run.number(), true, null);
            }
            admin.closing().close(through, null);
            progress.accept((i + 1.0) / ends.size());
        }
    }

    /** The days the books are closed through, in order: those after {@code closed}, the date in force (or null). */
    List<LocalDate> ends(int years, LocalDate closed) {
        LocalDate start = today.withDayOfMonth(1).minusMonths(12L * years);
        LocalDate lastClosed = YearMonth.from(today).minusMonths(2).atEndOfMonth();
        List<LocalDate> ends = new ArrayList<>();
        for (int year = start.getYear(); year < lastClosed.getYear(); year++) {
            ends.add(LocalDate.of(year, 12, 31));
        }
        YearMonth month = YearMonth.of(lastClosed.getYear(), 1);
        for (; !month.isAfter(YearMonth.from(lastClosed)); month = month.plusMonths(1)) {
            if (!month.atEndOfMonth().isBefore(start)) {
                ends.add(month.atEndOfMonth());
            }
        }
        return ends.stream().filter(d -> closed == null || d.isAfter(closed)).toList();
    }
}
