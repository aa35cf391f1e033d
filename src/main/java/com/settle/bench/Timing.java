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
}
