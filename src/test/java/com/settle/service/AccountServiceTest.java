package com.settle.service;

import com.settle.domain.model.AccountStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.ValidationException;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.PaymentSummary;
import com.settle.reliability.Signature;
import com.settle.service.AccountService.UpdateAccountCommand;
import com.settle.support.BooksTest;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Changing an account, its page's figures and lists, and the currency fixed once there is activity. */
class AccountServiceTest extends BooksTest {

    private static final LocalDate OCT = LocalDate.of(2026, 10, 1);

    private UpdateAccountCommand change(String name, String currency, AccountStatus status) {
        return new UpdateAccountCommand(name, currency, "Ana Ortiz", "ap@acme.example", null, "1 Quay St", status, null);
    }

    @Test
    void anAccountWithoutActivityMayChangeEverythingIncludingItsCurrency() {
        books.clerk().accounts().update(acme, change("Acme Ltd", "EUR", AccountStatus.INACTIVE));
        var d = books.clerk().accounts().detail(acme);
        assertThat(d.summary().name()).isEqualTo("Acme Ltd");
        assertThat(d.summary().currencyCode()).isEqualTo("EUR");
        assertThat(d.summary().status()).isEqualTo(AccountStatus.INACTIVE);
        assertThat(d.contactName()).isEqualTo("Ana Ortiz");
        assertThat(d.address()).isEqualTo("1 Quay St");
        assertThat(d.currencyLocked()).isFalse();
        books.clerk().accounts().update(acme, change("Acme Ltd", "USD", AccountStatus.ACTIVE));
    }

    @Test
    void onceItHasADocumentItsCurrencyIsFixedButItsNameStillChanges() {
        String inv = books.invoice(acme, OCT, "10.00");
        assertThatThrownBy(() -> books.clerk().accounts().update(acme, change("Acme", "EUR", AccountStatus.ACTIVE)))
                .isInstanceOf(ServiceException.class)
                .hasMessage(acme + " already has invoices, payments or credit in USD; its currency cannot change."
                        + " Open a new account for EUR.");
        books.clerk().accounts().update(acme, change("Acme Renamed", "USD", AccountStatus.ACTIVE));
        var d = books.clerk().accounts().detail(acme);
        assertThat(d.summary().name()).isEqualTo("Acme Renamed");
        assertThat(d.summary().currencyCode()).isEqualTo("USD");
        assertThat(d.currencyLocked()).isTrue();
        assertThat(d.documents()).extracting(DocumentSummary::number).containsExactly(inv);
    }

    @Test
    void thePageListsOnlyThisAccountsDocumentsAndPayments() {
        String other = books.account("Other", "USD");
        String mine = books.invoice(acme, OCT, "10.00", "5.00");
        books.invoice(other, OCT, "99.00");
        String paid = books.payment(acme, "4.00", OCT);
        books.payment(other, "1.00", OCT);
        var d = books.clerk().accounts().detail(acme);
        assertThat(d.documents()).extracting(DocumentSummary::number).containsExactly(mine);
        assertThat(d.payments()).extracting(PaymentSummary::number).containsExactly(paid);
        assertThat(d.summary().openBalance().amount()).isEqualByComparingTo("15.00");
        assertThat(d.summary().unappliedPayments().amount()).isEqualByComparingTo("4.00");
    }

    @Test
    void badInputAndMissingPermissionChangeNothing() {
        assertThatThrownBy(() -> books.clerk().accounts().update(acme, change(" ", "USD", AccountStatus.ACTIVE)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Name");
        assertThatThrownBy(() -> books.clerk().accounts().update(acme, change("Acme", "XYZ", AccountStatus.ACTIVE)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Currency");
        assertThatThrownBy(() -> AccountStatus.parse("Status", "Closed"))
                .isInstanceOf(ValidationException.class).hasMessage("Status 'Closed' is not one of Active, Inactive");
        assertThatThrownBy(() -> books.clerk().accounts().detail("A-99999999"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("'A-99999999' is not an account number");
        books.admin().users().addUser("vi", "Vera", List.of("Viewer"));
        Services viewer = new Services(books.database().dsl(), "vi", TestBooks.CLOCK);
        assertThatThrownBy(() -> viewer.accounts().update(acme, change("Hacked", "USD", AccountStatus.ACTIVE)))
                .hasMessageContaining("change accounts");
        assertThat(books.clerk().accounts().detail(acme).summary().name()).isEqualTo("Acme");
    }

    @Test
    void anInactiveAccountTakesNoNewPaymentOrDocumentUntilActivatedAgain() {
        String invoice = books.invoice(acme, LocalDate.of(2026, 10, 1), "40.00");
        String payment = books.payment(acme, "50.00", LocalDate.of(2026, 10, 2));
        books.admin().accounts().update(acme, new AccountService.UpdateAccountCommand("Acme", "USD", null, null, null,
                null, AccountStatus.INACTIVE, null));
        String before = Signature.of(books.database().dsl()).toString();
        Assertions.assertThatThrownBy(() -> books.payment(acme, "10.00",
                        LocalDate.of(2026, 10, 3)))
                .hasMessage("Account " + acme + " is inactive; activate it first (Accounts > Edit account, or settle"
                        + " account activate " + acme + ")");
        Assertions.assertThatThrownBy(() -> books.invoice(acme, LocalDate.of(2026, 10,
                3), "5.00")).hasMessageContaining("is inactive; activate it first");
        assertThat(Signature.of(books.database().dsl()).toString()).isEqualTo(before);
        // What is already on the account can still be settled.
        books.clerk().applications().apply(new ApplicationService.ApplyCommand(payment, LocalDate.of(2026,
                10, 3), ApplicationRule.FIFO, List.of(), new BigDecimal("40.00"),
                false));
        assertThat(books.clerk().documents().detail(invoice).summary().balance().amount()).isZero();
        books.admin().accounts().update(acme, new AccountService.UpdateAccountCommand("Acme", "USD", null, null, null,
                null, AccountStatus.ACTIVE, null));
        assertThat(books.payment(acme, "10.00", LocalDate.of(2026, 10, 3))).isEqualTo("P-00000002");
    }
}
