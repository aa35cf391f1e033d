package com.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.support.TestBooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code settle account}: an account made, deactivated and activated again, on a file or a team server. */
class AccountCommandTest extends CommandOnBooksTest {

    @BeforeEach
    void setUp() {
        new TestBooks(folder).close();
        db = folder.resolve("books.mv.db").toString();
    }

    @Test
    void anAccountIsDeactivatedAndActivatedFromTheCommandLine() {
        assertThat(run("account", "add", "Acme", "--currency", "USD")).isEqualTo(0);
        String[] pay = {"payment", "add", "--account", "A-00000001", "--amount", "10.00", "--date", "2026-11-20",
            "--method", "Check"};
        assertThat(run("account", "deactivate", "A-00000001")).isEqualTo(0);
        assertThat(out.toString()).startsWith("A-00000001 is now inactive.");
        assertThat(run(pay)).isEqualTo(2);
        assertThat(err.toString()).contains("A-00000001 is inactive; activate it first");
        assertThat(run("account", "show", "A-00000001")).isEqualTo(0);
        assertThat(out.toString()).contains("Inactive");
        assertThat(run("account", "activate", "A-00000001")).isEqualTo(0);
        assertThat(run(pay)).isEqualTo(0);
        assertThat(run("account", "deactivate", "A-00000099")).isEqualTo(2);
        assertThat(err.toString()).contains("'A-00000099' is not an account number");
    }
}
