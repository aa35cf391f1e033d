package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.support.RawEdits;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verify books' second thread reads the items' balance rows while the documents' pass asks for them: the pass waits
 * for a row not yet read, gets each row as stored (or none), and stops with the read's failure rather than wait for
 * ever.
 */
class ItemBalancesTest {

    private static final String MOST = "999999999999999.9999";

    @TempDir
    Path folder;

    @Test
    void aPassAskingBeforeTheRowsAreReadGetsEachAsStored() throws Exception {
        try (TestBooks books = new TestBooks(folder)) {
            books.invoice(books.account("Acme", "USD"), LocalDate.of(2026, 10, 1), "60.00", "40.00", "0.50", "7.25");
        }
        // One row beyond what whole cents in an int hold, one row gone, one finer than a cent.
        RawEdits.aroundGuards(folder, "UPDATE document_item_balance SET amount = " + MOST + ", balance = " + MOST
                + " WHERE item_id = (SELECT MIN(id) FROM document_item)", "DELETE FROM document_item_balance WHERE"
                + " item_id = (SELECT MIN(id) + 2 FROM document_item)", "UPDATE document_item_balance SET amount ="
                + " 7.2550, balance = 7.2550 WHERE item_id = (SELECT MAX(id) FROM document_item)");
        try (TestBooks books = new TestBooks(folder)) {
            DSLContext t = books.database().dsl();
            ItemBalances balances = AppliedToItems.read(t, RowWalk.NONE).balances();
            CompletableFuture<BigDecimal[][]> asked = CompletableFuture.supplyAsync(() -> new BigDecimal[][] {
                balances.at(0), balances.at(1), balances.at(2), balances.at(3)});
            Thread.sleep(200);
            assertThat(asked).as("nothing read yet").isNotDone();
            balances.read(t);
            BigDecimal[][] rows = asked.get(10, TimeUnit.SECONDS);
            assertThat(rows[0]).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal(MOST), new BigDecimal(MOST));
            assertThat(rows[1]).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("40.00"), new BigDecimal("40.00"));
            assertThat(rows[2]).isNull();
            assertThat(rows[3]).extracting(BigDecimal::toPlainString).containsExactly("7.2550", "7.2550");
            assertThat(rows[1]).extracting(BigDecimal::toPlainString).as("as the database hands them over")
                    .containsExactly("40.0000", "40.0000");
        }
    }

    @Test
    void aFailedReadStopsThePassWaitingForARow() {
        ItemBalances balances = new ItemBalances(IdPositions.range(1, 3));
        CompletableFuture<BigDecimal[]> asked = CompletableFuture.supplyAsync(() -> balances.at(1));
        balances.failed(new IllegalStateException("the file could not be read"));
        assertThatThrownBy(() -> asked.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("the file could not be read");
    }
}
