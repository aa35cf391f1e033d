package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.Money;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.journal.Journal.Grouping;
import com.settle.domain.journal.JournalEntry;
import com.settle.domain.model.DiscountTerms;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.DocumentAmount;
import com.settle.service.ApplicationService.ItemAmount;
import com.settle.service.WriteOffService.Residual;
import com.settle.support.TestBooks;
import com.settle.ui.payments.apply.ApplyPaymentViewModel;
import com.settle.ui.payments.apply.ApplyRow;
import com.settle.ui.payments.apply.ResidualOffers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Apply dialog's rules without a window: inputs, previews, totals, errors, and the command it saves. */
class ApplyPaymentViewModelTest {

    @TempDir
    Path folder;
    TestBooks books;
    String acme;
    String inv1;
    String inv2;
    String pay;
    ApplyPaymentViewModel vm;

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder).withCodes();
        acme = books.account("Acme", "USD");
        inv1 = books.invoice(acme, LocalDate.of(2026, 9, 1), "10.00", "20.00");
        inv2 = books.invoice(acme, LocalDate.of(2026, 10, 1), "5.00", "5.00", "5.00");
        pay = books.payment(acme, "25.00", LocalDate.of(2026, 10, 5));
        vm = new ApplyPaymentViewModel(Locale.US, LocalDate.of(2026, 10, 6));
        vm.load(books.clerk().applications().context(pay));
    }

    @AfterEach
    void close() {
        books.assertBalanced();
        books.close();
    }

    private ApplyRow doc(int i) {
        return vm.documents().get(i);
    }

    private ApplyRow item(int d, int i) {
        return vm.items(doc(d)).get(i);
    }

    @Test
    void aResidualWithinTheToleranceIsOfferedAndWrittenOffInTheSameStep() {
        books.admin().settings().setWriteOffTolerance(Currency.getInstance("USD"), new BigDecimal("0.50"));
        vm.load(books.clerk().applications().context(pay));
        doc(1).inputProperty().set("14.97");
        assertThat(vm.residualOffers().writeOff().textProperty().get()).isEqualTo("Write off the remaining $0.03 on " + inv2);
        assertThat(vm.residualOffers().writeOff().accepted()).as("nothing until the clerk ticks it").isEmpty();
        doc(1).inputProperty().set("10.00");
        assertThat(vm.residualOffers().writeOff().textProperty().get()).as("$5.00 is above the tolerance").isEmpty();
        doc(1).inputProperty().set("14.97");
        vm.residualOffers().writeOff().acceptedProperty().set(true);
        assertThat(vm.confirmation()).endsWith("\nWrite off the remaining $0.03 on " + inv2
                + " (a write-off with the default reason).");
        books.clerk().writeOffs().applyAndWriteOff(vm.command(), vm.residualOffers().accepted());
        assertThat(books.clerk().documents().detail(inv2).summary().balance().amount()).isEqualByComparingTo("0");
        assertThat(books.clerk().payments().detail(pay).summary().applied().amount()).isEqualByComparingTo("14.97");
    }

    @Test
    void anEarlyPaymentIsOfferedTheDiscountAndTheWriteOffTakesWhatTheDiscountLeaves() {
        books.admin().settings().setWriteOffTolerance(Currency.getInstance("USD"), new BigDecimal("0.50"));
        books.clerk().accounts().terms(acme, DiscountTerms.parse("2", "10", Locale.US));
        vm.load(books.clerk().applications().context(pay));
        ResidualOffers offers = vm.residualOffers();
        doc(1).inputProperty().set("14.60");
        assertThat(offers.discount().textProperty().get()).as("2% of $15.00, 5 days after " + inv2)
                .isEqualTo("Take the early-payment discount of $0.30 (2% within 10 days) on " + inv2);
        assertThat(offers.writeOff().textProperty().get()).isEqualTo("Write off the remaining $0.40 on " + inv2);
        offers.discount().acceptedProperty().set(true);
        assertThat(offers.writeOff().textProperty().get()).as("what the discount leaves")
                .isEqualTo("Write off the remaining $0.10 on " + inv2);
        offers.writeOff().acceptedProperty().set(true);
        assertThat(vm.confirmation()).contains("\nTake the early-payment discount of $0.30 (2% within 10 days) on "
                + inv2 + ".\nWrite off the remaining $0.10 on " + inv2 + " (a write-off with the default reason).");
        doc(0).inputProperty().set("10.00");
        assertThat(offers.discount().textProperty().get()).as("inv1 is 35 days old: no discount")
                .doesNotContain(inv1);
        books.clerk().writeOffs().applyAndWriteOff(vm.command(), offers.accepted());
        assertThat(books.clerk().documents().detail(inv2).summary().balance().amount()).isEqualByComparingTo("0");
        assertThat(books.clerk().journal().entries(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 6),
                Grouping.DAY)).extracting(JournalEntry::description)
                .contains("Early-payment discounts", "Balances written off");
    }

    @Test
    void aboveTheToleranceTheWriteOffIsOfferedOnlyToItsPermissionAndOnlyOnceThePaymentIsUsedUp() {
        doc(1).inputProperty().set("10.00");
        assertThat(vm.residualOffers().writeOff().textProperty().get()).as("a clerk: no offer above the tolerance")
                .isEmpty();
        vm.load(books.admin().applications().context(pay));
        doc(1).inputProperty().set("10.00");
        assertThat(vm.residualOffers().writeOff().textProperty().get()).as("$15.00 of the payment is left").isEmpty();
        doc(0).inputProperty().set("15.00");
        assertThat(vm.remainingProperty().get().isZero()).isTrue();
        assertThat(vm.residualOffers().writeOff().textProperty().get()).isEqualTo("Write off the remaining $20.00 on "
                + inv1 + ", " + inv2 + ", above the write-off tolerance");
        vm.residualOffers().writeOff().acceptedProperty().set(true);
        assertThat(vm.confirmation()).contains("\nWrite off $15.00 of " + inv1 + "? That is more than the write-off"
                + " tolerance (none is set).");
        books.admin().writeOffs().applyAndWriteOff(vm.command(), vm.residualOffers().accepted());
        assertThat(books.clerk().documents().detail(inv1).summary().balance().isZero()).isTrue();
        assertThat(books.clerk().documents().detail(inv2).summary().balance().isZero()).isTrue();
    }

    @Test
    void aWriteOffThatIsRefusedTakesTheApplicationWithIt() {
        vm.load(books.clerk().applications().context(pay));
        doc(0).inputProperty().set("20.00");
        assertThatThrownBy(() -> books.clerk().writeOffs().applyAndWriteOff(vm.command(), List.of(new Residual(inv1, null, false))))
                .hasMessageContaining("write off balances above the tolerance");
        assertThat(books.clerk().payments().detail(pay).summary().applied().amount()).isEqualByComparingTo("0");
    }

    @Test
    void typedItemAmountsSumIntoTheDocumentAndTheTotals() {
        item(0, 0).inputProperty().set("10.00");
        item(0, 1).inputProperty().set("2.50");
        assertThat(doc(0).amountProperty().get().amount()).isEqualByComparingTo("12.50");
        assertThat(vm.totalProperty().get().amount()).isEqualByComparingTo("12.50");
        assertThat(vm.remainingProperty().get().amount()).isEqualByComparingTo("12.50");
        assertThat(vm.canApplyProperty().get()).isTrue();
        ApplyCommand c = vm.command();
        assertThat(c.documents()).singleElement().satisfies(d -> {
            assertThat(d.documentNumber()).isEqualTo(inv1);
            assertThat(d.amount()).isNull();
            assertThat(d.items()).extracting(i -> i.amount().toPlainString()).containsExactly("10.00", "2.50");
        });
        books.clerk().applications().apply(c);
        assertThat(books.clerk().payments().detail(pay).summary().applied().amount()).isEqualByComparingTo("12.50");
    }

    @Test
    void aDocumentAmountIsPreviewedOverItsItemsByTheRule() {
        vm.ruleProperty().set(ApplicationRule.PRORATION);
        doc(1).inputProperty().set("10.00");
        assertThat(vm.items(doc(1))).extracting(r -> r.amountProperty().get().amount().toPlainString())
                .containsExactly("3.34", "3.33", "3.33");
        assertThat(item(1, 0).previewProperty().get()).isTrue();
        // Explain: the rule in one line, then why each item got its share, the leftover cent named as such.
        var explained = vm.explain();
        assertThat(explained.summary()).isEqualTo("A document amount is spread over its items by Proration (in"
                + " proportion to the items' balances).");
        assertThat(explained.rows()).extracting(r -> r.share().amount().toPlainString() + " " + r.why())
                .containsExactly("3.34 Its share of $10.00 by balance, rounded down, plus $0.01 left over",
                        "3.33 Its share of $10.00 by balance, rounded down",
                        "3.33 Its share of $10.00 by balance, rounded down");
        vm.ruleProperty().set(ApplicationRule.FIFO);
        assertThat(vm.items(doc(1))).extracting(r -> r.amountProperty().get().amount().toPlainString())
                .containsExactly("5.00", "5.00", "0.00");
        // Typing an item switches the document to item amounts.
        item(1, 2).inputProperty().set("1.00");
        assertThat(doc(1).inputProperty().get()).isEmpty();
        assertThat(doc(1).amountProperty().get().amount()).isEqualByComparingTo("1.00");
    }

    /**
     * The four limits the dialog checks as the clerk types are the service's, in the same words: the dialog
     * shows exactly the refusal the service would give for the same amounts and date.
     */
    @Test
    void theDialogRefusesInTheServicesWords() {
        LocalDate d = LocalDate.of(2026, 10, 6);
        item(0, 0).inputProperty().set("10.01");
        assertThat(vm.errorProperty().get()).isNotEmpty();
        assertThatThrownBy(() -> save(d, new DocumentAmount(inv1, null, List.of(new ItemAmount(1,
                new BigDecimal("10.01")))))).hasMessage(vm.errorProperty().get());
        item(0, 0).inputProperty().set("10.00");
        item(0, 1).inputProperty().set("20.00");
        assertThat(vm.errorProperty().get()).isNotEmpty();
        assertThatThrownBy(() -> save(d, new DocumentAmount(inv1, null, List.of(new ItemAmount(1,
                new BigDecimal("10.00")), new ItemAmount(2, new BigDecimal("20.00")))))).hasMessage(vm.errorProperty().get());
        item(0, 1).inputProperty().set("");
        vm.dateProperty().set(LocalDate.of(2026, 10, 4));
        assertThat(vm.errorProperty().get()).isNotEmpty();
        assertThatThrownBy(() -> save(LocalDate.of(2026, 10, 4), new DocumentAmount(inv1, new BigDecimal("10.00"),
                null))).hasMessage(vm.errorProperty().get());
        item(0, 0).inputProperty().set("");
        vm.dateProperty().set(LocalDate.of(2026, 10, 5));
        String early = books.payment(acme, "1.00", LocalDate.of(2026, 9, 15));
        ApplyPaymentViewModel earlyVm = new ApplyPaymentViewModel(Locale.US, LocalDate.of(2026, 9, 15));
        earlyVm.load(books.clerk().applications().context(early));
        earlyVm.items(earlyVm.documents().get(1)).get(0).inputProperty().set("1.00");
        assertThat(earlyVm.errorProperty().get()).isNotEmpty();
        assertThatThrownBy(() -> books.clerk().applications().apply(new ApplyCommand(early,
                LocalDate.of(2026, 9, 15), null, List.of(new DocumentAmount(inv2, null, List.of(new ItemAmount(1,
                new BigDecimal("1.00"))))), null, false))).hasMessage(earlyVm.errorProperty().get());
    }

    private void save(LocalDate date, DocumentAmount amounts) {
        books.clerk().applications().apply(new ApplyCommand(pay, date, null, List.of(amounts), null, false));
    }

    @Test
    void badInputIsMarkedAtTheCellAndBlocksApply() {
        item(0, 0).inputProperty().set("10.001");
        assertThat(item(0, 0).errorProperty().get()).isEqualTo("Item " + inv1 + " #1 '10.001' has more decimals than USD allows"
                + " (2 decimals)");
        assertThat(vm.canApplyProperty().get()).isFalse();
        item(0, 0).inputProperty().set("10.01");
        assertThat(vm.errorProperty().get()).isEqualTo("Item " + inv1 + " #1 $10.01 is more than its balance $10.00");
        item(0, 0).inputProperty().set("-1");
        assertThat(vm.errorProperty().get()).isEqualTo("Item " + inv1 + " #1 must not be negative");
        item(0, 0).inputProperty().set("abc");
        assertThat(vm.errorProperty().get()).contains("is not an amount");
        item(0, 0).inputProperty().set("10");
        item(0, 1).inputProperty().set("20");
        assertThat(vm.errorProperty().get()).isEqualTo("Total to apply $30.00 is more than the payment's unapplied amount $25.00");
        assertThat(vm.canApplyProperty().get()).isFalse();
        item(0, 1).inputProperty().set("15");
        assertThat(vm.canApplyProperty().get()).isTrue();
        vm.dateProperty().set(LocalDate.of(2026, 10, 4));
        assertThat(vm.errorProperty().get()).isEqualTo("Effective date Oct 4, 2026 is before the payment's effective"
                + " date Oct 5, 2026");
    }

    @Test
    void fillPutsTheBalanceOrWhatIsLeft() {
        vm.fill(item(0, 1));
        assertThat(item(0, 1).inputProperty().get()).isEqualTo("20.00");
        vm.fill(item(0, 0));
        assertThat(item(0, 0).inputProperty().get()).isEqualTo("5.00");
        assertThat(vm.remainingProperty().get().isZero()).isTrue();
    }

    @Test
    void autoApplyShowsTheExactSplitAndSavesTheSame() {
        vm.ruleProperty().set(ApplicationRule.PRORATION);
        vm.autoApply(null);
        assertThat(vm.totalProperty().get().amount()).isEqualByComparingTo("25.00");
        var shown = vm.documents().stream().flatMap(d -> vm.items(d).stream())
                .map(r -> r.amountProperty().get().amount().toPlainString()).toList();
        ApplyCommand c = vm.command();
        assertThat(c.autoAmount()).isEqualByComparingTo("25.00");
        assertThat(c.expectedDocumentVersions()).containsKeys(inv1, inv2);
        var saved = books.clerk().applications().apply(c);
        var byItem = new HashMap<String, BigDecimal>();
        saved.items().forEach(i -> byItem.put(i.documentNumber() + "#" + i.ordinal(), i.amount().amount()));
        var expected = new ArrayList<String>();
        for (ApplyRow d : vm.documents()) {
            for (ApplyRow i : vm.items(d)) {
                BigDecimal v = byItem.getOrDefault(d.document().number() + "#" + i.item().ordinal(),
                        new BigDecimal("0.00"));
                expected.add(v.setScale(2).toPlainString());
            }
        }
        assertThat(shown).isEqualTo(expected);
    }

    /**
     * The dialog previews over the documents and targets the service saves over (one query, one way to build
     * targets), also when an item is already paid and the rule leaves odd cents to place.
     */
    @Test
    void autoApplyOverAPartlyPaidDocumentSavesWhatItShows() {
        String first = books.payment(acme, "5.00", LocalDate.of(2026, 10, 5));
        books.clerk().applications().apply(new ApplyCommand(first, LocalDate.of(2026, 10, 5), null,
                List.of(new DocumentAmount(inv2, null, List.of(new ItemAmount(1, new BigDecimal("5.00"))))), null,
                false));
        for (ApplicationRule rule : ApplicationRule.values()) {
            vm.load(books.clerk().applications().context(pay));
            vm.ruleProperty().set(rule);
            vm.autoApply(Money.of(new BigDecimal("24.99"), Currency.getInstance("USD")));
            var shown = new HashMap<String, BigDecimal>();
            for (ApplyRow d : vm.documents()) {
                for (ApplyRow i : vm.items(d)) {
                    if (i.amountProperty().get().isPositive()) {
                        shown.put(d.document().number() + "#" + i.item().ordinal(), i.amountProperty().get().amount());
                    }
                }
            }
            var saved = new HashMap<String, BigDecimal>();
            books.clerk().applications().apply(new ApplyCommand(pay, LocalDate.of(2026, 10, 6), rule, null,
                    new BigDecimal("24.99"), true)).items().forEach(i -> saved.put(i.documentNumber() + "#"
                    + i.ordinal(), i.amount().amount()));
            assertThat(shown).as(rule.name()).isNotEmpty().isEqualTo(saved);
        }
    }

    @Test
    void autoApplyFillsOnlyWhatIsEmptyUnlessTheClerkSaysReplace() {
        // The clerk typed 3.00 for the second invoice's last item; 22.00 is left of the payment.
        item(1, 2).inputProperty().set("3.00");
        vm.autoApply(null, false);
        assertThat(item(1, 2).inputProperty().get()).isEqualTo("3.00");
        assertThat(doc(1).amountProperty().get().amount()).isEqualByComparingTo("3.00");
        // The oldest invoice, untouched, takes what is left: 10.00 and 12.00 of its items, oldest first.
        assertThat(item(0, 0).amountProperty().get().amount()).isEqualByComparingTo("10.00");
        assertThat(item(0, 1).amountProperty().get().amount()).isEqualByComparingTo("12.00");
        assertThat(vm.totalProperty().get().amount()).isEqualByComparingTo("25.00");
        assertThat(vm.errorProperty().get()).isEmpty();
        books.clerk().applications().apply(vm.command());
        assertThat(books.clerk().payments().detail(pay).summary().unapplied().isZero()).isTrue();
    }

    @Test
    void autoApplyWithReplaceSpreadsAgainOverEverything() {
        item(1, 2).inputProperty().set("3.00");
        vm.autoApply(null, true);
        assertThat(item(1, 2).inputProperty().get()).isEmpty();
        assertThat(item(1, 2).amountProperty().get().isZero()).isTrue();
        assertThat(doc(0).amountProperty().get().amount()).isEqualByComparingTo("25.00");
    }

    @Test
    void editingAfterAutoApplyKeepsTheOtherShares() {
        vm.autoApply(null);
        item(1, 0).inputProperty().set("1.00");
        assertThat(doc(0).amountProperty().get().amount()).isEqualByComparingTo("25.00");
        assertThat(item(0, 0).inputProperty().get()).isEqualTo("10.00");
        assertThat(item(0, 1).inputProperty().get()).isEqualTo("15.00");
        assertThat(vm.totalProperty().get().amount()).isEqualByComparingTo("26.00");
        assertThat(vm.canApplyProperty().get()).isFalse();
        item(0, 1).inputProperty().set("14.00");
        assertThat(vm.canApplyProperty().get()).isTrue();
        assertThat(vm.command().documents()).hasSize(2);
    }
}
