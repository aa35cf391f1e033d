package com.settle.bench;

import java.util.Arrays;

/** The one way the benchmarks time work: one warm-up run, then the median of {@code rounds} timed runs. */
final class Timing {

    /** Something to time. */
    interface Work {
        void run() throws Exception;
    }

    private Timing() {
    }

    /** One run, no warm-up (work so long that the JIT has warmed within it): its duration in milliseconds. */
    static double once(Work work) {
        try {
            long t0 = System.nanoTime();
            work.run();
            return (System.nanoTime() - t0) / 1e6;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the median duration in milliseconds */
    static double median(int rounds, Work work) {
        try {
            work.run();
            double[] times = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                work.run();
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(times);
            return times[rounds / 2];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The least time a round of {@link #alternatingCalls} lasts, in milliseconds. */
    static final double ROUND_MS = 10;
    /** The most calls one round of {@link #alternatingCalls} makes of each work. */
    static final int MOST_CALLS = 50;

    /**
     * Two pieces of work timed in turns (a, b, a, b, ...) after one warm-up of each: each one's durations in
     * milliseconds, sorted, so that {@code [rounds / 2]} is the median.
     */
    static double[][] alternating(int rounds, Work a, Work b) {
        try {
            a.run();
            b.run();
            return inTurns(rounds, 1, a, b);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * As {@link #alternating}, for work that may take well under a millisecond: each round calls each work as many
     * times in a row as make the slower of the two last about {@link #ROUND_MS} (from 1 to {@link #MOST_CALLS}
     * calls, the same number for both, found from the warm-up), and counts the round's time per call. A single
     * call of half a millisecond is timed mostly by what else the machine did in it (a collection, the compiler);
     * the median of such rounds moved one list page in a run past twice its raw time.
     */
    static double[][] alternatingCalls(int rounds, Work a, Work b) {
        try {
            double warmA = once(a);
            double warmB = once(b);
            int calls = (int) Math.max(1, Math.min(MOST_CALLS, Math.ceil(ROUND_MS / Math.max(warmA, warmB))));
            return inTurns(rounds, calls, a, b);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code rounds} rounds of {@code calls} calls of a, then of b: each one's time per call, sorted. */
    private static double[][] inTurns(int rounds, int calls, Work a, Work b) throws Exception {
        double[][] times = new double[2][rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            for (int c = 0; c < calls; c++) {
                a.run();
            }
            long t1 = System.nanoTime();
            for (int c = 0; c < calls; c++) {
                b.run();
            }
            times[0][i] = (t1 - t0) / 1e6 / calls;
            times[1][i] = (System.nanoTime() - t1) / 1e6 / calls;
        }
        Arrays.sort(times[0]);
        Arrays.sort(times[1]);
        return times;
    }
}
