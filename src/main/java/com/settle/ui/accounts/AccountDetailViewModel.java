package com.settle.ui.accounts;

import com.settle.domain.MoneyText;
import com.settle.domain.model.AccountDetail;
import com.settle.domain.model.AccountStatus;
import com.settle.service.AccountService;
import com.settle.service.UserContext;
import com.settle.ui.accounts.AccountDialogs.AccountForm;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.TaskRunner;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * An account's page: the account as last loaded, the line under its figures, and editing it. The page is
 * built for the books open when it is shown, so it holds their account service directly.
 */
public final class AccountDetailViewModel {

    /** Asks the clerk for the account's new name, contact and status (the Edit dialog). */
    @FunctionalInterface
    public interface Editor {
        Optional<AccountForm> edit(AccountDetail account);
    }

    private final TaskRunner runner;
    private final AccountService accounts;
    private final UserContext user;
    private final MoneyText text;
    private final Editor editor;
    private final Consumer<String> notice;
    private final ReadOnlyObjectWrapper<AccountDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private String number;

    public AccountDetailViewModel(TaskRunner runner, AccountService accounts, UserContext user, MoneyText text,
                                  Editor editor, Consumer<String> notice) {
        this.runner = runner;
        this.accounts = accounts;
        this.user = user;
        this.text = text;
        this.editor = editor;
        this.notice = notice;
    }

    /** Loads the account in the background; a refusal is shown in the info line. */
    public void load(String accountNumber) {
        this.number = accountNumber;
        title.set(accountNumber);
        runner.run("Loading account " + accountNumber, () -> accounts.detail(accountNumber), this::loaded,
                e -> info.set(BackgroundExecutor.clerkMessage(e)));
    }

    private void loaded(AccountDetail d) {
        title.set(d.summary().number() + "  " + d.summary().name());
        info.set(d.documents().size() + " invoices and debit memos, " + d.payments().size() + " payments. Created "
                + text.date(d.createdAt().toLocalDate()) + ".");
        detail.set(d);
    }

    /** Asks for the new details and saves them in the background, then shows the account again. */
    public void edit() {
        AccountDetail d = detail.get();
        if (d == null) {
            return;
        }
        String n = number;
        editor.edit(d).ifPresent(f -> runner.run("Saving account " + n, () -> {
            accounts.update(n, new AccountService.UpdateAccountCommand(f.name(), f.currency(), f.contact(),
                    f.email(), f.phone(), f.address(), f.status(), f.terms()));
            return null;
        }, v -> {
            notice.accept("Account " + n + " saved");
            load(n);
        }, e -> info.set(BackgroundExecutor.clerkMessage(e))));
    }

    /** Inactive accounts are marked on the page. */
    public static boolean isActive(AccountDetail d) {
        return d.summary().status() == AccountStatus.ACTIVE;
    }

    /** The currency, and why it can no longer change. */
    public static String currencyText(AccountDetail d) {
        return d.summary().currencyCode() + (d.currencyLocked() ? "  (fixed: the account has activity)" : "");
    }

    /** The account's number, as asked for. */
    public String number() {
        return number;
    }

    public UserContext user() {
        return user;
    }

    public ReadOnlyObjectProperty<AccountDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** How many documents and payments, and when the account was created; or why it could not load. */
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }
}
