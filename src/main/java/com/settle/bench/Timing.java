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

    /**
     * Two pieces of work timed in turns (a, b, a, b, ...) after one warm-up of each: each one's durations in
     * milliseconds, sorted, so that {@code [rounds / 2]} is the median.
     */
    static double[][] alternating(int rounds, Work a, Work b) {
        try {
            a.run();
            b.run();
            double[][] times = new double[2][rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                a.run();
                long t1 = System.nanoTime();
                b.run();
                times[0][i] = (t1 - t0) / 1e6;
                times[1][i] = (System.nanoTime() - t1) / 1e6;
            }
            Arrays.sort(times[0]);
            Arrays.sort(times[1]);
            return times;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
