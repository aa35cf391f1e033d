package com.settle.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;

/** How the scale benchmark prints its figures: Settle's median beside the raw baseline's, their ratio, the goal. */
final class FigureTable {

    private final PrintWriter out;

    FigureTable(PrintWriter out) {
        this.out = out;
    }

    void header() {
        out.printf("%-58s %10s %10s %8s %12s%n", "figure", "settle ms", "raw ms", "ratio", "goal");
        out.flush();
    }

    /** A row from {@link Timing#alternating}: each side's sorted durations, the median of each printed. */
    void row(String figure, double[][] times, String goal) {
        row(figure, times[0][times[0].length / 2], times[1][times[1].length / 2], goal);
    }

    void row(String figure, double settle, double raw, String goal) {
        ScaleBenchmark.HEAP_SEEN.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                Math::max);
        out.printf("%-58s %10.1f %10.1f %7.2fx %12s%n", figure, settle, raw, settle / raw, goal);
        out.flush();
    }

    /** A figure with no baseline. */
    void note(String text) {
        out.println(text);
        out.flush();
    }
}
