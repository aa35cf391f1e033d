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
 * refused use case, or of a read.
 */
class ServerChangesTest {

    @Test
    void anotherClerksCommitIsHeardOwnChangesRefusalsAndReadsAreNot() throws Exception {
        try (TestServer.Fresh fresh = TestServer.migratedDatabase();
             TestBooks ann = new TestBooks(TestServer.open(fresh.address()));
             TestBooks ben = new TestBooks(TestServer.open(fresh.address()))) {
            Semaphore heard = new Semaphore(0);
            try (ServerChanges listening = ServerChanges.listen(ann.database(), heard::release)) {
                // The listener signs in on a connection of its own: wait until it hears a first change.
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
            }
            // Closed, it hears nothing more and holds no connection.
            ben.account("After", "USD");
            assertThat(heard.tryAcquire(2, TimeUnit.SECONDS)).isFalse();
        }
    }
}
