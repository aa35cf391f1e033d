package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.support.TestBooks;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every entry point of every service, called by a signed-in user whose role grants nothing: each one that
 * changes the books is refused for want of its permission (before it looks at its arguments), and nothing
 * changes. Reading needs no permission; those methods are listed here by name, so a new method that
 * changes something cannot slip through unlisted.
 */
class PermissionSweepTest {

    /** Methods that only read (or, like a dry run or a check, change nothing): open to every user. */
    private static final Set<String> READS = Set.of(
            "AccountService.count", "AccountService.detail", "ClosingService.closedThrough", "ClosingService.history",
            "JournalService.entries", "JournalService.records", "JournalService.runEntries", "JournalService.runs",
            "WriteOffService.tolerance", "WriteOffService.confirmationFor",
            "DepositAccountService.choices", "DepositAccountService.depositAccounts", "PaymentService.count",
            "PaymentService.page", "AccountService.page", "DocumentService.count", "DocumentService.page",
            "CreditHistoryService.count", "CreditHistoryService.page", "SettingsService.writeOffTolerance",
            "SettingsService.writeOffTolerances", "AccountService.list", "ApplicationService.context",
            "CodeService.accountingCodes", "CodeService.reasonCodeExists", "CodeService.reasonCodes",
            "CreditHistoryService.accounts", "CreditHistoryService.all", "CreditHistoryService.dailyBalances",
            "CreditHistoryService.head", "CreditHistoryService.invoiceChoices",
            "CreditHistoryService.lineNumbers", "CreditHistoryService.lines", "CreditHistoryService.queue",
            "DocumentService.detail", "DocumentService.list", "HomeService.home", "ImportService.list",
            "PaymentService.detail", "PaymentService.list", "ReceivePaymentService.context",
            "SettingsService.defaultApplicationRule", "StatementService.receipt", "StatementService.statement",
            "UserService.hasPassword", "UserService.roles", "UserService.users", "VerifyService.chainHead",
            "VerifyService.quickCheck",
            "VerifyService.verify");

    @TempDir
    Path folder;

    @Test
    void everyChangeIsRefusedForAUserWithoutItsPermission() throws Exception {
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            String acme = books.account("Acme", "USD");
            books.invoice(acme, TestBooks.TODAY, "10.00");
            books.payment(acme, "5.00", TestBooks.TODAY);
            books.admin().users().addRole("Nothing", "No permissions", List.of());
            books.admin().users().addUser("nobody", null, List.of("Nothing"));
            Services nobody = new Services(books.database().dsl(), "nobody", TestBooks.CLOCK);
            String before = fingerprint(books);

            List<String> notRefused = new ArrayList<>();
            Set<String> reads = new TreeSet<>();
            for (Method getter : Services.class.getMethods()) {
                if (getter.getParameterCount() != 0 || !getter.getReturnType().getPackageName()
                        .equals(Services.class.getPackageName()) || getter.getReturnType() == UserContext.class) {
                    continue;
                }
                Object service = getter.invoke(nobody);
                List<Method> methods = new ArrayList<>(Arrays.asList(service.getClass().getDeclaredMethods()));
                methods.sort(Comparator.comparing(Method::getName));
                for (Method m : methods) {
                    if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())
                            || m.isSynthetic()) {
                        continue;
                    }
                    String name = service.getClass().getSimpleName() + "." + m.getName();
                    if (READS.contains(name)) {
                        reads.add(name);
                        continue;
                    }
                    Throwable thrown = null;
                    try {
                        m.invoke(service, arguments(m, folder));
                    } catch (InvocationTargetException e) {
                        thrown = e.getCause();
                    }
                    if (!(thrown instanceof ServiceException s && s.getMessage().startsWith("You (nobody) may not"))) {
                        notRefused.add(name + Arrays.toString(m.getParameterTypes()) + " -> "
                                + (thrown == null ? "ran" : thrown.getClass().getSimpleName() + ": "
                                + thrown.getMessage()));
                    }
                }
            }
            assertThat(notRefused).as("entry points that a user without permissions could call").isEmpty();
            assertThat(reads).as("every listed reading method exists").containsExactlyInAnyOrderElementsOf(READS);
            assertThat(fingerprint(books)).isEqualTo(before);
        }
    }

    private static Object[] arguments(Method m, Path folder) {
        Class<?>[] types = m.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            if (t == String.class) {
                args[i] = "A-00000001";
            } else if (t == BigDecimal.class) {
                args[i] = BigDecimal.ONE;
            } else if (t == LocalDate.class) {
                args[i] = TestBooks.TODAY;
            } else if (t == boolean.class) {
                args[i] = false;
            } else if (t == int.class) {
                args[i] = 1;
            } else if (t == long.class) {
                args[i] = 1L;
            } else if (t == char[].class) {
                args[i] = "a long enough password".toCharArray();
            } else if (t == Path.class) {
                args[i] = folder.resolve("none.csv");
            } else if (List.class.isAssignableFrom(t) || t == Collection.class) {
                args[i] = List.of();
            } else if (Set.class.isAssignableFrom(t)) {
                args[i] = Set.of();
            } else if (Map.class.isAssignableFrom(t)) {
                args[i] = Map.of();
            } else if (t.isEnum()) {
                args[i] = t.getEnumConstants()[0];
            } else {
                args[i] = null;
            }
        }
        return args;
    }

    private static String fingerprint(TestBooks books) {
        return books.database().dsl().fetchOne("SELECT (SELECT COUNT(*) FROM account), (SELECT COUNT(*) FROM"
                + " document), (SELECT COUNT(*) FROM payment), (SELECT COUNT(*) FROM application), (SELECT COUNT(*)"
                + " FROM credit_balance_adjustment), (SELECT COUNT(*) FROM app_user), (SELECT COUNT(*) FROM"
                + " app_role), (SELECT COUNT(*) FROM reason_code), (SELECT COUNT(*) FROM app_setting),"
                + " (SELECT COUNT(*) FROM import_batch), (SELECT COUNT(*) FROM history_chain)").toString();
    }
}
