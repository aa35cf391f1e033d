package com.settle.cli;

import com.settle.domain.model.AccountStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.AmountParser;
import com.settle.domain.ValidationException;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.PaymentMethod;
import com.settle.reliability.Signature;
import com.settle.service.AccountService;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.DocumentService;
import com.settle.service.ImportService;
import com.settle.service.PaymentService;
import com.settle.service.Protection;
import com.settle.service.Services;
import com.settle.store.Database;
import com.settle.support.InlineRunner;
import com.settle.support.TestBooks;
import com.settle.support.TestEngine;
import com.settle.support.TestServer;
import com.settle.support.TestUsers;
import com.settle.ui.security.ProtectViewModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue: every row of {@code docs/bad-input.md} is run here (a screen field's parser,
 * a command line, a CSV file) and must get exactly the message the table gives, with nothing changed in
 * the books. Run with {@code -Dsettle.catalogue.write=true} to rewrite the table from what the
 * program says (then read every message before committing it).
 */
class BadInputCatalogueTest {

    static final Path TABLE = Path.of("docs", "bad-input.md");

    @TempDir
    static Path folder;
    static String db;
    static final Map<String, Case> CASES = new LinkedHashMap<>();
    static final Map<String, String> ACTUAL = new LinkedHashMap<>();

    /** One kind of bad input: where it enters, what it is, and how to give it. */
    record Case(String where, String input, Supplier<String> run) {
    }

    /** The Protect dialog's form as a clerk fills it; the file is never touched (the protector fails if called). */
    private static String protectForm(String password, String again, boolean ticked) {
        ProtectViewModel model = new ProtectViewModel(new InlineRunner(), p -> {
            throw new AssertionError("the file was protected despite the bad input");
        }, "ana");
        model.passwordProperty().set(password);
        model.againProperty().set(again);
        model.understoodProperty().set(ticked);
        model.protect(books -> {
            throw new AssertionError("the file was protected despite the bad input");
        });
        return model.messageProperty().get();
    }

    private static void add(String id, String where, String input, Supplier<String> run) {
        CASES.put(id, new Case(where, input, run));
    }

    static final String ANA_PASSWORD = "ana's long password";

    /** Runs the command line on the protected copy of the books; the message is what it printed on stderr. */
    static String secure(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--db";
        all[args.length + 1] = folder.resolve("secure.mv.db").toString();
        int code = Cli.run(new CliContext(new PrintWriter(out), new PrintWriter(err), env, TestBooks.CLOCK,
                folder, "ana"), (f, d, u, s) -> 0, all);
        assertThat(code).as("exit code of " + String.join(" ", args) + "; " + out).isIn(1, 2);
        return err.toString().strip().replaceFirst("^settle: ", "").replace(folder.toString(), "…");
    }

    /**
     * Runs the command line on the books file (on the test server, with {@code --server} on the books there, ana
     * signed in with her own login); the message is what it printed on stderr.
     */
    static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        Map<String, String> env = Map.of();
        if (TestEngine.onServer()) {
            all[args.length] = "--server";
            all[args.length + 1] = TestEngine.address(folder).toString();
            env = Map.of("SETTLE_PASSWORD", new String(TestServer.login("ana")));
        } else {
            all[args.length] = "--db";
            all[args.length + 1] = db;
        }
        int code = Cli.run(new CliContext(new PrintWriter(out), new PrintWriter(err), env, TestBooks.CLOCK,
                folder, "ana"), (f, d, u, s) -> 0, all);
        assertThat(code).as("exit code of " + String.join(" ", args) + "; " + out).isIn(1, 2);
        return err.toString().strip().replaceFirst("^settle: ", "").replace(folder.toString(), "…");
    }

    /** The amount parser behind every amount field on the screens (US English). */
    static String field(String text, String currency, AmountParser.Sign sign) {
        try {
            AmountParser.forLocale(Locale.US).parse("Amount", text, Currency.getInstance(currency), sign);
            throw new AssertionError("'" + text + "' was accepted");
        } catch (ValidationException e) {
            return e.getMessage();
        }
    }

    static String csv(String kind, String name, String content) {
        try {
            Path file = folder.resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return cli("import", kind, file.toString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String csvBytes(String kind, String name, byte[] content) {
        try {
            Path file = folder.resolve(name);
            Files.write(file, content);
            return cli("import", kind, file.toString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A payments file imported while the books are made: IB-00000001. */
    private static final String WIRES = "Account,Amount,EffectiveDate,Method,Reference\n"
            + "A-00000001,30.00,2026-10-06,Bank transfer,WIRE-9\nA-00000001,12.00,2026-10-06,Cash,\n";

    @BeforeAll
    static void makeBooks() throws Exception {
        LocalDate oct = LocalDate.of(2026, 10, 1);
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            String acme = books.account("Acme", "USD");            // A-00000001
            String yen = books.account("Kyoto Tea", "JPY");        // A-00000002
            String other = books.account("Other", "USD");          // A-00000003
            books.invoice(acme, oct, "60.00", "40.00");            // INV-00000001
            books.invoice(other, oct, "25.00");                    // INV-00000002
            String p1 = books.payment(acme, "150.00", oct.plusDays(4)); // P-00000001
            books.payment(acme, "20.00", oct.plusDays(4));         // P-00000002
            books.clerk().applications().apply(new ApplyCommand(p1, oct.plusDays(4), ApplicationRule.FIFO, List.of(),
                    new BigDecimal("70.00"), false));
            books.clerk().documents().create(new DocumentService.NewDocumentCommand(
                    DocumentType.INVOICE, acme, oct, oct, null, false, List.of(
                    new DocumentService.ItemCommand("Draft", null, null, null, BigDecimal.ONE,
                            BigDecimal.TEN, null))));                  // INV-00000003, a draft
            String canceled = books.invoice(acme, oct, "5.00");     // INV-00000004
            books.clerk().documents().cancel(canceled);
            books.admin().codes().saveReasonCode("Old", "No longer used", List.of("Refund"), List.of(), true);
            books.admin().codes().setReasonCodeActive("Old", false);
            books.admin().codes().addAccountingCode("9999-OLD", "Closed ledger", "CustomerCashOnAccount");
            books.admin().codes().setAccountingCodeActive("9999-OLD", false);
            String closed = books.account("Closed Ltd", "USD");    // A-00000004, inactive
            books.admin().accounts().update(closed, new AccountService.UpdateAccountCommand(
                    "Closed Ltd", "USD", null, null, null, null, AccountStatus.INACTIVE, null));
            Path wires = folder.resolve("wires.csv");
            Files.writeString(wires, WIRES, StandardCharsets.UTF_8);
            books.admin().imports().payments(wires, ImportService.Options.STORE); // IB-00000001: P-00000003, -04
            books.clerk().payments().refund(new PaymentService.RefundCommand("P-00000003",
                    new BigDecimal("5.00"), oct.plusDays(6), PaymentMethod.CASH, null, null,
                    null, null));
            Path opening = folder.resolve("opening.csv");
            Files.writeString(opening, "Account,Amount\nA-00000003,1.00\n", StandardCharsets.UTF_8);
            books.admin().imports().creditBalances(opening, ImportService.Options.STORE); // IB-00000002
            books.admin().imports().undo("IB-00000002");
            books.admin().closing().close(LocalDate.of(2026, 9, 30), null);
            assertThat(yen).isEqualTo("A-00000002");
            if (TestEngine.onServer()) {
                // On the test server ana signs in with a login of her own and is an administrator of the books.
                TestUsers.addAdministrator(books.database(), "ana");
            } else {
                // The commands below work as the operating-system user of an unprotected file, who exists from then
                // on.
                Services.singlePerson(books.database().dsl(), "ana", TestBooks.CLOCK);
            }
        }
        db = folder.resolve("books.mv.db").toString();
        if (TestEngine.onServer()) {
            cases();
            return;
        }
        // The same books, protected, with ana (administrator) and a read-only viewer signing in: for the rows
        // about signing in and permissions.
        Path secure = folder.resolve("secure.mv.db");
        Files.copy(Path.of(db), secure);
        Files.writeString(folder.resolve("ana.txt"), ANA_PASSWORD + "\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("short.txt"), "short\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("key.txt"), "ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABC\n", StandardCharsets.UTF_8);
        Protection.protect(secure, "ana", ANA_PASSWORD.toCharArray());
        int added = Cli.run(new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Map.of(), TestBooks.CLOCK, folder, "ana"), (f, d, u, s) -> 0, "user", "add", "viewer", "--role",
                "Viewer", "--new-password-file", folder.resolve("ana.txt").toString(), "--password-file",
                folder.resolve("ana.txt").toString(), "--db", secure.toString());
        assertThat(added).isZero();
        int backedUp = Cli.run(new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Map.of(), TestBooks.CLOCK, folder, "ana"), (f, d, u, s) -> 0, "backup", "--to",
                folder.resolve("secure-backup.zip").toString(), "--password-file", folder.resolve("ana.txt").toString(),
                "--db", secure.toString());
        assertThat(backedUp).isZero();
        cases();
    }

    static void cases() {
        String sc = "screen amount field";
        add("S1", sc, "`-5.00` where a positive amount is needed", () -> field("-5.00", "USD", AmountParser.Sign.POSITIVE));
        add("S2", sc, "`0`", () -> field("0", "USD", AmountParser.Sign.POSITIVE));
        add("S3", sc, "`12.345` in USD", () -> field("12.345", "USD", AmountParser.Sign.POSITIVE));
        add("S4", sc, "`10.5` in JPY", () -> field("10.5", "JPY", AmountParser.Sign.POSITIVE));
        add("S5", sc, "`abc`", () -> field("abc", "USD", AmountParser.Sign.POSITIVE));
        add("S6", sc, "`12345678901234.00` (17 characters)", () -> field("12345678901234.00", "USD",
                AmountParser.Sign.POSITIVE));
        add("S7", sc, "`1,23.45` (grouping in the wrong place)", () -> field("1,23.45", "USD", AmountParser.Sign.POSITIVE));
        add("S8", sc, "empty", () -> field("", "USD", AmountParser.Sign.POSITIVE));

        String pa = "settle payment add";
        String[] base = {"payment", "add", "--account", "A-00000001", "--date", "2026-10-05", "--method", "Check"};
        add("C1", pa, "`--amount -5`", () -> cli(with(base, "--amount", "-5")));
        add("C2", pa, "`--amount 0`", () -> cli(with(base, "--amount", "0")));
        add("C3", pa, "`--amount 12.345`", () -> cli(with(base, "--amount", "12.345")));
        add("C4", pa, "`--amount ten`", () -> cli(with(base, "--amount", "ten")));
        add("C5", pa, "`--account A-00000099` (unknown)", () -> cli("payment", "add", "--account", "A-00000099",
                "--amount", "5", "--date", "2026-10-05", "--method", "Check"));
        add("C6", pa, "`--date 2026-13-01`", () -> cli("payment", "add", "--account", "A-00000001", "--amount", "5",
                "--date", "2026-13-01", "--method", "Check"));
        add("C7", pa, "`--method Barter`", () -> cli("payment", "add", "--account", "A-00000001", "--amount", "5",
                "--date", "2026-10-05", "--method", "Barter"));
        add("C8", pa, "`--comment` of 256 characters", () -> cli(with(base, "--amount", "5", "--comment",
                "x".repeat(256))));
        add("C9", pa, "`--amount 10.5` for a JPY account", () -> cli("payment", "add", "--account", "A-00000002",
                "--amount", "10.5", "--date", "2026-10-05", "--method", "Cash"));

        String ap = "settle payment apply";
        add("C10", ap, "`--item INV-00000001#2=50.00` (item balance 30.00)", () -> cli("payment", "apply",
                "P-00000001", "--date", "2026-10-05", "--item", "INV-00000001#2=50.00"));
        add("C11", ap, "`--doc INV-00000001=30.00` on P-00000002 (unapplied 20.00)", () -> cli("payment", "apply",
                "P-00000002", "--date", "2026-10-05", "--doc", "INV-00000001=30.00"));
        add("C12", ap, "`--doc INV-00000002=5.00` (another account's invoice)", () -> cli("payment", "apply",
                "P-00000002", "--date", "2026-10-05", "--doc", "INV-00000002=5.00"));
        add("C13", ap, "`--doc INV-00000003=5.00` (a draft)", () -> cli("payment", "apply", "P-00000002",
                "--date", "2026-10-05", "--doc", "INV-00000003=5.00"));
        add("C14", ap, "`--doc INV-00000004=5.00` (canceled)", () -> cli("payment", "apply", "P-00000002",
                "--date", "2026-10-05", "--doc", "INV-00000004=5.00"));
        add("C15", ap, "`--date 2026-10-01` (before the payment's date)", () -> cli("payment", "apply", "P-00000002",
                "--date", "2026-10-01", "--doc", "INV-00000001=5.00"));
        add("C16", ap, "`P-00000099` (unknown payment)", () -> cli("payment", "apply", "P-00000099", "--date",
                "2026-10-05", "--doc", "INV-00000001=5.00"));
        add("C17", ap, "`--doc INV-00000099=5.00` (unknown document)", () -> cli("payment", "apply", "P-00000002",
                "--date", "2026-10-05", "--doc", "INV-00000099=5.00"));
        add("C18", ap, "`--doc INV-00000001=-5.00`", () -> cli("payment", "apply", "P-00000002", "--date",
                "2026-10-05", "--doc", "INV-00000001=-5.00"));
        add("C19", ap, "`--item INV-00000001#9=1.00` (no item 9)", () -> cli("payment", "apply", "P-00000002",
                "--date", "2026-10-05", "--item", "INV-00000001#9=1.00"));
        add("C20", "settle payment refund", "`--amount 25.00` on P-00000002 (unapplied 20.00)", () -> cli("payment",
                "refund", "P-00000002", "--amount", "25.00", "--method", "Check"));
        add("C21", "settle payment refund", "`--reason Nonsense` (unknown reason code)", () -> cli("payment",
                "refund", "P-00000002", "--amount", "5.00", "--method", "Check", "--reason", "Nonsense"));
        add("C22", "settle payment refund", "`--reason Old` (inactive reason code)", () -> cli("payment", "refund",
                "P-00000002", "--amount", "5.00", "--method", "Check", "--reason", "Old"));
        add("C23", "settle payment cancel", "P-00000001 (has applications)", () -> cli("payment", "cancel",
                "P-00000001"));
        add("C24", "settle payment show", "`P-1' OR '1'='1` (SQL metacharacters)", () -> cli("payment", "show",
                "P-1' OR '1'='1"));
        add("C25", "settle payment unapply", "`--doc INV-00000002=1.00` (nothing applied there)", () -> cli("payment",
                "unapply", "P-00000001", "--date", "2026-10-05", "--doc", "INV-00000002=1.00"));

        String ca = "settle credit adjust";
        add("C26", ca, "`--decrease 5.00` (credit balance 0.00)", () -> cli("credit", "adjust", "A-00000001",
                "--decrease", "5.00"));
        add("C27", ca, "`--accounting-code 9999-NONE` (unknown)", () -> cli("credit", "adjust", "A-00000001",
                "--increase", "5.00", "--accounting-code", "9999-NONE"));
        add("C28", ca, "`--accounting-code 9999-OLD` (inactive)", () -> cli("credit", "adjust", "A-00000001",
                "--increase", "5.00", "--accounting-code", "9999-OLD"));
        add("C29", ca, "`--increase 5.00 --decrease 1.00`", () -> cli("credit", "adjust", "A-00000001",
                "--increase", "5.00", "--decrease", "1.00"));
        add("C30", "settle credit cancel", "`CBA-00000099` (unknown)", () -> cli("credit", "cancel", "CBA-00000099"));

        String da = "settle document add";
        add("C31", da, "`--due` before `--date`", () -> cli("document", "add", "A-00000001", "--date", "2026-10-10",
                "--due", "2026-10-01", "--charge", "Setup", "--price", "10.00"));
        add("C32", da, "`--quantity 1.00001`", () -> cli("document", "add", "A-00000001", "--date", "2026-10-10",
                "--charge", "Setup", "--quantity", "1.00001", "--price", "10.00"));
        add("C33", da, "`--quantity 0`", () -> cli("document", "add", "A-00000001", "--date", "2026-10-10",
                "--charge", "Setup", "--quantity", "0", "--price", "10.00"));
        add("C34", "settle document post", "INV-00000001 (already posted)", () -> cli("document", "post",
                "INV-00000001"));
        add("C35", "settle document cancel", "INV-00000001 (payments applied)", () -> cli("document", "cancel",
                "INV-00000001"));
        add("C36", "settle account add", "`--currency XYZ`", () -> cli("account", "add", "Zed", "--currency", "XYZ"));
        add("C37", "settle account add", "a blank name", () -> cli("account", "add", " ", "--currency", "USD"));
        add("C38", "settle user add", "`bad name!` as username", () -> cli("user", "add", "bad name!", "--role",
                "Clerk"));
        add("C39", "settle", "`frobnicate` (unknown command)", () -> cli("frobnicate"));
        add("C40", "settle restore", "a text file as the backup", () -> {
            try {
                Path text = Files.writeString(folder.resolve("notes.zip"), "not a zip");
                return cli("restore", "--from", text.toString(), "--yes");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        add("C41", pa, "`--account A-00000004` (an inactive account)", () -> cli("payment", "add", "--account",
                "A-00000004", "--amount", "10.00", "--date", "2026-10-05", "--method", "Check"));

        add("C42", "settle verify", "`--db \"\"` (an empty path)", () -> cliOn("", "verify"));
        add("C43", "settle verify", "`--db` naming a file that does not exist", () -> {
            String message = cliOn(folder.resolve("typo.mv.db").toString(), "verify");
            assertThat(folder.resolve("typo.mv.db")).as("no file is created").doesNotExist();
            return message;
        });
        add("C44", "settle verify", "`--db` naming a zero-byte file", () -> {
            try {
                Path empty = folder.resolve("zero.mv.db");
                Files.write(empty, new byte[0]);
                return cliOn(empty.toString(), "verify");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        add("C45", "settle init", "a file that already exists", () -> cli("init"));
        add("C46", "settle export", "`--to` the company file itself", () -> cli("export", "payments", "--to", db));
        add("C47", "settle backup", "`--to` a folder", () -> cli("backup", "--to", folder.toString()));
        add("C48", "settle export", "`--to` an existing file without `--overwrite`", () -> {
            try {
                Path existing = Files.writeString(folder.resolve("keep.csv"), "precious");
                return cli("export", "accounts", "--to", existing.toString());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        add("C49", "settle restore", "a zip whose entry climbs out (`x/../../../evil.mv.db`)", () -> cli("restore",
                "--from", zip("slip.zip", "x/../../../evil.mv.db", "data".getBytes(StandardCharsets.UTF_8)).toString(),
                "--yes"));
        add("C50", "settle restore", "a zip holding a zero-byte database", () -> cli("restore", "--from",
                zip("zero.zip", "books.mv.db", new byte[0]).toString(), "--yes"));
        add("C51", "settle restore", "a zip holding the database and another file", () -> cli("restore", "--from",
                zip("two.zip", "books.mv.db", "x".getBytes(StandardCharsets.UTF_8), "run.sh").toString(), "--yes"));
        add("C52", "settle restore", "a zip holding another program's H2 database", () -> {
            try {
                Path other = folder.resolve("other-program");
                try (var c = DriverManager.getConnection("jdbc:h2:file:" + other.resolve("books"), "sa", "")) {
                    c.createStatement().execute("CREATE TABLE IF NOT EXISTS customers (id INT)");
                }
                return cli("restore", "--from", zip("foreign.zip", "books.mv.db",
                        Files.readAllBytes(other.resolve("books.mv.db"))).toString(), "--yes");
            } catch (IOException | SQLException e) {
                throw new AssertionError(e);
            }
        });
        add("C53", pa, "`--date 0001-01-01`", () -> cli("payment", "add", "--account", "A-00000001", "--amount",
                "10.00", "--date", "0001-01-01", "--method", "Check"));
        add("C54", "settle document add", "`--date +10000-01-01`", () -> cli("document", "add", "A-00000001",
                "--date", "+10000-01-01", "--charge", "Setup", "--price", "10"));
        add("C55", "settle credit adjust", "`--increase 999999999999999`", () -> cli("credit", "adjust", "A-00000001",
                "--increase", "999999999999999", "--reason", "Goodwill"));
        add("C56", "settle account add", "a name of only a no-break space", () -> cli("account", "add", "\u00a0",
                "--currency", "USD"));
        add("C57", "settle account add", "a name of only a zero-width space", () -> cli("account", "add", "\u200b",
                "--currency", "USD"));
        add("C58", "settle account add", "a name holding ESC (a terminal escape sequence)", () -> cli("account",
                "add", "Acme\u001b[2J", "--currency", "USD"));
        add("C59", "settle payment add", "a reference holding BEL", () -> cli("payment", "add", "--account",
                "A-00000001", "--amount", "10.00", "--date", "2026-10-05", "--method", "Check", "--reference",
                "10\u0007442"));
        add("C60", "settle restore", "a backup whose database bytes were changed", () -> {
            try {
                Path zip = folder.resolve("damaged.zip");
                byte[] data = Files.readAllBytes(Path.of(db));
                CRC32 sum = new CRC32();
                sum.update(data);
                try (var z = new ZipOutputStream(Files.newOutputStream(zip))) {
                    ZipEntry e = new ZipEntry("books.mv.db");
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(data.length);
                    e.setCrc(sum.getValue());
                    z.putNextEntry(e);
                    z.write(data);
                }
                // One byte of the stored database, past the entry's header, no longer what was summed.
                byte[] bytes = Files.readAllBytes(zip);
                bytes[30 + "books.mv.db".length() + 5000] ^= 0x5A;
                Files.write(zip, bytes);
                return cli("restore", "--from", zip.toString(), "--yes");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });

        String hd = "DocumentNumber,Account,DocumentDate,Charge,UnitPrice\n";
        add("F1", "CSV import documents", "no UnitPrice column", () -> csv("documents", "f1.csv",
                "DocumentNumber,Account,DocumentDate,Charge\nX-1,A-00000001,2026-10-01,Setup\n"));
        add("F2", "CSV import documents", "`A-00000099` (unknown account)", () -> csv("documents", "f2.csv",
                hd + "X-1,A-00000099,2026-10-01,Setup,10.00\n"));
        add("F3", "CSV import documents", "Amount `10.5` for a JPY account", () -> csv("documents", "f3.csv",
                "DocumentNumber,Account,DocumentDate,Charge,UnitPrice,Amount\nX-1,A-00000002,2026-10-01,Tea,10,10.5\n"));
        add("F4", "CSV import documents", "`2026-02-30` as date", () -> csv("documents", "f4.csv",
                hd + "X-1,A-00000001,2026-02-30,Setup,10.00\n"));
        add("F5", "CSV import documents", "`=HYPERLINK(…)` in a number column", () -> csv("documents", "f5.csv",
                hd + "X-1,A-00000001,2026-10-01,Setup,\"=HYPERLINK(\"\"http://x\"\")\"\n"));
        add("F6", "CSV import documents", "bytes that are not UTF-8 (Latin-1 `é`)", () -> csvBytes("documents",
                "f6.csv", (hd + "X-1,A-00000001,2026-10-01,Caf\u00e9,10.00\n").getBytes(StandardCharsets.ISO_8859_1)));
        add("F7", "CSV import accounts", "`Name` missing on a row", () -> csv("accounts", "f7.csv",
                "Name,Currency\n,USD\n"));
        add("F8", "CSV import payments", "`-5.00` as amount", () -> csv("payments", "f8.csv",
                "Account,Amount,EffectiveDate,Method\nA-00000001,-5.00,2026-10-05,Check\n"));
        add("F9", "CSV import payments", "an empty file", () -> csv("payments", "f9.csv", ""));
        add("F10", "CSV import documents", "`A-00000004` (an inactive account)", () -> csv("documents", "f10.csv",
                hd + "INV-X1,A-00000004,2026-10-05,Support,10.00\n"));

        add("F11", "CSV import payments", "`9999-12-31` as EffectiveDate", () -> csv("payments", "f11.csv",
                "Account,Amount,EffectiveDate,Method\nA-00000001,10.00,9999-12-31,Check\n"));
        add("F12", "CSV import accounts", "a Name of a zero-width space", () -> csv("accounts", "f12.csv",
                "Name,Currency\n\u200b,USD\n"));
        add("F13", "CSV import accounts", "a Name holding NUL", () -> csv("accounts", "f13.csv",
                "Name,Currency\nAcme\u0000Ltd,USD\n"));

        add("F14", "CSV import payments", "`1,234.56` unquoted (one cell more than the header)", () -> csv("payments",
                "f14.csv", "Account,EffectiveDate,Method,Amount\nA-00000001,2026-10-05,Check,1,234.56\n"));
        add("F15", "CSV import documents", "a unit price `12,30` with a decimal comma", () -> csv("documents",
                "f15.csv", hd + "INV-X1,A-00000001,2026-10-05,Support,12,30\n"));
        add("F16", "CSV import payments", "a row with a cell missing", () -> csv("payments", "f16.csv",
                "Account,Amount,EffectiveDate,Method\nA-00000001,10.00,2026-10-05\n"));
        add("F17", "CSV import payments", "`Amount` named twice in the header", () -> csv("payments", "f17.csv",
                "Account,Amount,EffectiveDate,Method,Amount\nA-00000001,10.00,2026-10-05,Check,99.00\n"));
        add("F18", "CSV import payments", "a misspelt optional column `Refrence`", () -> csv("payments", "f18.csv",
                "Account,Amount,EffectiveDate,Method,Refrence\nA-00000001,10.00,2026-10-05,Check,10442\n"));
        add("F19", "CSV import payments", "blank lines before a bad row (line numbers count them)", () -> csv(
                "payments", "f19.csv", "Account,Amount,EffectiveDate,Method\n\n\nA-00000001,ten,2026-10-05,Check\n"));
        add("F20", "CSV import payments", "a quote that is never closed", () -> csv("payments", "f20.csv",
                "Account,Amount,EffectiveDate,Method,Comment\nA-00000001,10.00,2026-10-05,Check,\"open\n"));
        add("F21", "CSV import documents", "an unknown account on a document's second row (reported once)", () -> csv(
                "documents", "f21.csv", hd + "INV-X1,A-00000001,2026-10-05,Support,10.00\n"
                        + "INV-X1,A-00000099,2026-10-05,Extra,5.00\n"));
        add("F22", "CSV import payments", "a file with the very bytes of one imported before (another name)",
                () -> csv("payments", "f22.csv", WIRES));
        add("F23", "CSV import payments", "a row whose Reference was imported before for that account", () -> csv(
                "payments", "f23.csv", "Account,Amount,EffectiveDate,Method,Reference\n"
                        + "A-00000001,30.00,2026-10-06,Bank transfer,WIRE-9\nA-00000001,1.00,2026-10-07,Cash,NEW-1\n"));
        add("F24", "CSV import payments", "a row without Reference that reads as one imported before (`a-00000001`,"
                + " `12`)", () -> csv("payments", "f24.csv", "Account,Amount,EffectiveDate,Method\n"
                + "a-00000001,12,2026-10-06,cash\n"));
        add("F25", "CSV import payments", "two rows with the same Reference for one account", () -> csv("payments",
                "f25.csv", "Account,Amount,EffectiveDate,Method,Reference\nA-00000001,1.00,2026-10-07,Cash,R-1\n"
                        + "A-00000001,2.00,2026-10-07,Cash,R-1\n"));
        add("F26", "CSV import credit-balances", "two rows with the same SourceKey for one account", () -> csv(
                "credit-balances", "f26.csv", "Account,Amount,SourceKey\nA-00000003,1.00,K\nA-00000003,2.00,K\n"));
        add("F27", "CSV import accounts", "two accounts of the same name and no SourceKey", () -> csv("accounts",
                "f27.csv", "Name,Currency\nDelta,USD\nDelta,USD\n"));
        add("F28", "CSV import payments `--skip-existing`", "a file whose every row was imported before", () -> {
            try {
                Path file = folder.resolve("f28.csv");
                Files.writeString(file, WIRES.replace("2026-10-06,Cash,", "2026-10-06,Cash,") + "\n",
                        StandardCharsets.UTF_8);
                return cli("import", "payments", file.toString(), "--skip-existing");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        add("U1", "settle import undo", "a batch one of whose payments was refunded since", () -> cli("import",
                "undo", "IB-00000001"));
        add("U2", "settle import undo", "a batch undone before", () -> cli("import", "undo", "ib-00000002"));
        add("U3", "settle import undo", "`IB-00000099` (no such batch)", () -> cli("import", "undo", "IB-00000099"));
        add("U4", "settle import undo", "an empty batch number", () -> cli("import", "undo", " "));

        String si = "signing in to a protected file";
        Map<String, String> ana = Map.of("SETTLE_PASSWORD", ANA_PASSWORD);
        String anaFile = folder.resolve("ana.txt").toString();
        add("P1", si, "a wrong password", () -> secure(Map.of("SETTLE_PASSWORD", "not ana's password"), "verify"));
        add("P2", si, "`--user zed` (no such user)", () -> secure(ana, "--user", "zed", "verify"));
        add("P3", si, "no password (no `--password-file`, no `SETTLE_PASSWORD`, no terminal)",
                () -> secure(Map.of(), "verify"));
        add("P4", si, "`--user admin`, a user without a password, with ana's", () -> secure(ana, "--user", "admin",
                "verify"));
        add("P5", si, "`--password-file none.txt` (no such file)", () -> secure(Map.of(), "--password-file",
                "none.txt", "verify"));
        add("P6", "settle user password", "a new password of 5 characters", () -> secure(ana, "user", "password",
                "--new-password-file", folder.resolve("short.txt").toString()));
        add("P7", "settle recover", "a recovery key of 31 characters", () -> secure(Map.of(), "--user", "ana",
                "recover", "--recovery-key-file", folder.resolve("key.txt").toString(), "--new-password-file",
                anaFile));
        add("P8", "settle protect", "a file that is protected already", () -> secure(ana, "protect",
                "--new-password-file", anaFile));
        add("P9", "settle unprotect", "without `--yes`", () -> secure(ana, "unprotect"));
        String protect = "Protect dialog (Settings > Security)";
        add("P10", protect, "a password of 5 characters", () -> protectForm("short", "short", true));
        add("P11", protect, "the repetition differs", () -> protectForm("a long password", "a long passwort", true));
        add("P12", protect, "the warning's box not ticked", () -> protectForm("a long password", "a long password",
                false));
        Map<String, String> viewer = Map.of("SETTLE_PASSWORD", ANA_PASSWORD);
        add("R1", "permissions (a read-only viewer)", "`settle backup`", () -> secure(viewer, "--user", "viewer",
                "backup", "--to", folder.resolve("v.zip").toString()));
        add("R2", "permissions (a read-only viewer)", "`settle payment add …`", () -> secure(viewer, "--user",
                "viewer", "payment", "add", "--account", "A-00000001", "--amount", "5", "--date", "2026-10-05",
                "--method", "Check"));
        add("R3", "permissions (a read-only viewer)", "`settle user add …`", () -> secure(viewer, "--user",
                "viewer", "user", "add", "cy", "--role", "Clerk", "--new-password-file", anaFile));
        add("R4", "permissions (a read-only viewer)", "`settle restore …`", () -> secure(viewer, "--user",
                "viewer", "restore", "--from", folder.resolve("secure-backup.zip").toString(), "--yes"));
        add("R5", "an unprotected file", "`--user clerk`", () -> cli("--user", "clerk", "account", "list"));

        add("D1", "opening a database", "a second process on the same file", () -> {
            Process holder = null;
            try {
                holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), "com.settle.store.HoldDatabase", db).start();
                String line = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();
                assertThat(line).isEqualTo("open");
                return cli("verify");
            } catch (IOException e) {
                throw new AssertionError(e);
            } finally {
                if (holder != null) {
                    holder.destroyForcibly();
                    try {
                        holder.waitFor();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });
        String cl = "closed period (books closed through 2026-09-30)";
        add("K1", cl, "`settle payment add --date 2026-09-30`", () -> cli("payment", "add", "--account", "A-00000001",
                "--amount", "5", "--date", "2026-09-30", "--method", "Check"));
        add("K2", cl, "`settle payment apply P-00000002 --date 2026-09-15`", () -> cli("payment", "apply",
                "P-00000002", "--date", "2026-09-15", "--doc", "INV-00000001=5.00"));
        add("K3", cl, "`settle credit adjust --increase 5 --date 2026-09-01`", () -> cli("credit", "adjust",
                "A-00000001", "--increase", "5", "--reason", "Goodwill", "--date", "2026-09-01"));
        add("K4", cl, "CSV import payments with EffectiveDate `2026-09-30`", () -> csv("payments", "k4.csv",
                "Account,Amount,EffectiveDate,Method\nA-00000001,10.00,2026-09-30,Check\n"));
        add("K5", cl, "CSV import documents with DocumentDate `2026-09-01`", () -> csv("documents", "k5.csv",
                hd + "INV-K5,A-00000001,2026-09-01,Support,10.00\n"));
        add("K6", cl, "`settle close --through 2026-11-23` (today)", () -> cli("close", "--through", "2026-11-23"));
        add("K7", cl, "`settle close --through 2026-08-31` (back) without `--reason`", () -> cli("close", "--through",
                "2026-08-31"));
        add("K8", cl, "`settle close --through 2026-09-30` (as it is)", () -> cli("close", "--through",
                "2026-09-30"));
        String me = "month-end settings";
        add("K9", me, "`settle account terms A-00000001 --percent 100 --days 10`", () -> cli("account", "terms",
                "A-00000001", "--percent", "100", "--days", "10"));
        add("K10", me, "`settle account terms A-00000001 --percent 2` (no days)", () -> cli("account", "terms",
                "A-00000001", "--percent", "2"));
        add("K11", me, "`settle deposit-account Check 1200-AR` (not a Cash code)", () -> cli("deposit-account",
                "Check", "1200-AR"));

        add("D2", "opening a database", "a file that is not a database", () -> {
            try {
                Path junk = Files.writeString(folder.resolve("junk.mv.db"), "hello, not a database".repeat(200));
                return cliOn(junk.toString(), "verify");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        add("D3", "opening a database", "another program's H2 database", () -> {
            Path foreign = folder.resolve("foreign.mv.db");
            try (var c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("foreign"), "sa", "")) {
                c.createStatement().execute("CREATE TABLE IF NOT EXISTS customers (id INT PRIMARY KEY)");
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
            return cliOn(foreign.toString(), "verify");
        });
    }

    /** A zip with the given entries (name, bytes, name, bytes …; a last name without bytes gets "x"). */
    private static Path zip(String name, Object... entries) {
        Path zip = folder.resolve(name);
        try (var z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < entries.length; i++) {
                z.putNextEntry(new ZipEntry((String) entries[i]));
                z.write(i + 1 < entries.length && entries[i + 1] instanceof byte[] b ? b
                        : "x".getBytes(StandardCharsets.UTF_8));
                if (i + 1 < entries.length && entries[i + 1] instanceof byte[]) {
                    i++;
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return zip;
    }

    private static String cliOn(String file, String... args) {
        String saved = db;
        db = file;
        try {
            return cli(args);
        } finally {
            db = saved;
        }
    }

    private static String[] with(String[] base, String... more) {
        List<String> all = new ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** Everything a bad input could have touched, in one line. */
    private static String books() {
        try (Database d = TestEngine.open(folder)) {
            var dsl = d.dsl();
            return Signature.of(dsl).text() + " | " + dsl.fetchOne("SELECT (SELECT COUNT(*) FROM account),"
                    + " (SELECT SUM(balance) FROM document), (SELECT SUM(unapplied_amount) FROM payment),"
                    + " (SELECT SUM(credit_balance) FROM account), (SELECT COUNT(*) FROM app_user),"
                    + " (SELECT SUM(version) FROM document), (SELECT SUM(version) FROM payment)").intoList();
        }
    }

    /** The table's rows: id, where, input, message. */
    static Map<String, String[]> table() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        if (!Files.exists(TABLE)) {
            return rows;
        }
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.startsWith("| ") && !line.startsWith("| id ") && !line.startsWith("| ---")) {
                String[] cells = line.substring(2, line.length() - 2).split(" \\| ", 4);
                rows.put(cells[0], cells);
            }
        }
        return rows;
    }

    static Stream<Arguments> rows() {
        if (CASES.isEmpty()) {
            return Stream.of(Arguments.of("none"));
        }
        return CASES.keySet().stream().filter(id -> !TestEngine.onServer() || onServer(id)).map(Arguments::of);
    }

    /**
     * The rows run again on the test server, with the same books there: the command line's and the CSV files' bad
     * input about the books. Not the screen fields' parsers (no books), a file's own matters (opening, making,
     * backing up, restoring or protecting a company file, exporting over it) or signing in to a protected file.
     */
    static boolean onServer(String id) {
        if (!id.matches("[CFUK][0-9]+")) {
            return false;
        }
        int n = id.startsWith("C") ? Integer.parseInt(id.substring(1)) : 0;
        return !(n == 40 || n >= 42 && n <= 47 || n >= 49 && n <= 52 || n == 60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void getsTheMessageInTheTableAndChangesNothing(String id) throws Exception {
        Case c = CASES.get(id);
        String before = books();
        String message = c.run().get();
        ACTUAL.put(id, message);
        assertThat(books()).as(id + " changed the books").isEqualTo(before);
        assertThat(message).as(id + " says nothing").isNotBlank();
        if (!Boolean.getBoolean("settle.catalogue.write")) {
            String[] row = table().get(id);
            assertThat(row).as(id + " is missing from " + TABLE).isNotNull();
            assertThat(row[3]).isEqualTo(cell(message));
        }
    }

    private static String cell(String message) {
        return message.replace("|", "\\|").replace("\n", " ");
    }

    @AfterAll
    static void writeTable() throws Exception {
        if (!Boolean.getBoolean("settle.catalogue.write")) {
            assertThat(table().keySet()).as("rows of " + TABLE + " without a case").isSubsetOf(CASES.keySet());
            assertThat(CASES).hasSizeGreaterThanOrEqualTo(80);
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append("# Bad input and what Settle says\n\n");
        b.append("Every row is run by `BadInputCatalogueTest`: the input gets exactly this message and the books\n");
        b.append("do not change. S = a screen's amount field (US English), C = the command line, F = a CSV file\n");
        b.append("being imported (nothing of it is stored), D = opening a database file. `…` stands for the\n");
        b.append("folder of the file. The books used: `A-00000001` Acme (USD) with `INV-00000001` (60.00 + 40.00,\n");
        b.append("70.00 paid by `P-00000001`), `P-00000002` (20.00 unapplied), `A-00000002` (JPY),\n");
        b.append("`INV-00000002` of another account, `INV-00000003` a draft, `INV-00000004` canceled, `A-00000004`\n");
        b.append("inactive. The rows about the books (C, F, U and K, except those about a company file itself) run\n");
        b.append("again on a team server with the same books, and get the same message there.\n\n");
        b.append("| id | where | bad input | message |\n| --- | --- | --- | --- |\n");
        for (var e : CASES.entrySet()) {
            b.append("| ").append(e.getKey()).append(" | ").append(e.getValue().where()).append(" | ")
                    .append(e.getValue().input()).append(" | ").append(cell(ACTUAL.getOrDefault(e.getKey(), "")))
                    .append(" |\n");
        }
        Files.createDirectories(TABLE.getParent());
        Files.writeString(TABLE, b.toString(), StandardCharsets.UTF_8);
    }
}
