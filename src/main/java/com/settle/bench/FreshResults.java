package com.settle.bench;

import com.settle.store.Database;

/**
 * H2 hands back a query's last result when the same statement runs again with the same parameters and nothing was
 * written since (its OPTIMIZE_REUSE_RESULTS, on by default). A window showing Home again gains from that; a benchmark
 * that reads the same page over and over would time the copy, not the work, on one side and not the other. Every
 * benchmark switches it off for the database it measures: each read is then done anew, as after any change. The
 * setting lasts as long as the file is open and is not stored.
 */
final class FreshResults {

    private FreshResults() {
    }

    /** {@code db}, with every query done anew from now until it is closed. */
    static Database of(Database db) {
        db.dsl().execute("SET OPTIMIZE_REUSE_RESULTS 0");
        return db;
    }
}
