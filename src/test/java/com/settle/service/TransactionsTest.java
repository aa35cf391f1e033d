package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.settle.support.TestBooks;
import com.settle.support.TestEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a clerk reads when the database refuses a change for a reason no rule of Settle's foresaw: a guard's own
 * sentence, or words that say what to do next; never the engine's text, a statement or a column name.
 */
class TransactionsTest {

    @TempDir
    Path folder;

    @Test
    void aGuardsRefusalIsPassedOnInItsOwnWordsAndNothingIsSaved() {
        try (TestBooks books = new TestBooks(folder)) {
            books.account("Acme", "USD");
            Transactions tx = new Transactions(books.database().dsl());
            long before = accounts(tx);
            assertThatThrownBy(() -> tx.inTransaction(t -> {
                t.execute("INSERT INTO account (number, name, currency, created_at) VALUES ('A-00000099', 'Zed',"
                        + " 'USD', CURRENT_TIMESTAMP)");
                return t.execute("DELETE FROM history_chain");
            })).isInstanceOf(ServiceException.class).hasMessage("The database refused the change: Saved history"
                    + " cannot be deleted: history chain rows stay as written; record a reversing entry instead."
                    + " Nothing was saved.");
            assertThat(accounts(tx)).isEqualTo(before);
        }
    }

    @Test
    void anUnforeseenRefusalSaysWhatToDoAndShowsNoSql() {
        try (TestBooks books = new TestBooks(folder)) {
            Transactions tx = new Transactions(books.database().dsl());
            assertThatThrownBy(() -> tx.inTransaction(t -> t.execute("UPDATE account SET no_such_column = 1")))
                    .isInstanceOf(ServiceException.class).hasMessage("The database could not save the change (the"
                            + " log file has the details). Nothing was saved; try again, and if it happens again,"
                            + " run Verify books.");
        }
    }

    @Test
    void aConnectionThatBreaksOffDuringAChangeSaysTheOutcomeIsUnknown() {
        assumeTrue(TestEngine.onServer(), "a team server's connection");
        try (TestBooks books = new TestBooks(folder)) {
            Transactions tx = new Transactions(books.database().dsl());
            assertThatThrownBy(() -> tx.inTransaction(t -> t.fetch("SELECT pg_terminate_backend(pg_backend_pid())")))
                    .isInstanceOf(ServiceException.class).hasMessage("The connection to the team server broke off,"
                            + " so Settle cannot tell whether the change was saved. Refresh (F5) and look before"
                            + " trying again.");
        }
    }

    private static long accounts(Transactions tx) {
        return tx.read(t -> ((Number) t.fetchValue("SELECT COUNT(*) FROM account")).longValue());
    }
}
