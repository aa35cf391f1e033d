package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.ValidationException;
import com.settle.domain.journal.Journal.Grouping;
import com.settle.domain.journal.JournalEntry;
import com.settle.domain.model.DiscountTerms;
import com.settle.domain.model.ResidualRules;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.DocumentAmount;
import com.settle.service.WriteOffService.Residual;
import com.settle.service.WriteOffService.WriteOffCommand;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Early-payment discounts: an account's terms, what they allow, who may give more, and the journal. */
class DiscountTest {

    static final LocalDate INVOICED = LocalDate.of(2026, 10, 1);

    @TempDir
    Path folder;
    TestBooks books;
    String acme;
    String invoice;

    @BeforeEach
    void twoPercentTenDays() {
        books = new TestBooks(folder).withCodes();
        acme = books.account("Acme", "USD");
        books.admin().accounts().terms(acme, DiscountTerms.parse("2", "10", Locale.US));
        invoice = books.invoice(acme, INVOICED, "600.00", "399.99");
    }

    @AfterEach
    void balanced() {
        books.assertBalanced();
        books.close();
    }

    private ApplyCommand pay(String payment, LocalDate on, String amount) {
        return new ApplyCommand(payment, on, null, List.of(new DocumentAmount(invoice, new BigDecimal(amount),
                List.of())), null, false);
    }

    @Test
    void paidWithinTheDaysTheClerkTakesTheDiscountInTheSameStepAndItPostsToTheDiscountCode() {
        LocalDate paid = INVOICED.plusDays(10);
        String payment = books.payment(acme, "980.00", paid);
        ResidualRules rules = books.clerk().applications().context(payment).residuals();
        assertThat(rules.discount().describe(Locale.US)).isEqualTo("2% within 10 days");
        var doc = books.clerk().applications().context(payment).documents().get(0);
        assertThat(rules.discountLeft(doc, paid).amount()).as("2% of 999.99, rounded down")
                .isEqualByComparingTo("19.99");
        assertThat(rules.discountLeft(doc, paid.plusDays(1)).isZero()).as("a day late").isTrue();

        books.clerk().writeOffs().applyAndWriteOff(pay(payment, paid, "980.00"),
                List.of(new Residual(invoice, new BigDecimal("19.99"), true)));
        assertThat(books.clerk().documents().detail(invoice).summary().balance().amount())
                .isEqualByComparingTo("0.00");
        List<JournalEntry> entries = books.clerk().journal().entries(paid, paid, Grouping.DAY);
        assertThat(entries).filteredOn(e -> e.description().equals("Early-payment discounts")).singleElement()
                .satisfies(e -> {
                    assertThat(e.debit()).isEqualTo("4900-DISCOUNTS");
                    assertThat(e.credit()).isEqualTo("1200-AR");
                    assertThat(e.amount()).isEqualByComparingTo("19.99");
                });
        assertThat(books.clerk().applications().context(books.payment(acme, "1.00", paid)).residuals()
                .discountsTaken().get(invoice).amount()).isEqualByComparingTo("19.99");
    }

    @Test
    void aDiscountBeyondTheTermsNeedsTheWriteOffPermissionAndARefusalChangesNothing() {
        LocalDate late = INVOICED.plusDays(11);
        String payment = books.payment(acme, "980.00", late);
        assertThatThrownBy(() -> books.clerk().writeOffs().applyAndWriteOff(pay(payment, late, "980.00"),
                List.of(new Residual(invoice, new BigDecimal("19.99"), true))))
                .hasMessage("A discount of $19.99 on " + invoice + " is more than the account's terms give (2% within"
                        + " 10 days: $0.00 now); it needs the write-off permission.");
        assertThat(books.clerk().payments().detail(payment).summary().applied().isZero())
                .as("the application went back with the refused discount").isTrue();

        LocalDate onTime = INVOICED.plusDays(3);
        String second = books.payment(acme, "900.00", onTime);
        assertThatThrownBy(() -> books.clerk().writeOffs().writeOff(new WriteOffCommand(invoice, null,
                new BigDecimal("20.00"), onTime, null, null, null, true)))
                .hasMessageContaining("more than the account's terms give (2% within 10 days: $19.99 now)");
        books.clerk().writeOffs().writeOff(new WriteOffCommand(invoice, null, new BigDecimal("10.00"), onTime, null,
                null, null, true));
        assertThatThrownBy(() -> books.clerk().writeOffs().writeOff(new WriteOffCommand(invoice, null,
                new BigDecimal("10.00"), onTime, null, null, null, true)))
                .as("what was taken counts").hasMessageContaining("$9.99 now");
        books.admin().writeOffs().writeOff(new WriteOffCommand(invoice, null, new BigDecimal("10.00"), onTime,
                null, null, "agreed with the customer", true));
        assertThat(books.clerk().documents().detail(invoice).summary().balance().amount())
                .isEqualByComparingTo("979.99");
        assertThat(second).isNotNull();
    }

    @Test
    void termsAreCheckedAndCanBeRemoved() {
        assertThatThrownBy(() -> DiscountTerms.parse("2", "", Locale.US)).isInstanceOf(ValidationException.class)
                .hasMessage("Discount days is required with a discount percent (0: only on the document date)");
        assertThatThrownBy(() -> DiscountTerms.parse("100", "10", Locale.US))
                .hasMessage("Discount percent must be more than 0 and less than 100");
        assertThatThrownBy(() -> DiscountTerms.parse("1.255", "10", Locale.US))
                .hasMessage("Discount percent '1.255' has more than 2 decimals");
        assertThatThrownBy(() -> DiscountTerms.parse("2", "ten", Locale.US))
                .hasMessage("Discount days 'ten' is not a whole number of days");
        assertThat(DiscountTerms.parse("2,5", "10", Locale.GERMANY).percent()).isEqualByComparingTo("2.5");
        assertThat(DiscountTerms.parse(" ", "", Locale.US)).isNull();
        assertThat(books.clerk().accounts().detail(acme).discountTerms().percent()).isEqualByComparingTo("2");
        books.clerk().accounts().terms(acme, null);
        assertThat(books.clerk().accounts().detail(acme).discountTerms()).isNull();
    }
}
