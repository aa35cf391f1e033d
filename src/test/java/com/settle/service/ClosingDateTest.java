package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.ValidationException;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.Permission;
import com.settle.domain.model.PaymentMethod;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.CreditApplicationService.ApplyCreditCommand;
import com.settle.service.PaymentService.NewPaymentCommand;
import com.settle.service.ReceivePaymentService.ReceiveCommand;
import com.settle.service.UnapplicationService.UnapplyCommand;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The closing date: nothing is dated on or before it, whoever asks; corrections go to the open period. */
class ClosingDateTest {

    static final LocalDate SEP = LocalDate.of(2026, 9, 10);
    static final LocalDate CLOSED = LocalDate.of(2026, 9, 30);
    static final LocalDate OCT = LocalDate.of(2026, 10, 5);

    @TempDir
    Path folder;
    TestBooks books;
    String acme;
    String invoice;
    String payment;
    String adjustment;

    @BeforeEach
    void booksClosedThroughSeptember() {
        books = new TestBooks(folder).withCodes();
        acme = books.account("Acme", "USD");
        invoice = books.invoice(acme, SEP, "60.00", "40.00");
        payment = books.payment(acme, "150.00", SEP);
        books.clerk().applications().apply(new ApplyCommand(payment, SEP, ApplicationRule.FIFO, List.of(),
                new BigDecimal("30.00"), false));
        adjustment = books.clerk().creditBalances().adjust(new CreditBalanceService.AdjustCommand(acme,
                AdjustmentType.INCREASE, new BigDecimal("5.00"), "Goodwill", null, null, SEP));
        books.admin().closing().close(CLOSED, null);
    }

    @AfterEach
    void balanced() {
        books.assertBalanced();
        books.close();
    }

    @Test
    void everyUseCaseRefusesADateInTheClosedPeriodNamingTheClosingDateAndChangesNothing() {
        Services s = books.clerk();
        String fingerprint = fingerprint();
        refused("Effective date", () -> s.payments().record(new NewPaymentCommand(acme, BigDecimal.TEN, CLOSED,
                PaymentMethod.CHECK, null, null)));
        refused("Refund date", () -> s.payments().refund(new PaymentService.RefundCommand(payment, BigDecimal.ONE,
                CLOSED, PaymentMethod.CHECK, null, null, null, null)));
        refused("Date", () -> s.creditBalances().transferFromPayment(new CreditBalanceService.TransferCommand(
                payment, BigDecimal.ONE, SEP, null, null, null, null)));
        refused("Effective date", () -> s.applications().apply(new ApplyCommand(payment, CLOSED,
                ApplicationRule.FIFO, List.of(), BigDecimal.ONE, false)));
        refused("Effective date", () -> s.unapplications().unapply(new UnapplyCommand(payment, CLOSED, List.of(),
                List.of(), null, null, null)));
        refused("Date", () -> s.creditBalances().adjust(new CreditBalanceService.AdjustCommand(acme,
                AdjustmentType.DECREASE, BigDecimal.ONE, "Goodwill", null, null, CLOSED)));
        refused("Date", () -> s.creditBalances().refund(new CreditBalanceService.RefundCommand(acme, BigDecimal.ONE,
                CLOSED, PaymentMethod.CHECK, null, null, null)));
        refused("Date", () -> s.creditApplications().applyToInvoice(new ApplyCreditCommand(acme, invoice,
                BigDecimal.ONE, CLOSED, null, null, null)));
        refused("Document date", () -> s.documents().create(new DocumentService.NewDocumentCommand(
                DocumentType.INVOICE, acme, CLOSED, OCT, null, true, List.of(new DocumentService.ItemCommand("Late",
                null, null, null, BigDecimal.ONE, BigDecimal.TEN, null)))));
        refused("Effective date", () -> s.receipts().receive(new ReceiveCommand(new NewPaymentCommand(acme,
                BigDecimal.TEN, CLOSED, PaymentMethod.CASH, null, null), List.of(), null, null, null, null, null)));
        assertThat(fingerprint()).as("nothing stored").isEqualTo(fingerprint);
    }

    @Test
    void aDraftDatedInTheClosedPeriodBeforeTheCloseCannotBePostedAfterIt() {
        // Made while the period was open: reopen, enter the draft, close again.
        books.admin().closing().close(null, "enter a late draft");
        String draft = books.clerk().documents().create(new DocumentService.NewDocumentCommand(DocumentType.INVOICE,
                acme, CLOSED, OCT, null, false, List.of(new DocumentService.ItemCommand("Late", null, null, null,
                BigDecimal.ONE, BigDecimal.TEN, null))));
        books.admin().closing().close(CLOSED, null);
        refused("Document date", () -> books.clerk().documents().post(draft));
    }

    @Test
    void correctionsOfClosedHistoryAreNewRecordsInTheOpenPeriod() {
        books.clerk().creditBalances().cancel(adjustment);
        Object canceledOn = books.database().dsl().fetchValue("SELECT e.entry_date FROM credit_balance_entry e"
                + " JOIN credit_balance_adjustment a ON a.id = e.adjustment_id WHERE a.number = ? AND e.kind ="
                + " 'Cancellation'", adjustment);
        assertThat(canceledOn.toString()).isEqualTo(TestBooks.TODAY.toString());
        books.clerk().unapplications().unapply(new UnapplyCommand(payment, OCT, List.of(), List.of(), null, null,
                null));
        assertThat(books.clerk().payments().detail(payment).summary().unapplied().amount())
                .isEqualByComparingTo("150.00");
    }

    @Test
    void verifyBooksFindsARecordWrittenIntoAClosedPeriodBehindSettlesBack() {
        var dsl = books.database().dsl();
        dsl.execute("INSERT INTO payment (number, account_id, currency, amount, effective_date, method, status,"
                + " unapplied_amount, created_by_id, created_at) SELECT 'P-LATE', account_id, currency, 5, DATE"
                + " '2026-09-15', 'Cash', 'Processed', 5, created_by_id, CURRENT_TIMESTAMP FROM payment WHERE number"
                + " = ?", payment);
        assertThat(books.admin().verify().verify().differences()).anySatisfy(d -> {
            assertThat(d.book()).isEqualTo("8 closed periods");
            assertThat(d.record()).isEqualTo("payment P-LATE dated 2026-09-15, written while the books were closed"
                    + " through 2026-09-30");
        });
        dsl.execute("DELETE FROM payment WHERE number = 'P-LATE'");
    }

    @Test
    void importsRefuseRowsDatedInTheClosedPeriod() throws Exception {
        Path file = Files.writeString(folder.resolve("late.csv"), "Account,Amount,EffectiveDate,Method\n" + acme
                + ",10.00,2026-10-01,Check\n" + acme + ",10.00,2026-09-30,Check\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> books.clerk().imports().payments(file, ImportService.Options.STORE))
                .hasMessageContaining("line 3, EffectiveDate: Sep 30, 2026 is in a closed period");
        assertThat(books.clerk().payments().list()).hasSize(1);
    }

    @Test
    void onlyAdministratorsCloseAndMovingTheDateBackNeedsItsOwnPermissionAndAReasonAndIsRecorded() {
        assertThatThrownBy(() -> books.clerk().closing().close(LocalDate.of(2026, 10, 31), null))
                .hasMessageContaining("close the books");
        books.admin().users().addRole("Closer", "Closes months", List.of(Permission.CLOSE_BOOKS));
        books.admin().users().setRoles("clerk", List.of("Clerk", "Closer"));
        Services closer = new Services(books.database().dsl(), "clerk", TestBooks.CLOCK);
        closer.closing().close(LocalDate.of(2026, 10, 31), null);
        assertThatThrownBy(() -> closer.closing().close(CLOSED, "fix a September payment"))
                .hasMessageContaining("move the closing date back");
        assertThatThrownBy(() -> books.admin().closing().close(CLOSED, " "))
                .isInstanceOf(ValidationException.class).hasMessage("Reason is required to open a closed period again");
        assertThatThrownBy(() -> books.admin().closing().close(TestBooks.TODAY, null))
                .hasMessageContaining("is not before today");
        books.admin().closing().close(CLOSED, "fix a September payment");
        assertThat(books.admin().closing().closedThrough()).contains(CLOSED);
        assertThat(books.admin().closing().history()).extracting(c -> c.through() + " from " + c.previous() + ": "
                + c.reason()).containsExactly("2026-09-30 from 2026-10-31: fix a September payment",
                "2026-10-31 from 2026-09-30: null", "2026-09-30 from null: null");
    }

    private void refused(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith(field + " ").hasMessageContaining("is in a closed period: the books are"
                        + " closed through Sep 30, 2026");
    }

    private String fingerprint() {
        var dsl = books.database().dsl();
        return dsl.fetchValue("SELECT (SELECT COUNT(*) FROM payment) || '/' || (SELECT COUNT(*) FROM application)"
                + " || '/' || (SELECT COUNT(*) FROM unapplication) || '/' || (SELECT COUNT(*) FROM refund) || '/' ||"
                + " (SELECT COUNT(*) FROM credit_balance_adjustment) || '/' || (SELECT COUNT(*) FROM document)")
                .toString();
    }
}
