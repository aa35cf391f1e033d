package com.settle.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A list's filters and search as its count reads them and as a page does. A search that tests rows one by one
 * (a common name: the rows of hundreds of accounts; a method) is answered for the count by the columns' indexes,
 * and for a page by walking the list's order and testing each row until the page is full, which is quick while the
 * rows found are many. Two such words together, or one beside a filter, may find few rows or none, and the walk
 * would then read the whole table: a page first reads the ids the count finds, by the indexes, up to
 * {@link SearchLimits#few}, and when they are no more, reads the page from those (more rows than that are found
 * often enough along the list's order). A page deep in the rows found (past {@link SearchLimits#walk} of them: the
 * end of the list, dragged to) would walk most of the table to reach its place: it reads all the rows found by
 * the indexes and sorts them instead, which costs the same at any depth.
 */
final class ListWhere {

    private final int few;
    private final int walk;
    private final List<Condition> counted = new ArrayList<>();
    private final List<Condition> walked = new ArrayList<>();
    private boolean testsRows;

    ListWhere(SearchLimits limits) {
        this.few = limits.few();
        this.walk = limits.walk();
    }

    /** A condition both read alike. */
    void add(Condition both) {
        add(false, both, both);
    }

    /** A condition read as {@code forCount} by the count and as {@code forPage} by a page. */
    void add(boolean testsRows, Condition forCount, Condition forPage) {
        this.testsRows |= testsRows;
        counted.add(forCount);
        walked.add(forPage);
    }

    /** The rows, for the count. */
    Condition counted() {
        return DSL.and(counted);
    }

    /**
     * The rows, for the page that ends at row {@code end} of the list: {@code firstIds} reads at most the given
     * number of ids of the rows a condition finds, in no order; {@code id} is the table's id column.
     */
    Condition paged(int end, BiFunction<Condition, Integer, List<Long>> firstIds, Field<Long> id) {
        if (!testsRows || end > walk) {
            return counted();
        }
        List<Long> found = firstIds.apply(counted(), few + 1);
        if (found.size() <= few) {
            return found.isEmpty() ? DSL.falseCondition() : IdSet.among(id, found);
        }
        return DSL.and(walked);
    }
}
