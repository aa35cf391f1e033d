package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.PaymentMethod;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.support.RawEdits;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gapless numbers: Verify books counts each series as its passes read the numbered records and reads a series
 * again only when the count or the highest number is off. A number missing from any series must still be named.
 */
class NumberGapsTamperTest {

    @TempDir
    Path folder;

    @BeforeEach
    void books() {
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            String acme = books.account("Acme", "USD");
            books.invoice(acme, LocalDate.of(2026, 10, 1), "60.00");
            books.clerk().documents().create(new DocumentService.NewDocumentCommand(DocumentType.DEBIT_MEMO, acme,
                    LocalDate.of(2026, 10, 2), LocalDate.of(2026, 11, 1), null, true, List.of(new DocumentService
                    .ItemCommand("Fee", null, null, null, BigDecimal.ONE, new BigDecimal("5.00"), null))));
            String payment = books.payment(acme, "80.00", LocalDate.of(2026, 10, 5));
            books.admin().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.INCREASE,
                    new BigDecimal("3.00"), null, null, null, null));
            books.clerk().payments().refund(new PaymentService.RefundCommand(payment, new BigDecimal("5.00"),
                    LocalDate.of(2026, 10, 6), PaymentMethod.CHECK, null, "Customer request",
                    null, null));
            books.assertBalanced();
        }
    }

    private List<String> verify() {
        try (TestBooks books = new TestBooks(folder)) {
            return books.admin().verify().verify().differences().stream().map(VerifyService.Difference::toString)
                    .toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "INV", "DM", "P", "R", "CBA"})
    void aNumberHandedOutButNotStoredIsNamed(String prefix) {
        RawEdits.raw(folder, "UPDATE number_counter SET last_value = last_value + 1 WHERE prefix = '" + prefix + "'");
        assertThat(verify()).contains("6 history: " + prefix + "-00000002: expected every number up to the last one"
                + " handed out, found missing (deleted outside Settle)");
    }

    @ParameterizedTest
    @CsvSource({"A, account", "INV, document", "DM, document", "P, payment", "CBA, credit_balance_adjustment"})
    void aNumberRewrittenOutOfItsFormLeavesAGap(String prefix, String table) {
        RawEdits.aroundGuards(folder, "UPDATE " + table + " SET number = 'X" + prefix + "-1' WHERE number = '" + prefix
                + "-00000001'");
        assertThat(verify()).contains("6 history: " + prefix + "-00000001: expected every number up to the last one"
                + " handed out, found missing (deleted outside Settle)");
    }
}
