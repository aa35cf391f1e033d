package com.settle.ui.accounts;

import com.settle.domain.MoneyText;
import com.settle.domain.model.AccountDetail;
import com.settle.domain.model.AccountStatus;
import com.settle.domain.model.DiscountTerms;
import com.settle.ui.common.FormHost;
import com.settle.ui.common.ViewLoader;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;

/** Opens the New account and Edit account form ({@code AccountFormView}) over the window. */
public class AccountDialogs {

    /** What the form gives. */
    public record AccountForm(String name, String currency, String contact, String email, String phone,
                              String address, AccountStatus status, DiscountTerms terms) {
    }

    private final Supplier<Window> owner;
    private final ViewLoader loader;
    private final Locale locale;

    public AccountDialogs(Supplier<Window> owner, ViewLoader loader, Locale locale) {
        this.owner = owner;
        this.loader = loader;
        this.locale = locale;
    }

    /** The form for a new account ({@code account} null) or for changing one. */
    public Optional<AccountForm> account(AccountDetail account) {
        AccountFormViewModel model = new AccountFormViewModel(account, MoneyText.localCurrency(locale), locale);
        ViewLoader.View<AccountFormView> view = loader.load(AccountFormView.class, new AccountFormView(model));
        return FormHost.showAndWait(owner.get(), view.root(), new FormHost.Words(model.title(), model.header(),
                model.okText()), model, view.controller().first());
    }
}
