package com.settle.ui.accounts;

import com.settle.domain.model.AccountDetail;
import com.settle.ui.common.AmountField;
import com.settle.ui.common.FormDialog;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The New account and Edit account forms. */
public class AccountDialogs {

    /** What the form gives; {@code status} is Active or Inactive. */
    public record AccountForm(String name, String currency, String contact, String email, String phone,
                              String address, String status) {
    }

    private final Supplier<Window> owner;
    private final Locale locale;

    public AccountDialogs(Supplier<Window> owner, Locale locale) {
        this.owner = owner;
        this.locale = locale;
    }

    /** The form for a new account ({@code account} null) or for changing one. */
    public Optional<AccountForm> account(AccountDetail account) {
        boolean isNew = account == null;
        FormDialog<AccountForm> form = new FormDialog<>(owner.get(), isNew ? "New account" : "Edit account",
                isNew ? "A customer account: its currency is the currency of all its documents and payments"
                        : account.summary().number() + "  " + account.summary().name(), isNew ? "Create" : "Save");
        TextField name = form.field("_Name", new TextField(isNew ? "" : account.summary().name()));
        name.setId("accountNameField");
        TextField currency = form.field("C_urrency", new TextField(isNew ? localCurrency()
                : account.summary().currencyCode()));
        currency.setId("accountCurrencyField");
        currency.setPromptText("ISO code, e.g. USD");
        currency.setPrefColumnCount(4);
        if (!isNew && account.currencyLocked()) {
            currency.setDisable(true);
            form.note("The currency is fixed: the account already has invoices, payments or credit in "
                    + account.summary().currencyCode() + ".");
        }
        TextField contact = form.field("_Contact", new TextField(isNew ? "" : nz(account.contactName())));
        contact.setId("accountContactField");
        TextField email = form.field("_Email", new TextField(isNew ? "" : nz(account.email())));
        email.setId("accountEmailField");
        TextField phone = form.field("_Phone", new TextField(isNew ? "" : nz(account.phone())));
        phone.setId("accountPhoneField");
        TextField address = form.field("_Address", new TextField(isNew ? "" : nz(account.address())));
        address.setId("accountAddressField");
        ChoiceBox<String> status = new ChoiceBox<>();
        status.getItems().setAll("Active", "Inactive");
        status.setValue(isNew ? "Active" : account.summary().status());
        status.setId("accountStatusField");
        if (!isNew) {
            form.field("_Status", status);
        }
        form.validates(Bindings.createStringBinding(() -> name.getText().isBlank() ? "Name is required" : "",
                name.textProperty()));
        form.validates(Bindings.createStringBinding(() -> currencyProblem(currency.getText()),
                currency.textProperty()));
        currency.textProperty().addListener((o, was, now) ->
                AmountField.showError(currency, currencyProblem(now)));
        return form.build(() -> new AccountForm(name.getText(), currency.getText().trim().toUpperCase(Locale.ROOT),
                contact.getText(), email.getText(), phone.getText(), address.getText(), status.getValue()))
                .showAndWait();
    }

    static String currencyProblem(String text) {
        String code = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            return "Currency is required";
        }
        try {
            Currency.getInstance(code);
            return "";
        } catch (IllegalArgumentException e) {
            return "Currency '" + text.trim() + "' is not an ISO 4217 code (for example USD, EUR, JPY)";
        }
    }

    private String localCurrency() {
        try {
            return Currency.getInstance(locale).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
