package com.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.store.Database;
import com.settle.support.TestBooks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process against real database files: output, one-line errors and exit codes. */
class CliTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> windows = new ArrayList<>();

    private int run(Map<String, String> env, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err), env, TestBooks.CLOCK,
                folder.resolve("data"));
        return Cli.run(context, (db, demo, user, server) -> {
            windows.add(server != null ? "server " + server + " as " + user : db + " demo=" + demo);
            return 0;
        }, args);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void demoFillsAnEmptyDatabaseAndVerifySaysTheBooksBalance() {
        String db = folder.resolve("books").toString();
        assertThat(run("demo", "--db", db)).isEqualTo(0);
        assertThat(out.toString()).startsWith("sample company loaded into " + db + ".mv.db (25 accounts); books balance");
        assertThat(run("verify", "--db", db)).isEqualTo(0);
        assertThat(out.toString()).startsWith("books balance (");
        assertThat(err.toString()).isEmpty();
        assertThat(run("--db", db, "verify", "--json")).isEqualTo(0);
        assertThat(out.toString()).startsWith("{\"balanced\":true,").contains("\"accounts\":25").contains("\"differences\":[]");
    }

    @Test
    void trainingForTheInstallersArchiveLoadsTheLaunchClassesWithoutADisplay() {
        String db = folder.resolve("training").toString();
        assertThat(run("training", "--db", db)).isEqualTo(0);
        var m = Pattern.compile("training done: (\\d+) launch classes loaded, (\\d+) not found")
                .matcher(out.toString());
        assertThat(m.find()).as(out.toString()).isTrue();
        // The list is regenerated from a real launch; a few stale names are fine, a stale list is not.
        assertThat(Integer.parseInt(m.group(1))).isGreaterThan(5_000);
        assertThat(Integer.parseInt(m.group(2))).isLessThan(100);
        assertThat(run("verify", "--db", db)).isEqualTo(0);
        // Hidden from the command list: it is for the build.
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString()).doesNotContain("training");
    }

    @Test
    void aCommandOnAMissingFileSaysHowToMakeOneAndInitNeverReplacesOne() {
        String db = folder.resolve("status").toString();
        assertThat(run("account", "list", "--db", db)).isEqualTo(1);
        assertThat(err.toString()).startsWith("settle: No company file at " + db + ".mv.db. `settle init --db");
        assertThat(folder.resolve("status.mv.db")).doesNotExist();
        assertThat(run("init", "--db", db)).isZero();
        assertThat(run("init", "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("already exists");
        assertThat(run("account", "list", "--db", db)).isZero();
    }

    @Test
    void demoRefusesADatabaseThatHasDataUnlessForced() {
        String db = folder.resolve("books").toString();
        assertThat(run("demo", "--db", db)).isEqualTo(0);
        assertThat(run("demo", "--db", db)).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("settle: " + db + ".mv.db already has 25 accounts; use --force to add the"
                + " sample company anyway." + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        assertThat(run("demo", "--force", "--db", db, "--json")).as("its books are closed").isEqualTo(1);
        assertThat(err.toString()).contains("The books are closed through ").contains("Make it in a new file.");
        String open = folder.resolve("open").toString();
        assertThat(run("init", "--db", open)).isZero();
        assertThat(run("account", "add", "Own Ltd", "--currency", "USD", "--db", open)).isZero();
        assertThat(run("demo", "--force", "--db", open, "--json")).isEqualTo(0);
        assertThat(out.toString()).contains("\"accounts\":26");
    }

    @Test
    void demoWritesALargeCompanyOfTheSizeAsked() {
        String db = folder.resolve("large").toString();
        assertThat(run("demo", "--size", "huge", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("--size 'huge' is not small or large");
        assertThat(run("demo", "--accounts", "0", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("--accounts must be from 1 to 100,000");
        assertThat(folder.resolve("large.mv.db")).as("refused input makes no file").doesNotExist();
        assertThat(run("--json", "demo", "--accounts", "12", "--years", "1", "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"accounts\":12").contains("\"documents\":144")
                .contains("\"balanced\":true").contains("\"fileBytes\":");
        assertThat(run("verify", "--db", db)).isZero();
    }

    @Test
    void compactRewritesTheFileAndKeepsItsBooks() {
        String db = folder.resolve("books").toString();
        assertThat(run("demo", "--db", db)).isZero();
        assertThat(run("compact", "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("compacted " + db + ".mv.db: ").contains(" -> ");
        assertThat(run("--json", "compact", "--db", db)).isZero();
        assertThat(out.toString()).contains("\"bytesBefore\":").contains("\"bytesAfter\":");
        assertThat(run("verify", "--db", db)).isZero();
        assertThat(run("compact", "--db", folder.resolve("nothing").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("No company file at ");
    }

    @Test
    void verifyListsDifferencesAndExitsOne() {
        try (TestBooks books = new TestBooks(folder)) {
            String acme = books.account("Acme", "USD");
            books.invoice(acme, TestBooks.TODAY, "10.00");
            books.database().dsl().execute("UPDATE document_item_balance SET balance = 4");
        }
        assertThat(run("verify", "--db", folder.resolve("books.mv.db").toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith("books do not balance: 2 differences")
                .contains("item INV-00000001 #1: expected amount − balance 6 = payments, credit and write-offs"
                        + " applied, net of reversals, found 0");
    }

    @Test
    void aDatabaseOpenElsewhereGivesOneClearLine() {
        // This test holds the file open; a second JVM runs the real entry point on it.
        Path locked = folder.resolve("locked.mv.db");
        try (Database ignored = Database.open(locked)) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dsettle.log.dir=" + folder,
                    "com.settle.app.Main", "verify", "--db", locked.toString()).redirectErrorStream(false);
            Process p = pb.start();
            String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).isEqualTo(1);
            assertThat(stderr).isEqualTo("settle: Settle is already open on " + locked
                    + ". Close the other Settle window or command first." + System.lineSeparator());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void badArgumentsExitTwoWithOneLine() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("settle: Unmatched argument");
        assertThat(run("bench", "--rounds", "0")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("settle: --rounds must be at least 1 (see settle --help)"
                + System.lineSeparator());
        assertThat(run("bench", "--server", "postgresql://127.0.0.1:1/books")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("settle: --server: the benchmarks run on a team server with"
                + " --payment-only or --credit-only (the others measure a company file) (see settle --help)"
                + System.lineSeparator());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"demo", "verify", "bench"}) {
            assertThat(run(command, "--help")).isEqualTo(0);
            assertThat(out.toString()).startsWith("Usage: settle " + command);
        }
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString()).contains("Commands:").contains("verify").contains("--db=PATH");
    }

    @Test
    void noCommandOpensTheWindowOnTheChosenDatabase() {
        assertThat(run(Map.of("SETTLE_DB", folder.resolve("env").toString()), "--demo")).isEqualTo(0);
        assertThat(run(Map.of(), "--db", folder.resolve("opt").toString())).isEqualTo(0);
        assertThat(run(Map.of())).isEqualTo(0);
        assertThat(windows).containsExactly(
                folder.resolve("env.mv.db") + " demo=true",
                folder.resolve("opt.mv.db") + " demo=false",
                folder.resolve("data/settle.mv.db") + " demo=false");
    }

    @Test
    void withAServerTheWindowConnectsToItAndAsksForThePasswordItself() {
        assertThat(run(Map.of(), "--server", "postgresql://books.example.com/settle", "--user", "ann")).isZero();
        assertThat(run(Map.of("SETTLE_SERVER", "postgresql://books.example.com:5433/settle"))).isZero();
        assertThat(windows).containsExactly("server postgresql://books.example.com:5432/settle as ann",
                "server postgresql://books.example.com:5433/settle as " + System.getProperty("user.name"));
        assertThat(run(Map.of(), "--server", "postgresql://books.example.com/settle", "--demo")).isEqualTo(2);
        assertThat(err.toString()).contains("--demo loads the sample company into a company file, not onto a team"
                + " server");
        assertThat(windows).hasSize(2);
    }
}
