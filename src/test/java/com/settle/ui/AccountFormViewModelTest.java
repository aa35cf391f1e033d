package com.settle.ui;

import com.settle.domain.model.AccountStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.Money;
import com.settle.domain.model.AccountDetail;
import com.settle.domain.model.AccountSummary;
import com.settle.ui.accounts.AccountFormViewModel;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The account form without a window: its starting values, its problems in the service's words, its result. */
class AccountFormViewModelTest {

    @Test
    void aNewAccountStartsInTheLocalCurrencyAndNeedsAName() {
        AccountFormViewModel vm = new AccountFormViewModel(null, "EUR", Locale.US);
        assertThat(vm.isNew()).isTrue();
        assertThat(vm.currencyProperty().get()).isEqualTo("EUR");
        assertThat(vm.errorProperty().get()).isEqualTo("Name is required");
        vm.nameProperty().set("Nordic Tools");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.result().name()).isEqualTo("Nordic Tools");
        assertThat(vm.result().status().code()).isEqualTo("Active");
        assertThat(vm.okText()).isEqualTo("Create");
    }

    @Test
    void discountTermsAreTypedInTheClerksLocaleAndCheckedAsTheServiceChecksThem() {
        AccountFormViewModel vm = new AccountFormViewModel(null, "EUR", Locale.GERMANY);
        vm.nameProperty().set("Nordic Tools");
        assertThat(vm.result().terms()).as("none typed: none").isNull();
        vm.discountPercentProperty().set("2,5");
        assertThat(vm.errorProperty().get())
                .isEqualTo("Discount days is required with a discount percent (0: only on the document date)");
        assertThat(vm.termsErrorProperty().get()).isEqualTo(vm.errorProperty().get());
        vm.discountDaysProperty().set("14");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.result().terms().percent()).isEqualByComparingTo("2.5");
        assertThat(vm.result().terms().describe(Locale.GERMANY)).isEqualTo("2,5% within 14 days");
        vm.discountPercentProperty().set("120");
        assertThat(vm.errorProperty().get()).isEqualTo("Discount percent must be more than 0 and less than 100");
    }

    @Test
    void aCurrencyIsCheckedAsTheServiceChecksIt() {
        AccountFormViewModel vm = new AccountFormViewModel(null, null, Locale.US);
        vm.nameProperty().set("Acme");
        assertThat(vm.errorProperty().get()).isEqualTo("Currency is required (a three-letter ISO 4217 code such as USD)");
        vm.currencyProperty().set("XYZ1");
        assertThat(vm.errorProperty().get()).isEqualTo("Currency 'XYZ1' is not an ISO 4217 currency code");
        assertThat(vm.currencyErrorProperty().get()).isEqualTo(vm.errorProperty().get());
        vm.currencyProperty().set(" usd ");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.result().currency()).isEqualTo("USD");
    }

    @Test
    void editingStartsFromTheAccountAndKeepsACurrencyWithActivity() {
        Money zero = Money.of(BigDecimal.ZERO, Currency.getInstance("USD"));
        AccountDetail acme = new AccountDetail(new AccountSummary("A-00000001", "Acme", AccountStatus.ACTIVE, zero, zero,
                zero), "Ann", "ann@acme.test", null, null, OffsetDateTime.now(), true, List.of(), List.of(), null);
        AccountFormViewModel vm = new AccountFormViewModel(acme, "EUR", Locale.US);
        assertThat(vm.isNew()).isFalse();
        assertThat(vm.nameProperty().get()).isEqualTo("Acme");
        assertThat(vm.contactProperty().get()).isEqualTo("Ann");
        assertThat(vm.phoneProperty().get()).isEmpty();
        assertThat(vm.currencyLocked()).isTrue();
        assertThat(vm.currencyNote()).contains("fixed");
        vm.statusProperty().set(AccountStatus.INACTIVE);
        assertThat(vm.result().status().code()).isEqualTo("Inactive");
        assertThat(vm.header()).isEqualTo("A-00000001  Acme");
    }
}
