package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.PaymentMethod;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.CreditApplicationService.ApplyCreditCommand;
import com.settle.service.CreditBalanceService;
import com.settle.service.PaymentService;
import com.settle.service.WriteOffService;
import com.settle.service.UnapplicationService.UnapplyCommand;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * History is never edited, whoever writes: for every history table (application lines and their
 * reversals, refunds, credit balance adjustments and their items and history lines) a raw SQL UPDATE of
 * an amount and a raw DELETE are refused by the database itself, and nothing changes.
 */
class ImmutabilityTest {

    @TempDir
    static Path folder;
    static TestBooks books;

    @BeforeAll
    static void history() {
        books = new TestBooks(folder).withCodes();
        LocalDate oct = LocalDate.of(2026, 10, 1);
        String acme = books.account("Acme", "USD");
        String inv = books.invoice(acme, oct, "60.00", "40.00");
        String inv2 = books.invoice(acme, oct, "30.00");
        String p = books.payment(acme, "150.00", oct);
        var s = books.clerk();
        s.applications().apply(new ApplyCommand(p, oct, ApplicationRule.FIFO, List.of(), new BigDecimal("90.00"),
                false));
        s.unapplications().unapply(new UnapplyCommand(p, oct, List.of(), List.of(), null, null, null));
        s.payments().refund(new PaymentService.RefundCommand(p, new BigDecimal("10.00"), oct, PaymentMethod.CHECK,
                null, null, null, null));
        s.creditBalances().transferFromPayment(new CreditBalanceService.TransferCommand(p, new BigDecimal("20.00"),
                oct, null, null, null));
        s.creditBalances().adjust(new CreditBalanceService.AdjustCommand(acme, AdjustmentType.INCREASE,
                new BigDecimal("5.00"), null, null, null, oct));
        s.creditApplications().applyToInvoice(new ApplyCreditCommand(acme, inv2, null, oct, null, null, null));
        books.admin().closing().close(oct.minusDays(1), null);
        books.admin().journal().run(oct, null, null);
        String wo = books.admin().writeOffs().writeOff(new WriteOffService.WriteOffCommand(inv, null,
                new BigDecimal("1.00"), oct, null, null, null, false));
        books.admin().writeOffs().reverse(wo, null);
        // Ignoring a record other than an adjustment has no command yet: a row by SQL, for the guard.
        var dsl = books.database().dsl();
        dsl.execute("INSERT INTO journal_ignore (record_kind, record_id, ignored_by_id, ignored_at) SELECT 'PAYMENT',"
                + " id, created_by_id, created_at FROM payment");
        assertThat(inv).isNotNull();
    }

    @AfterAll
    static void balanced() {
        books.assertBalanced();
        books.close();
    }

    static List<String> tables() {
        return AppendOnlyGuard.guardedTables();
    }

    private static String fingerprint(String table) {
        return books.database().dsl().fetchValue("SELECT COUNT(*) || ':' || COALESCE(SUM(" + column(table) + "), 0)"
                + " FROM " + table).toString();
    }

    /** The amount of a history row; of a history chain entry, its row count; else its id. */
    private static String column(String table) {
        return switch (table) {
            case "HISTORY_CHAIN" -> "row_count";
            case "CLOSING_DATE_CHANGE", "ACCOUNTING_DEFAULT_CHANGE", "WRITE_OFF_REVERSAL" -> "id";
            case "JOURNAL_RUN_RECORD", "JOURNAL_IGNORE" -> "record_id";
            default -> "amount";
        };
    }

    @ParameterizedTest
    @MethodSource("tables")
    void aRawUpdateOrDeleteOfHistoryIsRefusedAndChangesNothing(String table) {
        var dsl = books.database().dsl();
        String before = fingerprint(table);
        assertThat(before).doesNotStartWith("0:").as(table + " has rows to protect");
        assertThatThrownBy(() -> dsl.execute("UPDATE " + table + " SET " + column(table) + " = "
                + column(table) + " + 1"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("Saved history cannot be edited");
        assertThatThrownBy(() -> dsl.execute("DELETE FROM " + table)).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Saved history cannot be deleted");
        assertThat(fingerprint(table)).isEqualTo(before);
    }
}
