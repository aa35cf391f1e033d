package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.MoneyText;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.DocumentType;
import com.settle.service.DocumentService.ItemCommand;
import com.settle.service.DocumentService.NewDocumentCommand;
import com.settle.support.TestBooks;
import com.settle.ui.documents.DocumentEntryViewModel;
import com.settle.ui.documents.ItemEntry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document entry form without a window: amounts as stored, problems in the service's words, drafts. */
class DocumentEntryViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 5);

    @TempDir
    Path folder;
    TestBooks books;
    String acme;
    List<AccountSummary> accounts;

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder).withCodes();
        acme = books.account("Acme", "USD");
        accounts = books.clerk().accounts().list();
    }

    @AfterEach
    void close() {
        books.assertBalanced();
        books.close();
    }

    private DocumentEntryViewModel form(String preselected) {
        return new DocumentEntryViewModel(accounts, preselected, List.of("4000"), true, null, new MoneyText(Locale.US),
                TODAY);
    }

    @Test
    void eachAmountIsQuantityTimesPriceRoundedOnceAndTheTotalAddsThem() {
        DocumentEntryViewModel vm = form(acme);
        assertThat(vm.errorProperty().get()).isEqualTo("Item 1 unit price is required");
        ItemEntry seats = vm.items().get(0);
        seats.chargeProperty().set("Seats");
        seats.quantityProperty().set("3");
        seats.unitPriceProperty().set("19.995");
        assertThat(seats.amountProperty().get()).isEqualTo("$59.99");
        ItemEntry discount = vm.addItem();
        discount.chargeProperty().set("Discount");
        discount.unitPriceProperty().set("-10");
        assertThat(discount.amountProperty().get()).isEqualTo("-$10.00");
        assertThat(discount.negativeProperty().get()).isTrue();
        assertThat(vm.totalProperty().get()).isEqualTo("$49.99");
        assertThat(vm.errorProperty().get()).isEmpty();
        NewDocumentCommand c = vm.result();
        assertThat(c.accountNumber()).isEqualTo(acme);
        assertThat(c.dueDate()).isEqualTo(TODAY.plusDays(30));
        assertThat(c.items()).hasSize(2);
        String number = books.clerk().documents().create(c);
        assertThat(books.clerk().documents().detail(number).summary().amount().amount()).isEqualByComparingTo("49.99");
    }

    @Test
    void theFormRefusesInTheServicesWords() {
        DocumentEntryViewModel vm = form(acme);
        ItemEntry item = vm.items().get(0);
        item.chargeProperty().set("Seats");
        item.unitPriceProperty().set("10");
        item.quantityProperty().set("1.00001");
        assertThat(item.quantityErrorProperty().get()).isEqualTo(vm.errorProperty().get());
        item.quantityProperty().set("1");
        item.unitPriceProperty().set("10");
        vm.dueProperty().set(TODAY.minusDays(1));
        String shown = vm.errorProperty().get();
        assertThat(shown).isEqualTo("Due date Oct 4, 2026 is before the document date Oct 5, 2026");
        assertThatThrownBy(() -> books.clerk().documents().create(vm.result())).hasMessage(shown);
        vm.dueProperty().set(TODAY);
        item.quantityProperty().set("1.00001");
        String quantity = vm.errorProperty().get();
        assertThat(quantity).isEqualTo("Item 1 quantity '1.00001' has more than 4 decimals");
        item.quantityProperty().set("1");
        item.endProperty().set(TODAY);
        item.startProperty().set(TODAY.plusDays(1));
        assertThat(vm.errorProperty().get()).isEqualTo("Item 1 service end is before the service start");
        assertThatThrownBy(() -> books.clerk().documents().create(vm.result())).hasMessage(vm.errorProperty().get());
    }

    @Test
    void withoutAnAccountTheFormSaysSoFirst() {
        DocumentEntryViewModel vm = form(null);
        assertThat(vm.errorProperty().get()).isEqualTo("Account is required");
        vm.accountProperty().set(accounts.get(0));
        assertThat(vm.errorProperty().get()).isEqualTo("Item 1 unit price is required");
    }

    @Test
    void theDueDateFollowsTheDocumentDateUntilTheClerkSetsItAndTheLastItemStays() {
        DocumentEntryViewModel vm = form(acme);
        vm.dateProperty().set(TODAY.plusDays(2));
        assertThat(vm.dueProperty().get()).isEqualTo(TODAY.plusDays(32));
        vm.dueProperty().set(TODAY.plusDays(40));
        vm.dateProperty().set(TODAY.plusDays(3));
        assertThat(vm.dueProperty().get()).isEqualTo(TODAY.plusDays(40));
        ItemEntry second = vm.addItem();
        assertThat(second.field()).isEqualTo("Item 2");
        vm.remove(vm.items().get(0));
        assertThat(second.field()).isEqualTo("Item 1");
        vm.remove(second);
        assertThat(vm.items()).containsExactly(second);
    }

    @Test
    void aDraftOpensWithItsItemsAndKeepsItsTypeAndAccount() {
        String memo = books.clerk().documents().create(new NewDocumentCommand(DocumentType.DEBIT_MEMO, acme, TODAY,
                TODAY.plusDays(10), "late fee", false, List.of(new ItemCommand(
                "Fee", null, null, null, new BigDecimal("2"), new BigDecimal("7.5"), null))));
        var draft = books.clerk().documents().detail(memo);
        DocumentEntryViewModel vm = new DocumentEntryViewModel(accounts, null, List.of(), true, draft,
                new MoneyText(Locale.US), TODAY);
        assertThat(vm.isDraft()).isTrue();
        assertThat(vm.typeProperty().get()).isEqualTo(DocumentType.DEBIT_MEMO);
        assertThat(vm.accountProperty().get().number()).isEqualTo(acme);
        assertThat(vm.commentProperty().get()).isEqualTo("late fee");
        assertThat(vm.items()).singleElement().satisfies(i -> {
            assertThat(i.quantityProperty().get()).isEqualTo("2");
            assertThat(i.unitPriceProperty().get()).isEqualTo("7.5");
            assertThat(i.amountProperty().get()).isEqualTo("$15.00");
        });
        assertThat(vm.title()).isEqualTo("Edit draft " + memo);
    }
}
