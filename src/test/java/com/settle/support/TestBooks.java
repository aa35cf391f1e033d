package com.settle.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.DocumentType;
import com.settle.domain.model.PaymentMethod;
import com.settle.service.AccountService;
import com.settle.service.DocumentService;
import com.settle.service.PaymentService;
import com.settle.service.Services;
import com.settle.service.VerifyService;
import com.settle.store.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A real H2 file in a temporary folder (or a database on the test server: {@link TestEngine}), migrated by the
 * real Flyway scripts, with services for the administrator and the clerk and a few helpers to enter test data
 * through those services.
 */
public final class TestBooks implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final Database database;
    private final Services admin;
    private final Services clerk;

    public TestBooks(Path folder) {
        this(TestEngine.open(folder));
    }

    /** Over a database already open: a company on the test server. */
    public TestBooks(Database database) {
        this.database = database;
        TestUsers.addAdminAndClerk(database);
        this.admin = new Services(database.dsl(), "admin", CLOCK);
        this.clerk = new Services(database.dsl(), "clerk", CLOCK);
    }

    public Database database() {
        return database;
    }

    public Services admin() {
        return admin;
    }

    public Services clerk() {
        return clerk;
    }

    /** The default codes the sample company also has. */
    public TestBooks withCodes() {
        admin.codes().addReasonCode("Overpayment", "Customer overpaid", "CreditBalanceAdjustment", true);
        admin.codes().addReasonCode("Goodwill", "Goodwill credit", "CreditBalanceAdjustment", false);
        admin.codes().addReasonCode("Customer request", "Refund requested by the customer", "Refund", true);
        admin.codes().addReasonCode("Applied in error", "Applied to the wrong document", "Unapplication", true);
        admin.codes().addAccountingCode("2300-CCB", "Customer credit balances", "CustomerCashOnAccount");
        admin.codes().addAccountingCode("4000-SUBS", "Subscription revenue", "Revenue");
        return this;
    }

    public String account(String name, String currency) {
        return clerk.accounts().create(new AccountService.NewAccountCommand(name, currency, null, null, null, null));
    }

    /** A posted invoice dated {@code date} (due 30 days later) with one item per amount. */
    public String invoice(String account, LocalDate date, String... itemAmounts) {
        List<DocumentService.ItemCommand> items = new ArrayList<>();
        for (int i = 0; i < itemAmounts.length; i++) {
            items.add(new DocumentService.ItemCommand("Charge " + (i + 1), null, null, null, BigDecimal.ONE,
                    new BigDecimal(itemAmounts[i]), null));
        }
        return clerk.documents().create(new DocumentService.NewDocumentCommand(DocumentType.INVOICE, account, date,
                date.plusDays(30), null, true, items));
    }

    public String payment(String account, String amount, LocalDate date) {
        return clerk.payments().record(new PaymentService.NewPaymentCommand(account, new BigDecimal(amount), date,
                PaymentMethod.CHECK, "CHK-1", null));
    }

    /** Asserts Verify books finds nothing: every test that writes ends with this. */
    public void assertBalanced() {
        VerifyService.Report report = admin.verify().verify();
        assertThat(report.differences()).as("Verify books").isEmpty();
    }

    @Override
    public void close() {
        database.close();
    }
}
