package com.settle.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.store.ServerChanges;
import com.settle.support.TestBooks;
import com.settle.support.TestServer;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Open books on a server hear of the changes other clerks commit (LISTEN/NOTIFY), and not of their own, of a
 * refused use case, or of a read; after the server drops the listener's connection, it listens again.
 */
class ServerChangesTest {

    @Test
    void anotherClerksCommitIsHeardOwnChangesRefusalsAndReadsAreNot() throws Exception {
        try (TestServer.Fresh fresh = TestServer.migratedDatabase();
             TestBooks ann = new TestBooks(TestServer.open(fresh.address()));
             TestBooks ben = new TestBooks(TestServer.open(fresh.address()))) {
            Semaphore heard = new Semaphore(0);
            try (ServerChanges listening = ServerChanges.listen(ann.database(), heard::release)) {
                // Listening from the moment listen returns: the next change another clerk commits is heard.
                String acme = ben.account("Acme", "USD");
                assertThat(heard.tryAcquire(20, TimeUnit.SECONDS)).as("ben's new account").isTrue();
                heard.drainPermits();

                ann.account("Ann's own", "USD");
                ann.payment(acme, "10.00", TestBooks.TODAY);
                ben.clerk().accounts().list();
                assertThatThrownBy(() -> ben.payment(acme, "-5.00", TestBooks.TODAY))
                        .isInstanceOf(RuntimeException.class);
                assertThat(heard.tryAcquire(3, TimeUnit.SECONDS)).as("own changes, a read, a refusal").isFalse();

                ben.payment(acme, "20.00", TestBooks.TODAY);
                assertThat(heard.tryAcquire(20, TimeUnit.SECONDS)).as("ben's payment").isTrue();

                // The server drops the listener's connection: it signs in again and, having missed what happened
                // meanwhile, says the books may have changed; then it hears the next change as before.
                TestServer.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + fresh.address().database() + "' AND query = 'LISTEN settle_changed'");
                assertThat(heard.tryAcquire(30, TimeUnit.SECONDS)).as("after listening again").isTrue();
                heard.drainPermits();
                ben.account("Later", "USD");
                assertThat(heard.tryAcquire(20, TimeUnit.SECONDS)).as("ben's later account").isTrue();
            }
            // Closed, it hears nothing more and holds no connection.
            ben.account("After", "USD");
            assertThat(heard.tryAcquire(2, TimeUnit.SECONDS)).isFalse();
        }
    }
}
