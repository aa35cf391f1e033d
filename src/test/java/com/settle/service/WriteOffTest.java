package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.ValidationException;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.journal.Journal.Grouping;
import com.settle.domain.journal.JournalEntry;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.DocumentAmount;
import com.settle.service.WriteOffService.WriteOffCommand;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write-offs and discounts: new records that settle a residual, reversed by new records, in the journal. */
class WriteOffTest {

    static final LocalDate OCT = LocalDate.of(2026, 10, 5);
    static final Currency USD = Currency.getInstance("USD");

    @TempDir
    Path folder;
    TestBooks books;
    String acme;
    String invoice;
    String payment;

    @BeforeEach
    void shortPaid() {
        books = new TestBooks(folder).withCodes();
        acme = books.account("Acme", "USD");
        invoice = books.invoice(acme, OCT, "60.00", "40.03");
        payment = books.payment(acme, "100.00", OCT);
        books.clerk().applications().apply(new ApplyCommand(payment, OCT, null, List.of(new DocumentAmount(invoice,
                new BigDecimal("100.00"), List.of())), null, false));
        books.admin().settings().setWriteOffTolerance(USD, new BigDecimal("1.00"));
    }

    @AfterEach
    void balanced() {
        books.assertBalanced();
        books.close();
    }

    private WriteOffCommand all(String document) {
        return new WriteOffCommand(document, null, null, OCT, null, null, null, false);
    }

    @Test
    void aClerkWritesOffAResidualWithinTheToleranceAndTheJournalShowsIt() {
        String wo = books.clerk().writeOffs().writeOff(all(invoice));
        assertThat(wo).isEqualTo("WO-00000001");
        assertThat(books.clerk().documents().detail(invoice).summary().balance().amount()).isEqualByComparingTo("0");
        List<JournalEntry> entries = books.clerk().journal().entries(OCT, OCT, Grouping.DAY);
        assertThat(entries).filteredOn(e -> e.description().equals("Balances written off")).singleElement()
                .satisfies(e -> {
                    assertThat(e.debit()).isEqualTo("6100-WRITEOFF");
                    assertThat(e.credit()).isEqualTo("1200-AR");
                    assertThat(e.amount()).isEqualByComparingTo("0.03");
                });
        assertThatThrownBy(() -> books.clerk().writeOffs().writeOff(all(invoice)))
                .hasMessageContaining("has nothing open to write off");
    }

    @Test
    void aboveTheToleranceOnlyTheWriteOffPermissionMayAndAReversalGivesTheBalanceBack() {
        String big = books.invoice(acme, OCT, "250.00");
        assertThat(books.clerk().writeOffs().confirmationFor(books.clerk().documents().detail(big).summary()
                .balance(), big)).isEqualTo("Write off $250.00 of " + big + "? That is more than the write-off"
                + " tolerance of $1.00.");
        assertThatThrownBy(() -> books.clerk().writeOffs().writeOff(all(big)))
                .hasMessageContaining("write off balances above the tolerance");
        String wo = books.admin().writeOffs().writeOff(new WriteOffCommand(big, 1, new BigDecimal("50.00"), OCT,
                null, null, "bad debt", false));
        assertThat(books.clerk().documents().detail(big).summary().balance().amount())
                .isEqualByComparingTo("200.00");
        assertThatThrownBy(() -> books.clerk().writeOffs().reverse(wo, null))
                .hasMessageContaining("reverse write-offs above the tolerance");
        books.admin().writeOffs().reverse(wo, "paid after all");
        assertThat(books.clerk().documents().detail(big).summary().balance().amount())
                .isEqualByComparingTo("250.00");
        assertThatThrownBy(() -> books.admin().writeOffs().reverse(wo, null)).hasMessageContaining("already reversed");
        List<JournalEntry> entries = books.clerk().journal().entries(OCT, TestBooks.TODAY, Grouping.PERIOD);
        assertThat(entries).extracting(JournalEntry::description).contains("Balances written off",
                "Write-offs reversed");
    }

    @Test
    void aDiscountPostsToTheDiscountCodeAndBadInputChangesNothing() {
        String other = books.invoice(acme, OCT, "200.00");
        books.admin().writeOffs().writeOff(new WriteOffCommand(other, null, new BigDecimal("4.00"), OCT, null, null,
                "2% for paying in 10 days", true));
        assertThat(books.clerk().journal().entries(OCT, OCT, Grouping.DAY)).filteredOn(e -> e.description()
                .equals("Early-payment discounts")).extracting(JournalEntry::debit).containsExactly("4900-DISCOUNTS");
        assertThatThrownBy(() -> books.admin().writeOffs().writeOff(new WriteOffCommand(other, null,
                new BigDecimal("500.00"), OCT, null, null, null, false)))
                .isInstanceOf(ValidationException.class).hasMessage("Amount $500.00 is more than its balance $196.00");
        assertThatThrownBy(() -> books.admin().writeOffs().writeOff(new WriteOffCommand(other, null,
                new BigDecimal("0.001"), OCT, null, null, null, false))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("more decimals than USD allows");
        assertThatThrownBy(() -> books.admin().writeOffs().writeOff(new WriteOffCommand(other, 7, null, OCT, null,
                null, null, false))).hasMessage("Item " + other + " has no item #7");
        books.admin().closing().close(OCT, null);
        assertThatThrownBy(() -> books.admin().writeOffs().writeOff(all(other)))
                .hasMessageContaining("is in a closed period");
        assertThat(books.clerk().documents().detail(other).summary().balance().amount())
                .isEqualByComparingTo("196.00");
    }
}
