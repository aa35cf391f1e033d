package com.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.service.Protection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
        anaPassword = secret("ana.txt", "correct horse battery");
        assertThat(run("protect", "--new-password-file", anaPassword.toString())).as(err.toString()).isZero();
        Matcher m = Pattern.compile("Recovery key, shown this once: +(\\S+)").matcher(out.toString());
        assertThat(m.find()).as(out.toString()).isTrue();
        recoveryKey = m.group(1);
        assertThat(out.toString()).contains("nobody (Settle included) can open the books again");
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
