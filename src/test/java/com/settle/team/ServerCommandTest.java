package com.settle.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.cli.Cli;
import com.settle.cli.CliContext;
import com.settle.support.TestBooks;
import com.settle.support.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a team server: {@code settle server init} prepares an empty database, then the same commands
 * as on a file work there with {@code --server} (or SETTLE_SERVER), signed in as a PostgreSQL role.
 */
class ServerCommandTest {

    @TempDir
    Path folder;
    TestServer.Fresh fresh;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void emptyDatabase() {
        fresh = TestServer.emptyDatabase();
        env.put("SETTLE_PASSWORD", new String(TestServer.password()));
    }

    @AfterEach
    void dropIt() {
        if (fresh != null) {
            fresh.close();
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(new CliContext(new PrintWriter(out), new PrintWriter(err), env, TestBooks.CLOCK, folder,
                TestServer.user()), (f, d, u, s) -> 0, args);
    }

    @Test
    void initPreparesTheDatabaseOnceAndCommandsWorkThere() {
        String server = fresh.address().toString();
        assertThat(run("server", "init", "--server", server)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("prepared " + server + " for Settle (schema version 21); "
                + TestServer.user() + " is its first administrator");
        assertThat(run("server", "init", "--server", server)).isZero();
        assertThat(out.toString()).contains("was already prepared for Settle").contains("There is no role "
                + fresh.address().database() + "_clerks on the server yet: create it");

        env.put("SETTLE_SERVER", server);
        assertThat(run("account", "add", "Acme", "--currency", "USD")).as(err.toString()).isZero();
        assertThat(run("payment", "add", "--account", "A-00000001", "--amount", "120.50", "--date", "2026-10-05",
                "--method", "Check")).as(err.toString()).isZero();
        assertThat(run("account", "list")).isZero();
        assertThat(out.toString()).contains("Acme").contains("120.50");
        assertThat(run("verify")).as(out.toString()).isZero();
        assertThat(out.toString()).contains("books balance (1 payments, 0 documents, 0 items, 1 accounts checked)");
    }

    @Test
    void importFileMovesACompanyWithItsHistoryAndNumbersOnceOnly() {
        String server = fresh.address().toString();
        String file = folder.resolve("books.mv.db").toString();
        assertThat(run("demo", "--db", file)).as(err.toString()).isZero();
        assertThat(run("payment", "list", "--db", file, "--json")).isZero();
        int payments = out.toString().split("\"number\"").length - 1;
        assertThat(payments).isGreaterThan(50);
        assertThat(run("server", "init", "--server", server)).isZero();

        assertThat(run("server", "import-file", "--from", file, "--server", server)).as(out + "" + err).isZero();
        assertThat(out.toString()).contains("rows of " + file + " into " + server + " in one transaction")
                .contains("books balance on the server").containsPattern("history chain head (\\w{12}), as in the"
                        + " file \\(\\1\\)");

        // The server goes on where the file stopped: the next payment takes the next number.
        env.put("SETTLE_SERVER", server);
        assertThat(run("payment", "add", "--account", "A-00000001", "--amount", "5.00", "--date", "2026-11-20",
                "--method", "Check")).as(err.toString()).isZero();
        assertThat(out.toString()).contains(String.format("P-%08d", payments + 1));
        assertThat(run("verify")).as(out.toString()).isZero();

        // A second import finds a company there and copies nothing.
        assertThat(run("server", "import-file", "--from", file)).isEqualTo(1);
        assertThat(err.toString()).contains("The server's database already holds a company").contains("Nothing was"
                + " copied");
        assertThat(run("payment", "list", "--json")).isZero();
        assertThat(out.toString().split("\"number\"").length - 1).isEqualTo(payments + 1);
    }

    @Test
    void aCompanyMovesToTheServerAndBackWithItsHistoryAndNeverOverAFile() throws Exception {
        String server = fresh.address().toString();
        String file = folder.resolve("books.mv.db").toString();
        assertThat(run("demo", "--db", file)).as(err.toString()).isZero();
        assertThat(run("server", "init", "--server", server)).isZero();
        assertThat(run("server", "import-file", "--from", file, "--server", server)).as(out + "" + err).isZero();
        env.put("SETTLE_SERVER", server);
        assertThat(run("payment", "add", "--account", "A-00000001", "--amount", "7.25", "--date", "2026-11-20",
                "--method", "Check")).as(err.toString()).isZero();
        String added = out.toString().replaceAll("(?s).*(P-\\d{8}).*", "$1");

        Path back = folder.resolve("archive.mv.db");
        assertThat(run("server", "export-file", "--to", back.toString())).as(out + "" + err).isZero();
        assertThat(out.toString()).contains("into " + back).contains("books balance in the file")
                .containsPattern("history chain head \\w{12}, as on the server");
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()))
                .noneMatch(n -> n.contains("unfinished"));

        // The file holds what the server holds, the payment added there included, and goes on numbering after it.
        env.remove("SETTLE_SERVER");
        assertThat(run("verify", "--db", back.toString())).as(out.toString()).isZero();
        assertThat(run("payment", "list", "--db", back.toString(), "--json")).isZero();
        assertThat(out.toString()).contains(added);
        int payments = out.toString().split("\"number\"").length - 1;
        assertThat(run("payment", "add", "--db", back.toString(), "--account", "A-00000001", "--amount", "1.00",
                "--date", "2026-11-21", "--method", "Check")).as(err.toString()).isZero();
        assertThat(out.toString()).contains(String.format("P-%08d", payments + 1));

        // An existing file is never replaced: the second export is refused and the file keeps its payment.
        long size = Files.size(back);
        assertThat(run("server", "export-file", "--to", back.toString(), "--server", server)).isEqualTo(1);
        assertThat(err.toString()).contains("A company file already exists at " + back).contains("left untouched");
        assertThat(Files.size(back)).isEqualTo(size);
        assertThat(run("payment", "list", "--db", back.toString(), "--json")).isZero();
        assertThat(out.toString().split("\"number\"").length - 1).isEqualTo(payments + 1);
    }

    @Test
    void aServerRefusesWhatOnlyAFileCanDoAndAWrongPasswordChangesNothing() {
        String server = fresh.address().toString();
        // Only server init makes a company in an empty database; any other command is refused there.
        assertThat(run("account", "list", "--server", server)).isEqualTo(1);
        assertThat(err.toString()).contains("holds no Settle company yet").contains("settle server init --server "
                + server);
        assertThat(run("server", "init", "--server", server)).isZero();
        assertThat(run("backup", "--server", server)).isEqualTo(2);
        assertThat(err.toString()).contains("--server names a team server, but settle backup works on a company file"
                + " only");
        assertThat(run("verify", "--server", server, "--db", folder.resolve("x.mv.db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--server and --db name two companies");
        assertThat(run("verify", "--server", "postgresql://ann@books/settle")).isEqualTo(2);
        assertThat(err.toString()).contains("--server holds a user name");
        env.put("SETTLE_PASSWORD", "not the password");
        assertThat(run("account", "add", "Acme", "--currency", "USD", "--server", server)).isEqualTo(1);
        assertThat(err.toString()).contains(server + " did not accept user " + TestServer.user()
                + " with that password").doesNotContain("PSQLException").doesNotContain("FATAL");
        env.put("SETTLE_PASSWORD", new String(TestServer.password()));
        assertThat(run("account", "list", "--server", server)).isZero();
        assertThat(out.toString()).doesNotContain("Acme");
    }
}
