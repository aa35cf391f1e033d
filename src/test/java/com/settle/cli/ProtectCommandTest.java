package com.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.service.Protection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.settle.support.TestBooks;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A protected company file, through the command line: encrypted at rest, opened only by signing in, one
 * refusal for every wrong sign-in, passwords per user, the recovery key, backups that stay protected.
 */
class ProtectCommandTest extends CommandOnBooksTest {

    private static final List<String> NAMES = List.of("Acme Logistics", "Birchwood Dental", "Cobalt Analytics",
            "Yarrow Gardens");

    Path anaPassword;
    String recoveryKey;

    @BeforeEach
    void protectTheSampleCompany() throws IOException {
        db = folder.resolve("books.mv.db").toString();
        assertThat(run("init")).isZero();
        assertThat(run("demo")).as(err.toString()).isZero();
        assertThat(containsAnyName()).as("the plain file shows the names").isTrue();
        assertThat(run("backup")).as(err.toString()).isZero();
        anaPassword = secret("ana.txt", "correct horse battery");
        assertThat(run("protect", "--new-password-file", anaPassword.toString())).as(err.toString()).isZero();
        Matcher m = Pattern.compile("Recovery key, shown this once: +(\\S+)").matcher(out.toString());
        assertThat(m.find()).as(out.toString()).isTrue();
        recoveryKey = m.group(1);
        assertThat(out.toString()).contains("nobody (Settle included) can open the books again")
                .contains("Not protected: 1 backup(s) made before now, in " + folder.resolve("backups"));
        env.put("SETTLE_PASSWORD", "correct horse battery");
    }

    private Path secret(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text + "\n", StandardCharsets.UTF_8);
    }

    private boolean containsAnyName() throws IOException {
        String bytes = new String(Files.readAllBytes(Path.of(db)), StandardCharsets.ISO_8859_1);
        return NAMES.stream().anyMatch(bytes::contains);
    }

    @Test
    void theFileIsEncryptedAndOpensOnlyAfterSigningIn() throws IOException {
        assertThat(containsAnyName()).isFalse();
        assertThat(Protection.isProtected(Path.of(db))).isTrue();
        assertThat(run("--password-file", anaPassword.toString(), "account", "list")).isZero();
        assertThat(out.toString()).contains("Acme Logistics");
        assertThat(run("account", "list")).as("with SETTLE_PASSWORD").isZero();

        env.remove("SETTLE_PASSWORD");
        Path wrong = secret("wrong.txt", "correct horse battery!");
        assertThat(run("account", "list")).as("no password").isEqualTo(1);
        assertThat(err.toString().trim()).isEqualTo("settle: " + Protection.REFUSED);
        assertThat(run("--password-file", wrong.toString(), "account", "list")).isEqualTo(1);
        assertThat(err.toString().trim()).isEqualTo("settle: " + Protection.REFUSED);
        assertThat(run("--user", "nobody", "--password-file", anaPassword.toString(), "account", "list")).isEqualTo(1);
        assertThat(err.toString().trim()).isEqualTo("settle: " + Protection.REFUSED);
        assertThat(run("--user", "admin", "--password-file", anaPassword.toString(), "account", "list"))
                .as("admin has no password").isEqualTo(1);
        assertThat(err.toString().trim()).isEqualTo("settle: " + Protection.REFUSED);
        env.put("SETTLE_PASSWORD", "correct horse battery");
    }

    @Test
    void eachUserSignsInWithTheirOwnPasswordAndADeactivatedOneNoLonger() throws IOException {
        Path boPassword = secret("bo.txt", "bo's own long password");
        assertThat(run("user", "add", "bo", "--role", "Clerk", "--new-password-file", boPassword.toString()))
                .as(err.toString()).isZero();
        assertThat(run("--user", "bo", "--password-file", boPassword.toString(), "credit", "adjust", "A-00000001",
                "--increase", "5")).as(err.toString()).isZero();
        assertThat(run("--user", "bo", "--password-file", boPassword.toString(), "user", "add", "cy", "--role",
                "Clerk", "--new-password-file", boPassword.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("You (bo) may not manage users");
        assertThat(run("--user", "bo", "--password-file", anaPassword.toString(), "account", "list")).isEqualTo(1);
        assertThat(run("user", "deactivate", "bo")).isZero();
        assertThat(run("--user", "bo", "--password-file", boPassword.toString(), "account", "list")).isEqualTo(1);
        assertThat(err.toString().trim()).isEqualTo("settle: " + Protection.REFUSED);
        Path shortOne = secret("short.txt", "short");
        assertThat(run("user", "password", "--new-password-file", shortOne.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Password has 5 characters; use at least 10");
    }

    @Test
    void aBackupStaysProtectedAndRestoresWithTheSamePasswords() throws IOException {
        Path zip = folder.resolve("copy.zip");
        assertThat(run("backup", "--to", zip.toString())).as(err.toString()).isZero();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.stream().map(e -> e.getName()).toList()).contains("books.mv.db", "books.keys");
            assertThat(z.getComment()).startsWith("Settle backup; history chain head ");
            String inside = new String(z.getInputStream(z.getEntry("books.mv.db")).readAllBytes(),
                    StandardCharsets.ISO_8859_1);
            assertThat(NAMES).noneMatch(inside::contains);
        }
        assertThat(run("credit", "adjust", "A-00000001", "--increase", "7")).isZero();
        assertThat(run("restore", "--from", zip.toString(), "--yes")).as(err.toString()).isZero();
        assertThat(Protection.isProtected(Path.of(db))).isTrue();
        assertThat(containsAnyName()).isFalse();
        assertThat(run("account", "list")).isZero();

        // A new computer: no file to sign in to, the backup opens with its own users' passwords.
        String original = db;
        try {
            Files.createDirectories(folder.resolve("laptop"));
            db = folder.resolve("laptop/books.mv.db").toString();
            env.put("SETTLE_PASSWORD", "not the password");
            assertThat(run("restore", "--from", zip.toString(), "--yes")).isEqualTo(1);
            assertThat(err.toString().trim()).isEqualTo("settle: " + Protection.REFUSED);
            assertThat(Files.exists(Path.of(db))).isFalse();
            env.put("SETTLE_PASSWORD", "correct horse battery");
            assertThat(run("restore", "--from", zip.toString(), "--yes")).as(err.toString()).isZero();
            assertThat(Protection.isProtected(Path.of(db))).isTrue();
            assertThat(Files.exists(folder.resolve("laptop/books.keys"))).isTrue();
            assertThat(run("account", "list")).isZero();
            assertThat(out.toString()).contains("Acme Logistics");
        } finally {
            db = original;
        }
    }

    @Test
    void theRecoveryKeyOpensTheFileWhenThePasswordIsForgotten() throws IOException {
        Path key = secret("recovery.txt", recoveryKey.toLowerCase());
        Path fresh = secret("fresh.txt", "a brand new password");
        assertThat(run("--user", OS_USER, "recover", "--recovery-key-file", key.toString(), "--new-password-file",
                fresh.toString())).as(err.toString()).isZero();
        assertThat(run("--password-file", anaPassword.toString(), "account", "list")).isEqualTo(1);
        env.put("SETTLE_PASSWORD", "a brand new password");
        assertThat(run("account", "list")).isZero();
        Path wrongKey = secret("wrong-key.txt", "0000-0000-0000-0000-0000-0000-0000-0000");
        assertThat(run("--user", OS_USER, "recover", "--recovery-key-file", wrongKey.toString(),
                "--new-password-file", fresh.toString())).isNotZero();
        assertThat(err.toString()).contains("did not open with that key");
    }

    /**
     * Every command of the command line, found by walking its tree: each one that changes the books or
     * carries them out of Settle is refused for a signed-in user whose role grants nothing; the others are
     * listed with the reason they need no permission. A new command must be added to one of the two.
     */
    @Test
    void everyCommandIsRefusedForAUserWithoutItsPermission() throws IOException {
        Path nobodyPassword = secret("nobody.txt", "nobody's long password");
        Path csv = Files.writeString(folder.resolve("rows.csv"), "Name,Currency\nNew Ltd,USD\n");
        assertThat(run("user", "add-role", "Nothing", "--name", "No permissions")).as(err.toString()).isZero();
        assertThat(run("user", "add", "nobody", "--role", "Nothing", "--new-password-file",
                nobodyPassword.toString())).as(err.toString()).isZero();
        Map<String, String[]> refused = new LinkedHashMap<>();
        refused.put("account add", new String[] {"New Ltd", "--currency", "USD"});
        refused.put("account activate", new String[] {"A-00000001"});
        refused.put("account deactivate", new String[] {"A-00000001"});
        refused.put("document add", new String[] {"A-00000001", "--date", "2026-11-20", "--charge", "Work",
                "--price", "10.00"});
        refused.put("document post", new String[] {"INV-00000001"});
        refused.put("document cancel", new String[] {"INV-00000001"});
        refused.put("payment add", new String[] {"--account", "A-00000001", "--amount", "10.00", "--date",
                "2026-11-20", "--method", "Cash"});
        refused.put("payment apply", new String[] {"P-00000001", "--date", "2026-11-23"});
        refused.put("payment unapply", new String[] {"P-00000001", "--date", "2026-11-23"});
        refused.put("payment refund", new String[] {"P-00000001", "--amount", "1.00", "--method", "Cash"});
        refused.put("payment transfer", new String[] {"P-00000001", "--amount", "1.00"});
        refused.put("payment cancel", new String[] {"P-00000001"});
        refused.put("credit adjust", new String[] {"A-00000001", "--increase", "5"});
        refused.put("credit apply", new String[] {"A-00000001"});
        refused.put("credit apply-all", new String[] {});
        refused.put("credit refund", new String[] {"A-00000001", "--amount", "1.00", "--method", "Cash"});
        refused.put("credit cancel", new String[] {"CBA-00000001"});
        refused.put("credit update", new String[] {"CBA-00000001", "--transferred-to-accounting", "Yes"});
        refused.put("credit from-invoice", new String[] {"INV-00000001"});
        refused.put("user add", new String[] {"cy", "--role", "Clerk", "--new-password-file", nobodyPassword.toString()});
        refused.put("user role", new String[] {"ana", "Clerk"});
        refused.put("user activate", new String[] {"ana"});
        refused.put("user deactivate", new String[] {"ana"});
        refused.put("user password", new String[] {"ana", "--new-password-file", nobodyPassword.toString()});
        refused.put("user add-role", new String[] {"Other"});
        refused.put("user grant", new String[] {"Nothing", "BACKUP"});
        refused.put("user revoke", new String[] {"Clerk", "BACKUP"});
        for (String kind : List.of("accounts", "documents", "payments", "credit-balances")) {
            refused.put("import " + kind, new String[] {csv.toString()});
        }
        refused.put("import undo", new String[] {"IB-00000001"});
        for (String kind : List.of("accounts", "documents", "payments")) {
            refused.put("export " + kind, new String[] {"--to", folder.resolve(kind + ".csv").toString()});
        }
        refused.put("export history", new String[] {"A-00000001", "--to", folder.resolve("h.csv").toString()});
        refused.put("backup", new String[] {"--to", folder.resolve("b2.zip").toString()});
        refused.put("restore", new String[] {"--from", folder.resolve("b.zip").toString(), "--yes"});
        refused.put("unprotect", new String[] {"--yes"});
        refused.put("close", new String[] {"--through", "2026-10-31"});
        refused.put("write-off add", new String[] {"INV-00000001", "--yes"});
        refused.put("write-off reverse", new String[] {"WO-00000001"});
        refused.put("write-off tolerance", new String[] {"USD", "1.00"});
        refused.put("account terms", new String[] {"A-00000001", "--percent", "2", "--days", "10"});
        refused.put("deposit-account", new String[] {"Check", "1000-CASH"});
        refused.put("compact", new String[] {});
        refused.put("journal run", new String[] {"--through", "2026-11-23"});
        refused.put("journal export", new String[] {"--from", "2026-11-01", "--to", "2026-11-23", "--file",
                folder.resolve("j.csv").toString()});
        refused.put("journal mark", new String[] {"JR-00000001", "--transferred"});
        refused.put("journal ignore", new String[] {"P-00000001"});
        Map<String, String> open = Map.ofEntries(
                Map.entry("init", "creates a new file; refuses an existing one"),
                Map.entry("demo", "loads the sample company into an empty file only"),
                Map.entry("verify", "reads"), Map.entry("account list", "reads"), Map.entry("account show", "reads"),
                Map.entry("document list", "reads"), Map.entry("document show", "reads"),
                Map.entry("payment list", "reads"), Map.entry("payment show", "reads"),
                Map.entry("credit queue", "reads"), Map.entry("credit show", "reads"),
                Map.entry("statement", "reads what the account page shows (saved as PDF with --pdf)"),
                Map.entry("journal show", "reads"), Map.entry("journal runs", "reads"),
                Map.entry("user list", "reads"), Map.entry("user roles", "reads"), Map.entry("import list", "reads"),
                Map.entry("bench", "works on files of its own"), Map.entry("crash-loop", "works on files of its own"),
                Map.entry("training", "works on a file of its own"),
                Map.entry("protect", "needs Manage users, and an unprotected file: tested above"),
                Map.entry("recover", "the recovery key opens everything by design"),
                Map.entry("server init", "prepares a team server's empty database (--server); a file it refuses"),
                Map.entry("server import-file", "reads a file (a protected one only with its key) into a server's"
                        + " empty database; a file as target it refuses"),
                Map.entry("server export-file", "needs Export on the server, as every export does; a file it refuses"));
        List<String> commands = new ArrayList<>();
        leaves(new CommandLine(new SettleCommand(new CliContext(new PrintWriter(out), new PrintWriter(err), env,
                TestBooks.CLOCK, folder, OS_USER),
                (f, d, u, s) -> 0)), "", commands);
        assertThat(commands).as("every command is listed as refused or as open").allSatisfy(c ->
                assertThat(refused.containsKey(c) || open.containsKey(c)).as(c).isTrue());
        assertThat(run("backup", "--to", folder.resolve("b.zip").toString())).isZero();
        assertThat(run("verify")).isZero();
        String before = out.toString().lines().filter(l -> l.startsWith("history chain head")).findFirst()
                .orElseThrow();
        for (var e : refused.entrySet()) {
            List<String> args = new ArrayList<>(List.of("--user", "nobody", "--password-file",
                    nobodyPassword.toString()));
            args.addAll(List.of(e.getKey().split(" ")));
            args.addAll(List.of(e.getValue()));
            assertThat(run(args.toArray(String[]::new))).as(e.getKey() + ": " + err).isEqualTo(1);
            assertThat(err.toString()).as(e.getKey()).contains("You (nobody) may not");
        }
        assertThat(run("verify")).isZero();
        assertThat(out.toString()).as("nothing was recorded").contains(before);
        assertThat(Files.exists(folder.resolve("b2.zip"))).isFalse();
    }

    private static void leaves(CommandLine c, String path, List<String> out) {
        if (c.getSubcommands().isEmpty()) {
            out.add(path);
            return;
        }
        c.getSubcommands().forEach((name, sub) -> leaves(sub, (path + " " + name).strip(), out));
    }

    @Test
    void removingProtectionNeedsConfirmationAndLeavesAPlainFile() throws IOException {
        assertThat(run("unprotect")).isNotZero();
        assertThat(Protection.isProtected(Path.of(db))).isTrue();
        assertThat(run("unprotect", "--yes")).as(err.toString()).isZero();
        assertThat(Protection.isProtected(Path.of(db))).isFalse();
        assertThat(Files.exists(folder.resolve("books.keys"))).isFalse();
        env.remove("SETTLE_PASSWORD");
        assertThat(run("account", "list")).isZero();
    }
}
