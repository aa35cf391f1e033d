package com.settle.ui.accounts;

import com.settle.domain.Currencies;
import com.settle.domain.Text;
import com.settle.domain.model.AccountDetail;
import com.settle.domain.model.AccountStatus;
import com.settle.domain.model.DiscountTerms;
import com.settle.ui.accounts.AccountDialogs.AccountForm;
import com.settle.ui.common.FormModel;
import com.settle.ui.common.FormText;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The New account and Edit account form: what is typed, the first problem (in the service's words, from
 * the domain's checks), and the account it gives. An account's currency is fixed once it has activity.
 */
public final class AccountFormViewModel implements FormModel<AccountForm> {

    private final AccountDetail account;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final ObjectProperty<AccountStatus> status = new SimpleObjectProperty<>(AccountStatus.ACTIVE);
    private final StringProperty discountPercent = new SimpleStringProperty("");
    private final StringProperty discountDays = new SimpleStringProperty("");
    private final Locale locale;
    private final StringBinding currencyError;
    private final StringBinding termsError;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * @param account       the account to change, or null for a new one
     * @param localCurrency the currency a new account starts with (the user's country's), or null
     * @param locale        how the clerk types the discount percent
     */
    public AccountFormViewModel(AccountDetail account, String localCurrency, Locale locale) {
        this.account = account;
        this.locale = locale;
        if (account == null) {
            currency.set(localCurrency == null ? "" : localCurrency);
        } else {
            name.set(account.summary().name());
            currency.set(account.summary().currencyCode());
            contact.set(nz(account.contactName()));
            email.set(nz(account.email()));
            phone.set(nz(account.phone()));
            address.set(nz(account.address()));
            status.set(account.summary().status());
            DiscountTerms terms = account.discountTerms();
            if (terms != null) {
                discountPercent.set(terms.percentText(locale));
                discountDays.set(Integer.toString(terms.days()));
            }
        }
        currencyError = Bindings.createStringBinding(() -> FormText.refusal(() -> Currencies.of("Currency", currency.get())),
                currency);
        termsError = Bindings.createStringBinding(() -> FormText.refusal(this::terms), discountPercent, discountDays);
        error.bind(Bindings.createStringBinding(() -> {
            String n = FormText.refusal(() -> Text.required("Name", name.get(), 255));
            return !n.isEmpty() ? n : !currencyError.get().isEmpty() ? currencyError.get() : termsError.get();
        }, name, currencyError, termsError));
    }


    public boolean isNew() {
        return account == null;
    }

    /** The currency cannot change once the account has invoices, payments or credit. */
    public boolean currencyLocked() {
        return account != null && account.currencyLocked();
    }

    public String title() {
        return isNew() ? "New account" : "Edit account";
    }

    public String header() {
        return isNew() ? "A customer account: its currency is the currency of all its documents and payments"
                : account.summary().number() + "  " + account.summary().name();
    }

    public String okText() {
        return isNew() ? "Create" : "Save";
    }

    /** Why the currency field is disabled, or empty. */
    public String currencyNote() {
        return currencyLocked() ? "The currency is fixed: the account already has invoices, payments or credit in "
                + account.summary().currencyCode() + "." : "";
    }

    @Override
    public AccountForm result() {
        return new AccountForm(name.get(), currency.get().trim().toUpperCase(Locale.ROOT), contact.get(), email.get(),
                phone.get(), address.get(), status.get(), terms());
    }

    private DiscountTerms terms() {
        return DiscountTerms.parse(discountPercent.get(), discountDays.get(), locale);
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The currency's own problem, shown at the field. */
    public StringBinding currencyErrorProperty() {
        return currencyError;
    }

    /** The discount terms' own problem, shown at their fields. */
    public StringBinding termsErrorProperty() {
        return termsError;
    }

    public StringProperty discountPercentProperty() {
        return discountPercent;
    }

    public StringProperty discountDaysProperty() {
        return discountDays;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public ObjectProperty<AccountStatus> statusProperty() {
        return status;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
