package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.AdjustmentType;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.service.CreditBalanceService.TransferCommand;
import com.settle.support.BooksTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import org.junit.jupiter.api.Test;

class CreditBalanceServiceTest extends BooksTest {

    private BigDecimal creditBalance() {
        return books.clerk().accounts().list().stream().filter(a -> a.number().equals(acme))
                .map(AccountSummary::creditBalance).findFirst().orElseThrow().amount();
    }

    @Test
    void transferMovesUnappliedMoneyToTheCreditBalanceAndCancelMovesItBack() {
        String p = books.payment(acme, "100.00", LocalDate.of(2026, 11, 1));
        String cba = books.clerk().creditBalances().transferFromPayment(new TransferCommand(p, new BigDecimal("40.00"),
                null, null, "2300-CCB", "Overpayment"));
        assertThat(cba).isEqualTo("CBA-00000001");
        assertThat(creditBalance()).isEqualByComparingTo("40.00");
        var payment = books.clerk().payments().list().get(0);
        assertThat(payment.transferred().amount()).isEqualByComparingTo("40.00");
        assertThat(payment.unapplied().amount()).isEqualByComparingTo("60.00");
        books.clerk().creditBalances().cancel(cba);
        assertThat(creditBalance()).isEqualByComparingTo("0.00");
        assertThat(books.clerk().payments().list().get(0).unapplied().amount()).isEqualByComparingTo("100.00");
        assertThatThrownBy(() -> books.clerk().creditBalances().cancel(cba)).hasMessage(cba + " is already canceled.");
    }

    @Test
    void aDecreaseAboveTheBalanceIsRefused() {
        books.clerk().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.INCREASE, new BigDecimal("10.00"),
                "Goodwill", null, null, null));
        assertThatThrownBy(() -> books.clerk().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.DECREASE,
                new BigDecimal("10.01"), null, null, null, null)))
                .hasMessage("Amount $10.01 is more than the credit balance $10.00; a credit balance cannot go"
                        + " below zero");
        assertThat(creditBalance()).isEqualByComparingTo("10.00");
    }

    @Test
    void cancellingAnIncreaseThatWasAlreadySpentIsRefused() {
        String inc = books.clerk().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.INCREASE,
                new BigDecimal("10.00"), null, null, null, null));
        books.clerk().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.DECREASE, new BigDecimal("6.00"),
                null, null, null, null));
        assertThatThrownBy(() -> books.clerk().creditBalances().cancel(inc))
                .hasMessageContaining("would make the credit balance of " + acme + " negative");
        assertThat(creditBalance()).isEqualByComparingTo("4.00");
    }

    @Test
    void unknownOrInactiveCodesAndLongCommentsAreRefused() {
        assertThatThrownBy(() -> books.clerk().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.INCREASE,
                BigDecimal.TEN, "Nope", null, null, null)))
                .hasMessage("Reason code 'Nope' is not an active reason code for CreditBalanceAdjustment");
        assertThatThrownBy(() -> books.clerk().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.INCREASE,
                BigDecimal.TEN, null, "9999", null, null)))
                .hasMessage("Accounting code '9999' is not an active accounting code");
        assertThatThrownBy(() -> books.clerk().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.INCREASE,
                BigDecimal.TEN, null, null, "x".repeat(256), null)))
                .hasMessage("Comment is 256 characters long; at most 255 are allowed");
        assertThat(creditBalance()).isEqualByComparingTo("0.00");
    }

    @Test
    void theDatabaseItselfRefusesANegativeCreditBalance() {
        var dsl = books.database().dsl();
        assertThatThrownBy(() -> dsl.execute("UPDATE account SET credit_balance = -1 WHERE number = ?", acme))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("check constraint"))
                .satisfies(e -> assertThat(((DataAccessException) e).sqlStateClass())
                        .isEqualTo(SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION));
    }
}
