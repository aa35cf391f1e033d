package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.ValidationException;
import com.settle.domain.model.AccountingCodeRow;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.ReasonCodeRow;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.support.BooksTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** Settings > Reason codes and Accounting codes: one default per type, in use means deactivate, not delete. */
class CodeServiceTest extends BooksTest {

    private static final String CBA = "CreditBalanceAdjustment";

    private ReasonCodeRow reason(String code) {
        return books.admin().codes().reasonCodes().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private AccountingCodeRow accounting(String code) {
        return books.admin().codes().accountingCodes().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private String adjust(String reason, String accountingCode) {
        return books.clerk().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.INCREASE, new BigDecimal("5.00"),
                reason, accountingCode, null, LocalDate.of(2026, 10, 1)));
    }

    private Object stored(String column, String cba) {
        return books.database().dsl().fetchValue("SELECT " + column + " FROM credit_balance_adjustment WHERE number = ?",
                cba);
    }

    @Test
    void aNewDatabaseHasAStandardDefaultForEveryTransactionType() {
        for (String type : ReasonCodeRow.TRANSACTION_TYPES) {
            assertThat(books.admin().codes().reasonCodes().stream().filter(r -> r.defaultFor().contains(type)))
                    .as("default for " + type).hasSize(1);
        }
        // withCodes() made Overpayment the adjustment default: the standard code stopped being it.
        assertThat(reason("Overpayment").defaultFor()).containsExactly(CBA);
        assertThat(reason("Standard Adjustment").defaultFor()).isEmpty();
        assertThat(stored("reason_code", adjust(null, null))).isEqualTo("Overpayment");
    }

    @Test
    void makingACodeTheDefaultReplacesThePreviousOneAndTheDatabaseHoldsOneDefault() {
        var codes = books.admin().codes();
        codes.saveReasonCode("Goodwill", "Goodwill credit", List.of(CBA, "Refund"), List.of(CBA), false);
        assertThat(reason("Goodwill").defaultFor()).containsExactly(CBA);
        assertThat(reason("Goodwill").types()).containsExactlyInAnyOrder(CBA, "Refund");
        assertThat(reason("Overpayment").defaultFor()).isEmpty();
        assertThat(stored("reason_code", adjust(null, null))).isEqualTo("Goodwill");
        assertThatThrownBy(() -> books.database().dsl().execute(
                "UPDATE reason_code_type SET is_default = TRUE WHERE reason_code = 'Overpayment'"))
                .isInstanceOf(DataAccessException.class);
        assertThat(reason("Goodwill").defaultFor()).containsExactly(CBA);
    }

    @Test
    void aDefaultCannotBeDeactivatedOrDroppedAndAnInactiveCodeIsRefusedOnNewRecords() {
        var codes = books.admin().codes();
        assertThatThrownBy(() -> codes.setReasonCodeActive("Overpayment", false)).isInstanceOf(ServiceException.class)
                .hasMessageContaining("Make another code the default first");
        assertThatThrownBy(() -> codes.saveReasonCode("Overpayment", "x", List.of(CBA), List.of(), false))
                .hasMessageContaining("Make another code the default for " + CBA);
        codes.setReasonCodeActive("Goodwill", false);
        assertThat(reason("Goodwill").active()).isFalse();
        assertThatThrownBy(() -> adjust("Goodwill", null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("'Goodwill' is not an active reason code");
        assertThatThrownBy(() -> codes.saveReasonCode("Goodwill", "Goodwill", List.of(CBA), List.of(CBA), false))
                .hasMessageContaining("activate it before");
        codes.setReasonCodeActive("Goodwill", true);
        assertThat(stored("reason_code", adjust("Goodwill", null))).isEqualTo("Goodwill");
    }

    @Test
    void aCodeInUseIsOnlyDeactivatedAndAnUnusedOneMayBeDeleted() {
        var codes = books.admin().codes();
        adjust("Goodwill", "2300-CCB");
        assertThat(reason("Goodwill").inUse()).isTrue();
        assertThatThrownBy(() -> codes.deleteReasonCode("Goodwill")).hasMessageContaining("deactivate it instead");
        assertThatThrownBy(() -> codes.deleteAccountingCode("2300-CCB")).hasMessageContaining("deactivate it instead");
        assertThatThrownBy(() -> codes.deleteAccountingCode("6100-WRITEOFF")).as("a default the journal resolves to")
                .hasMessageContaining("deactivate it instead");
        assertThatThrownBy(() -> codes.saveAccountingCode("2300-CCB", "x", "Revenue", false, false))
                .hasMessageContaining("its type stays CustomerCashOnAccount");
        codes.saveReasonCode("Typo", "Entered by mistake", List.of("Refund"), List.of(), true);
        codes.deleteReasonCode("Typo");
        assertThat(codes.reasonCodes()).extracting(ReasonCodeRow::code).doesNotContain("Typo");
        assertThat(codes.reasonCodes()).extracting(ReasonCodeRow::code).contains("Goodwill");
        assertThatThrownBy(() -> codes.saveReasonCode("Goodwill", "x", List.of(CBA), List.of(), true))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> codes.saveReasonCode("New", "x", List.of(), List.of(), true))
                .hasMessageContaining("Transaction types");
    }

    @Test
    void theDefaultAccountingCodeOfItsTypeFillsRecordsThatNameNone() {
        var codes = books.admin().codes();
        // A new company starts with a default code for every type (issue 18).
        assertThat(stored("accounting_code", adjust(null, null))).isEqualTo("2300-CREDIT");
        codes.saveAccountingCode("2300-CCB", "Customer credit balances", "CustomerCashOnAccount", true, false);
        codes.saveAccountingCode("2310-CCB", "Credit balances EU", "CustomerCashOnAccount", true, true);
        assertThat(accounting("2310-CCB").isDefault()).isTrue();
        assertThat(accounting("2300-CCB").isDefault()).isFalse();
        assertThat(stored("accounting_code", adjust(null, null))).isEqualTo("2310-CCB");
        assertThatThrownBy(() -> codes.setAccountingCodeActive("2310-CCB", false))
                .hasMessageContaining("is the default CustomerCashOnAccount accounting code");
        codes.saveAccountingCode("4000-SUBS", "Subscription revenue", "Revenue", true, false);
        String inv = books.invoice(acme, LocalDate.of(2026, 10, 1), "10.00");
        assertThat(books.database().dsl().fetchValue("SELECT i.accounting_code FROM document_item i JOIN document d"
                + " ON d.id = i.document_id WHERE d.number = ?", inv)).isEqualTo("4000-SUBS");
        assertThatThrownBy(() -> books.clerk().codes().saveAccountingCode("X", "x", "Revenue", false, true))
                .hasMessageContaining("manage accounting codes");
        assertThatThrownBy(() -> codes.saveAccountingCode("X", "x", "Income", false, true))
                .isInstanceOf(ValidationException.class).hasMessageContaining("'Income' is not one of");
    }
}
