package com.settle.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.service.ApplicationService;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.DocumentAmount;
import com.settle.service.StaleDataException;
import com.settle.support.TestBooks;
import com.settle.support.TestServer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two clerks at two workstations (two connection pools, as two processes have) working on the same server at the
 * same moment: one of two applications of the same payment succeeds and the other is refused as stale, never both
 * and never a lost update; numbers handed out at the same time stay gapless.
 */
class TwoClerksTest {

    private static final LocalDate OCT_5 = LocalDate.of(2026, 10, 5);

    @Test
    void twoClerksApplyingTheSamePaymentAtOnceOneSucceedsTheOtherIsToldToReload() throws Exception {
        try (TestServer.Fresh fresh = TestServer.migratedDatabase();
             TestBooks ann = new TestBooks(TestServer.open(fresh.address())).withCodes();
             TestBooks ben = new TestBooks(TestServer.open(fresh.address()))) {
            ExecutorService two = Executors.newFixedThreadPool(2);
            String acme = ann.account("Acme", "USD");
            for (int round = 0; round < 10; round++) {
                String invoice = ann.invoice(acme, OCT_5, "100.00");
                String payment = ann.payment(acme, "100.00", OCT_5);
                // Both opened the dialog on the same payment and invoice, and press Apply together.
                int version = ann.clerk().payments().detail(payment).version();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> results = new ArrayList<>();
                for (TestBooks clerk : List.of(ann, ben)) {
                    results.add(two.submit(apply(clerk.clerk().applications(), together, payment, invoice, version)));
                }
                List<String> outcomes = new ArrayList<>();
                for (Future<String> f : results) {
                    outcomes.add(f.get());
                }
                assertThat(outcomes).as("round " + round).containsExactlyInAnyOrder("applied", "stale");
                assertThat(ben.clerk().payments().detail(payment).summary().unapplied().amount())
                        .isEqualByComparingTo("0.00");
            }
            two.shutdown();
            ann.assertBalanced();
        }
    }

    private static Callable<String> apply(ApplicationService applications, CyclicBarrier together, String payment,
                                          String invoice, int version) {
        return () -> {
            together.await();
            try {
                applications.apply(new ApplyCommand(payment, OCT_5, null,
                        List.of(new DocumentAmount(invoice, new BigDecimal("100.00"), List.of())), null, false,
                        version, Map.of()));
                return "applied";
            } catch (StaleDataException e) {
                assertThat(e.getMessage()).contains("changed since");
                return "stale";
            }
        };
    }

    @Test
    void twoClerksApplyingTwoPaymentsAtOnceBothSucceedAndTheHistoryChainStaysWhole() throws Exception {
        try (TestServer.Fresh fresh = TestServer.migratedDatabase();
             TestBooks ann = new TestBooks(TestServer.open(fresh.address())).withCodes();
             TestBooks ben = new TestBooks(TestServer.open(fresh.address()))) {
            ExecutorService two = Executors.newFixedThreadPool(2);
            String acme = ann.account("Acme", "USD");
            String bolt = ann.account("Bolt", "USD");
            for (int round = 0; round < 15; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> results = new ArrayList<>();
                for (var who : List.of(Map.entry(ann, acme), Map.entry(ben, bolt))) {
                    String invoice = ann.invoice(who.getValue(), OCT_5, "100.00");
                    String payment = ann.payment(who.getValue(), "100.00", OCT_5);
                    int version = ann.clerk().payments().detail(payment).version();
                    results.add(two.submit(apply(who.getKey().clerk().applications(), together, payment, invoice,
                            version)));
                }
                for (Future<String> f : results) {
                    assertThat(f.get()).as("round " + round).isEqualTo("applied");
                }
            }
            two.shutdown();
            // Each transaction chained its rows in the order they were committed: Verify books finds nothing.
            ann.assertBalanced();
        }
    }

    @Test
    void paymentsRecordedAtOnceByTwoClerksGetEveryNumberOnce() throws Exception {
        try (TestServer.Fresh fresh = TestServer.migratedDatabase();
             TestBooks ann = new TestBooks(TestServer.open(fresh.address()));
             TestBooks ben = new TestBooks(TestServer.open(fresh.address()))) {
            ExecutorService two = Executors.newFixedThreadPool(2);
            String acme = ann.account("Acme", "USD");
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<List<String>>> results = new ArrayList<>();
            for (TestBooks clerk : List.of(ann, ben)) {
                results.add(two.submit(() -> {
                    together.await();
                    List<String> numbers = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        numbers.add(clerk.payment(acme, "1.00", OCT_5));
                    }
                    return numbers;
                }));
            }
            Set<String> all = new TreeSet<>();
            for (Future<List<String>> f : results) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(50).first().isEqualTo("P-00000001");
            assertThat(all).last().isEqualTo("P-00000050");
            two.shutdown();
            ann.assertBalanced();
        }
    }
}
