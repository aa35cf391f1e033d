package com.settle.service;

import com.settle.service.ImportService.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in one import file. All are counted; the first {@link #LISTED} are kept to be shown, so
 * that a million bad rows neither fill the memory nor a clerk's screen.
 */
final class ImportProblems {

    static final int LISTED = 200;

    private final List<Problem> listed = new ArrayList<>();
    private long count;
    private long others;

    void add(Problem p) {
        count++;
        if (!p.repeat()) {
            others++;
        }
        if (listed.size() < LISTED) {
            listed.add(p);
        }
    }

    void add(long line, String column, String reason) {
        add(new Problem(line, column, reason));
    }

    boolean any() {
        return count > 0;
    }

    /** Whether every problem is a row imported before (skipping those rows would do). */
    boolean onlyRepeats() {
        return count > 0 && others == 0;
    }

    long count() {
        return count;
    }

    /** The listed problems in line order. */
    List<Problem> listed() {
        List<Problem> out = new ArrayList<>(listed);
        out.sort(Comparator.comparingLong(Problem::line));
        return out;
    }
}
