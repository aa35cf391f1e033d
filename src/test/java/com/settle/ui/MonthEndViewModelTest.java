package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.MoneyText;
import com.settle.domain.model.PaymentMethod;
import com.settle.support.InlineRunner;
import com.settle.support.TestBooks;
import com.settle.ui.settings.MonthEndViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings > Month end: closing the books and the write-off tolerance, as the services allow. */
class MonthEndViewModelTest {

    @TempDir
    Path folder;
    TestBooks books;
    final List<String> notices = new ArrayList<>();

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder).withCodes();
    }

    @AfterEach
    void balanced() {
        books.assertBalanced();
        books.close();
    }

    private MonthEndViewModel model(boolean admin) {
        var s = admin ? books.admin() : books.clerk();
        MonthEndViewModel vm = new MonthEndViewModel(new InlineRunner(), s.closing(), s.settings(),
                s.deposits(), new MoneyText(Locale.US), notices::add);
        vm.load();
        return vm;
    }

    @Test
    void anAdministratorClosesTheBooksAndMovesTheDateBackWithAReason() {
        MonthEndViewModel vm = model(true);
        assertThat(vm.closedProperty().get()).isEqualTo("The books are open: nothing is closed.");
        assertThat(vm.ready()).as("no date while nothing is closed: nothing to ask").isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Closing date is required: choose the last day of the"
                + " period to close");
        vm.throughProperty().set(LocalDate.of(2026, 10, 31));
        assertThat(vm.question()).startsWith("Close the books through Oct 31, 2026?");
        vm.close();
        assertThat(vm.closedProperty().get()).startsWith("The books are closed through Oct 31, 2026");
        assertThat(vm.history()).hasSize(1);
        vm.throughProperty().set(LocalDate.of(2026, 9, 30));
        vm.close();
        assertThat(vm.messageProperty().get()).isEqualTo("Reason is required to open a closed period again");
        vm.reasonProperty().set("a late September payment");
        vm.close();
        assertThat(vm.history()).extracting(c -> c.reason()).containsExactly("a late September payment", null);
        assertThat(notices).last().isEqualTo("The books are closed through Sep 30, 2026");
    }

    @Test
    void aPaymentMethodGetsADepositAccountOfItsOwnAndBackToTheDefault() {
        books.admin().codes().addAccountingCode("1010-CHECKING", "Checking account", "Cash");
        MonthEndViewModel vm = model(true);
        assertThat(vm.depositSummaryProperty().get()).isEqualTo("Every payment method deposits to the Cash default.");
        assertThat(vm.depositChoices()).containsExactly("1000-CASH", "1010-CHECKING");
        vm.methodProperty().set(PaymentMethod.CHECK);
        vm.depositProperty().set("1200-AR");
        vm.setDeposit();
        assertThat(vm.messageProperty().get()).startsWith("Deposit account '1200-AR' is of type Accounts receivable");
        vm.depositProperty().set("1010-CHECKING");
        vm.setDeposit();
        assertThat(vm.depositSummaryProperty().get())
                .isEqualTo("Check to 1010-CHECKING; the other methods to the Cash default.");
        vm.methodProperty().set(PaymentMethod.CARD);
        assertThat(vm.depositProperty().get()).isEmpty();
        vm.methodProperty().set(PaymentMethod.CHECK);
        assertThat(vm.depositProperty().get()).isEqualTo("1010-CHECKING");
        vm.depositProperty().set("");
        vm.setDeposit();
        assertThat(notices).last().isEqualTo("Check payments deposit to the Cash default from the first open day");
        MonthEndViewModel clerk = model(false);
        clerk.depositProperty().set("1010-CHECKING");
        clerk.setDeposit();
        assertThat(clerk.messageProperty().get()).contains("choose deposit accounts");
    }

    @Test
    void toleranceIsSetPerCurrencyAndBadInputIsNamed() {
        MonthEndViewModel vm = model(true);
        assertThat(vm.tolerancesProperty().get()).startsWith("No tolerance is set");
        vm.currencyProperty().set("usd");
        vm.toleranceProperty().set("1.00");
        vm.setTolerance();
        vm.currencyProperty().set("JPY");
        vm.toleranceProperty().set("100");
        vm.setTolerance();
        assertThat(vm.tolerancesProperty().get()).isEqualTo("Residuals up to JPY ¥100, USD $1.00 may be written off"
                + " in the same step as an application.");
        vm.toleranceProperty().set("0.5");
        vm.setTolerance();
        assertThat(vm.messageProperty().get()).isEqualTo("Write-off tolerance '0.5' has more decimals than JPY allows"
                + " (no decimals)");
        vm.currencyProperty().set("XXQ");
        vm.setTolerance();
        assertThat(vm.messageProperty().get()).isEqualTo("Currency 'XXQ' is not an ISO 4217 currency code");
        MonthEndViewModel clerk = model(false);
        clerk.throughProperty().set(LocalDate.of(2026, 10, 31));
        clerk.close();
        assertThat(clerk.messageProperty().get()).contains("close the books");
    }
}
