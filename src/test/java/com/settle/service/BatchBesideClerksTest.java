package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.AdjustmentType;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.store.Database;
import com.settle.domain.model.PaymentMethod;
import com.settle.support.BooksTest;
import com.settle.support.TestBooks;
import com.settle.support.TestEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A batch apply-all does not hold the books for its whole run: it commits in short transactions, and a clerk's use
 * case that waits for one of them goes before the batch's next (on a file and on a team server alike).
 */
class BatchBesideClerksTest extends BooksTest {

    private static final LocalDate OCT = LocalDate.of(2026, 10, 1);

    @Test
    void aClerkWaitingForTheBatchWritesBeforeItsNextTransaction() throws Exception {
        queue(CreditBatch.FIRST_GROUP + 2);
        ReentrantLock writes = (ReentrantLock) Database.writeLock(books.database().dsl());
        AtomicReference<Thread> other = new AtomicReference<>();
        AtomicBoolean clerkWaitingWhenSecondBegan = new AtomicBoolean(true);
        AtomicInteger asked = new AtomicInteger();
        CompletableFuture<String> clerk = new CompletableFuture<>();
        BooleanSupplier canceled = () -> {
            int n = asked.incrementAndGet();
            if (n == 1) {
                // Inside the batch's first transaction: another clerk records a payment and waits for the books.
                other.set(new Thread(() -> {
                    try {
                        clerk.complete(books.payment(acme, "25.00", OCT));
                    } catch (RuntimeException e) {
                        clerk.completeExceptionally(e);
                    }
                }));
                other.get().start();
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (!writes.hasQueuedThread(other.get()) && System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                assertThat(writes.hasQueuedThread(other.get())).as("the clerk waits for the batch's transaction")
                        .isTrue();
            } else if (n == CreditBatch.FIRST_GROUP + 1) {
                // The batch's second transaction has the books: the clerk's, which waited, must be over already.
                clerkWaitingWhenSecondBegan.set(writes.hasQueuedThread(other.get()));
            }
            return false;
        };
        var result = books.clerk().creditApplications().applyAll((done, total) -> { }, canceled);
        assertThat(clerk.get(30, TimeUnit.SECONDS)).startsWith("P-");
        assertThat(result.applied()).hasSize(CreditBatch.FIRST_GROUP + 2);
        assertThat(asked.get()).as("the first transaction of the batch held %d accounts", CreditBatch.FIRST_GROUP)
                .isGreaterThan(CreditBatch.FIRST_GROUP);
        assertThat(clerkWaitingWhenSecondBegan).as("the clerk's payment was stored before the batch went on").isFalse();
    }

    /**
     * On a team server the other clerk is another workstation: its own connections and its own process's lock. It
     * waits for the server's write lock, which the server hands on in the order asked, so it goes before the batch's
     * next transaction too.
     */
    @Test
    @EnabledIfSystemProperty(named = "settle.test.engine", matches = "postgresql",
            disabledReason = "a second workstation on the same books needs a team server")
    void aClerkOnAnotherWorkstationWritesBetweenTheBatchsTransactions() throws Exception {
        queue(CreditBatch.FIRST_GROUP + 2);
        AtomicInteger asked = new AtomicInteger();
        AtomicLong waitingWhenSecondBegan = new AtomicLong(-1);
        CompletableFuture<String> clerk = new CompletableFuture<>();
        try (Database workstation = TestEngine.open(folder)) {
            Services there = new Services(workstation.dsl(), "clerk", TestBooks.CLOCK);
            BooleanSupplier canceled = () -> {
                int n = asked.incrementAndGet();
                if (n == 1) {
                    new Thread(() -> {
                        try {
                            clerk.complete(there.payments().record(new PaymentService.NewPaymentCommand(acme,
                                    new BigDecimal("25.00"), OCT, PaymentMethod.CHECK, "CHK-9", null)));
                        } catch (RuntimeException e) {
                            clerk.completeExceptionally(e);
                        }
                    }).start();
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                    while (waitingForTheServersLock() == 0 && System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    assertThat(waitingForTheServersLock()).as("the other workstation waits for the batch").isOne();
                } else if (n == CreditBatch.FIRST_GROUP + 1) {
                    waitingWhenSecondBegan.set(waitingForTheServersLock());
                }
                return false;
            };
            books.clerk().creditApplications().applyAll((done, total) -> { }, canceled);
            assertThat(clerk.get(30, TimeUnit.SECONDS)).startsWith("P-");
        }
        assertThat(waitingWhenSecondBegan.get()).as("workstations still waiting when the batch went on").isZero();
    }

    /** Write transactions waiting for the server's write lock ({@link com.settle.store.TeamServer#WRITE_LOCK}). */
    private long waitingForTheServersLock() {
        return ((Number) books.database().dsl().fetchValue("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND NOT granted")).longValue();
    }

    /** Accounts with credit and an open invoice, for the batch to apply. */
    private void queue(int accounts) {
        for (int i = 0; i < accounts; i++) {
            String account = books.account("Queued " + i, "USD");
            books.invoice(account, OCT, "10.00");
            books.clerk().creditBalances().adjust(new AdjustCommand(account, AdjustmentType.INCREASE,
                    new BigDecimal("4.00"), "Goodwill", null, null, null));
        }
    }
}
