package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.ValidationException;
import com.settle.domain.journal.Journal.Grouping;
import com.settle.domain.journal.JournalEntry;
import com.settle.domain.model.PaymentMethod;
import com.settle.service.PaymentService.NewPaymentCommand;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deposit account per payment method: where its cash posts, from the first open day. */
class DepositAccountTest {

    static final LocalDate SEP = LocalDate.of(2026, 9, 15);
    static final LocalDate OCT = LocalDate.of(2026, 10, 15);

    @TempDir
    Path folder;
    TestBooks books;
    String acme;

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder).withCodes();
        books.admin().codes().addAccountingCode("1010-CHECKING", "Checking account", "Cash");
        acme = books.account("Acme", "USD");
    }

    @AfterEach
    void balanced() {
        books.assertBalanced();
        books.close();
    }

    private String cashOf(LocalDate day) {
        List<JournalEntry> entries = books.clerk().journal().entries(day, day, Grouping.DAY);
        return entries.stream().filter(e -> e.description().equals("Payments received")).map(JournalEntry::debit)
                .reduce((a, b) -> a + "," + b).orElse("");
    }

    @Test
    void checksPostToTheirOwnAccountFromTheDayAfterTheClosingDateAndOtherMethodsToTheDefault() {
        books.payment(acme, "10.00", SEP);
        books.admin().closing().close(LocalDate.of(2026, 9, 30), null);
        String before = cashOf(SEP);
        books.admin().deposits().set(PaymentMethod.CHECK, "1010-CHECKING");
        assertThat(books.clerk().deposits().depositAccounts()).isEqualTo(Map.of(PaymentMethod.CHECK, "1010-CHECKING"));
        assertThat(cashOf(SEP)).as("a closed period keeps its accounts").isEqualTo(before).isEqualTo("1000-CASH");
        books.payment(acme, "20.00", OCT);
        books.clerk().payments().record(new NewPaymentCommand(acme, new BigDecimal("5.00"), OCT, PaymentMethod.CARD,
                null, null));
        assertThat(cashOf(OCT)).contains("1010-CHECKING").contains("1000-CASH");

        books.admin().deposits().set(PaymentMethod.CHECK, null);
        assertThat(books.clerk().deposits().depositAccounts()).isEmpty();
        assertThat(cashOf(OCT)).doesNotContain("1010-CHECKING");
    }

    @Test
    void onlyAnActiveCashCodeAndOnlyWithThePermission() {
        assertThatThrownBy(() -> books.admin().deposits().set(PaymentMethod.CHECK, "1200-AR"))
                .isInstanceOf(ValidationException.class).hasMessage("Deposit account '1200-AR' is of type Accounts"
                        + " receivable; a deposit account must be of type Cash (deposit account)");
        assertThatThrownBy(() -> books.admin().deposits().set(PaymentMethod.CHECK, "9999"))
                .hasMessage("Deposit account '9999' is not an accounting code");
        assertThatThrownBy(() -> books.clerk().deposits().set(PaymentMethod.CHECK, "1010-CHECKING"))
                .hasMessageContaining("choose deposit accounts");
        books.admin().codes().setAccountingCodeActive("1010-CHECKING", false);
        assertThatThrownBy(() -> books.admin().deposits().set(PaymentMethod.CHECK, "1010-CHECKING"))
                .hasMessage("Deposit account '1010-CHECKING' is inactive; activate it first");
        assertThat(books.clerk().deposits().depositAccounts()).isEmpty();
    }
}
