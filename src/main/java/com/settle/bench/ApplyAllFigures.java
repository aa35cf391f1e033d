package com.settle.bench;

import com.settle.domain.model.PaymentMethod;
import com.settle.service.PaymentService.NewPaymentCommand;
import com.settle.service.Services;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The figures of {@code credit apply-all} over a queue of accounts: the run against the same rows written by raw
 * JDBC ({@link RawApplyAll}), and how long a clerk's payment on another account takes while a run is under way
 * against the same payment with no run. Each queue is seeded anew ({@link CreditBenchmark#seedQueue}), since a run
 * empties it.
 */
final class ApplyAllFigures {

    /** Payments the clerk records with no batch running, for the baseline of the wait. */
    private static final int ALONE = 200;

    private final PrintWriter out;
    private final BenchBooks books;
    private final Services admin;

    ApplyAllFigures(PrintWriter out, BenchBooks books, Services admin) {
        this.out = out;
        this.books = books;
        this.admin = admin;
    }

    /** @param clerkAccount an account the queue does not hold, for the clerk's payments */
    void run(String clerkAccount) throws Exception {
        seed("Q");
        double settle = Timing.once(() -> admin.creditApplications().applyAll((done, total) -> { }, () -> false));
        seed("S");
        List<Double> alone = new ArrayList<>();
        for (int i = 0; i < ALONE; i++) {
            alone.add(Timing.once(() -> pay(clerkAccount)));
        }
        List<Double> beside = besideARun(clerkAccount);
        var report = admin.verify().verify();
        out.println("verify books: " + (report.differences().isEmpty() ? "balanced"
                : report.differences().size() + " differences"));
        seed("R");
        long userId = books.db().dsl().fetchSingle("SELECT id FROM app_user WHERE username = 'admin'")
                .get(0, Long.class);
        int[] rows = {0};
        double raw = Timing.once(() -> rows[0] = books.db().dsl().connectionResult(c -> RawApplyAll.run(c, "R",
                userId)));
        out.printf("%-52s %12.1f %12.1f %7.2fx %8s%n", "credit apply-all over 10,000 accounts (raw: " + rows[0]
                + ")", settle, raw, settle / raw, "10000 ms");
        if (beside.isEmpty()) {
            out.println("(no payment of the clerk's ended while apply-all ran)");
            return;
        }
        Collections.sort(alone);
        Collections.sort(beside);
        double aloneMedian = alone.get(alone.size() / 2);
        out.printf("%-52s %12.1f %12.1f %7.2fx %8s%n", "a clerk's payment during apply-all, median of "
                + beside.size(), beside.get(beside.size() / 2), aloneMedian, beside.get(beside.size() / 2)
                / aloneMedian, "-");
        out.printf("%-52s %12.1f %12.1f %7.2fx %8s%n", "  the same, slowest (raw: slowest with no run)",
                beside.get(beside.size() - 1), alone.get(alone.size() - 1), beside.get(beside.size() - 1)
                / aloneMedian, "-");
        out.flush();
    }

    /** The clerk's payments, one after another, for as long as a run over the queue lasts: each one's time. */
    private List<Double> besideARun(String clerkAccount) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Double> times = Collections.synchronizedList(new ArrayList<>());
        Thread clerk = new Thread(() -> {
            while (running.get()) {
                times.add(Timing.once(() -> pay(clerkAccount)));
            }
        }, "bench-clerk");
        clerk.start();
        try {
            admin.creditApplications().applyAll((done, total) -> { }, () -> false);
        } finally {
            running.set(false);
            clerk.join();
        }
        return new ArrayList<>(times);
    }

    private void pay(String account) {
        admin.payments().record(new NewPaymentCommand(account, new BigDecimal("1.00"), LocalDate.of(2026, 1, 2),
                PaymentMethod.CHECK, null, null));
    }

    private void seed(String prefix) {
        long t0 = System.nanoTime();
        CreditBenchmark.seedQueue(books, prefix, CreditBenchmark.ACCOUNTS);
        out.printf("seeded a queue of 10,000 accounts with credit and an open invoice in %.1f s%n",
                (System.nanoTime() - t0) / 1e9);
    }
}
