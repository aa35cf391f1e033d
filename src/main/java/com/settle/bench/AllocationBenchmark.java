package com.settle.bench;

import com.settle.domain.Money;
import com.settle.domain.allocation.AllocationTarget;
import com.settle.domain.allocation.Allocator;
import com.settle.domain.allocation.ApplicationRule;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.function.IntSupplier;

/**
 * Times the allocation rules over 15,000 and 150,000 items (10 and 15 items a document), next to a
 * raw baseline measured in the same run: sorting the same items oldest first, the least any rule
 * must do. Prints the median of several rounds after warm-up. Not a test: run it with
 * {@code java -jar target/settle.jar bench}.
 */
public final class AllocationBenchmark {

    private final PrintWriter out;
    private final int rounds;

    public AllocationBenchmark(PrintWriter out, int rounds) {
        this.out = out;
        this.rounds = rounds;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        new AllocationBenchmark(out, args.length > 0 ? Integer.parseInt(args[0]) : 15).run();
    }

    public void run() {
        out.println("allocation benchmark (median of " + rounds + " rounds after warm-up; baseline = sorting the"
                + " same items oldest first)");
        out.printf("%-10s %9s %12s %12s %8s%n", "rule", "items", "rule ms", "baseline ms", "ratio");
        for (int items : new int[] {15_000, 150_000}) {
            List<AllocationTarget> targets = targets(items);
            BigDecimal open = targets.stream().map(AllocationTarget::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
            Money amount = Money.of(open.multiply(new BigDecimal("0.6180")).setScale(2, RoundingMode.DOWN),
                    Currency.getInstance("USD"));
            double baseline = median(() -> {
                AllocationTarget[] copy = targets.toArray(new AllocationTarget[0]);
                Arrays.sort(copy, AllocationTarget.OLDEST_FIRST);
                return copy.length;
            });
            for (ApplicationRule rule : ApplicationRule.values()) {
                double ms = median(() -> Allocator.allocate("Amount", rule, amount, targets).shares().size());
                out.printf("%-10s %9d %12.2f %12.2f %7.2fx%n", rule.code(), items, ms, baseline, ms / baseline);
            }
        }
        out.flush();
    }

    /** Documents of 10 to 15 items, shuffled so the rule has to sort them. */
    static List<AllocationTarget> targets(int count) {
        Random random = new Random(7);
        List<AllocationTarget> list = new ArrayList<>(count);
        LocalDate start = LocalDate.of(2025, 1, 1);
        int doc = 0;
        while (list.size() < count) {
            doc++;
            LocalDate date = start.plusDays(random.nextInt(540));
            int lines = 10 + random.nextInt(6);
            for (int l = 1; l <= lines && list.size() < count; l++) {
                list.add(new AllocationTarget(list.size() + 1L, String.format("INV-%08d", doc), date.plusDays(30), date,
                        l, BigDecimal.valueOf(100 + random.nextInt(1_000_000), 2)));
            }
        }
        Collections.shuffle(list, random);
        return list;
    }

    private double median(IntSupplier work) {
        int sink = 0;
        for (int i = 0; i < 5; i++) {
            sink += work.getAsInt();
        }
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            sink += work.getAsInt();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        if (sink == 42) {
            out.print("");
        }
        Arrays.sort(times);
        return times[rounds / 2];
    }
}
