package com.settle.store;

import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * Reads that stream their rows. By default H2 builds a query's whole result before it hands over the first row,
 * and a result of more than a few ten thousand rows goes to a temporary file first: a pass over three million
 * items wrote them all out and read them back. Within {@link #reads} a query H2 can answer in order from a
 * table or an index hands over its rows as it finds them (sorted and grouped results are still built first).
 */
public final class Streaming {

    private Streaming() {
    }

    /** Runs {@code work} on {@code t}'s connection with its queries streamed, then as before. */
    public static <T> T reads(DSLContext t, Supplier<T> work) {
        if (t.dialect().family() != SQLDialect.H2) {
            return work.get();
        }
        t.execute("SET LAZY_QUERY_EXECUTION TRUE");
        try {
            return work.get();
        } finally {
            t.execute("SET LAZY_QUERY_EXECUTION FALSE");
        }
    }
}
