package com.settle.app;

import com.settle.domain.MoneyText;
import com.settle.service.Services;
import com.settle.ui.accounts.AccountDialogs;
import com.settle.ui.accounts.AccountsView;
import com.settle.ui.accounts.AccountsViewModel;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.FxDialogService;
import com.settle.ui.common.ListExporter;
import com.settle.ui.common.PageController;
import com.settle.ui.common.ViewLoader;
import com.settle.ui.credit.BatchApplyDialog;
import com.settle.ui.credit.CreditBalancesView;
import com.settle.ui.credit.CreditBalancesViewModel;
import com.settle.ui.documents.DocumentsView;
import com.settle.ui.documents.DocumentsViewModel;
import com.settle.ui.home.HomeView;
import com.settle.ui.home.HomeViewModel;
import com.settle.ui.journal.JournalView;
import com.settle.ui.journal.JournalViewModel;
import com.settle.ui.main.Page;
import com.settle.ui.main.Pages;
import com.settle.ui.payments.PaymentsView;
import com.settle.ui.payments.PaymentsViewModel;
import com.settle.ui.security.SecurityView;
import com.settle.ui.security.SecurityViewModel;
import com.settle.ui.settings.CodeDialogs;
import com.settle.ui.settings.CodesViewModel;
import com.settle.ui.settings.MonthEndView;
import com.settle.ui.settings.MonthEndViewModel;
import com.settle.ui.settings.SettingsView;
import com.settle.ui.settings.SettingsViewModel;
import com.settle.ui.settings.UserDialogs;
import com.settle.ui.settings.UsersViewModel;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;

/**
 * The sidebar's pages over one open company file, each made the first time it is shown, with the services its
 * view model uses. When other books replace these (a restored backup, the file just protected) the window
 * makes new pages; nothing here ever holds books that are closed.
 */
final class MainPages implements Pages {

    /** What Settings &gt; General and Security do with the file itself (the window owns it). */
    record FileActions(Runnable backupNow, Runnable restore, String backupFolder, Runnable protect, String server) {

        /** On a team server: no file to back up, restore or protect. */
        static FileActions onServer(String server) {
            return new FileActions(() -> { }, () -> { }, "", () -> { }, server);
        }
    }

    private static final String SECURITY = "Security";

    private final WindowParts parts;
    private final Services books;
    private final Navigation navigation;
    private final FileActions fileActions;
    private final ListExporter exporter;
    private final Map<Page, ViewLoader.View<?>> views = new EnumMap<>(Page.class);

    MainPages(WindowParts parts, Services books, Navigation navigation, FileActions fileActions) {
        this.parts = parts;
        this.books = books;
        this.navigation = navigation;
        this.fileActions = fileActions;
        BackgroundExecutor executor = parts.executor();
        this.exporter = new ListExporter(name -> parts.files().export.apply(name), executor, executor::notice,
                books::exportFooter);
    }

    @Override
    public Node page(Page page) {
        return views.computeIfAbsent(page, this::make).root();
    }

    private ViewLoader.View<?> make(Page page) {
        BackgroundExecutor executor = parts.executor();
        ViewLoader loader = parts.loader();
        MoneyText format = parts.format();
        return switch (page) {
            case HOME -> loader.load(HomeView.class, new HomeView(new HomeViewModel(executor, books.home(),
                    MoneyText.localCurrency(parts.locale())), format, this::showCreditQueue));
            case ACCOUNTS -> {
                AccountDialogs dialogs = new AccountDialogs(parts.owner(), loader, parts.locale());
                yield loader.load(AccountsView.class, new AccountsView(new AccountsViewModel(executor,
                        books.accounts(), books.user(), dialogs::account), format, exporter, navigation));
            }
            case DOCUMENTS -> loader.load(DocumentsView.class, new DocumentsView(new DocumentsViewModel(executor,
                    books.documents(), books.creditApplications(), books.user()), format,
                    navigation.creditDialogs(), executor::notice, exporter, navigation));
            case PAYMENTS -> loader.load(PaymentsView.class, new PaymentsView(new PaymentsViewModel(executor,
                    books.payments(), books.user()), format, navigation, exporter));
            case CREDIT_BALANCES -> loader.load(CreditBalancesView.class, new CreditBalancesView(
                    new CreditBalancesViewModel(executor, books.creditHistory(), books.user()), format,
                    navigation::showCreditHistory, this::applyCreditBalances, exporter));
            case JOURNAL -> loader.load(JournalView.class, new JournalView(new JournalViewModel(executor,
                    books.journal(), books.closing(), books.user(), format, LocalDate.now(parts.clock()),
                    executor::notice), format, name -> parts.files().export.apply(name), parts.owner(),
                    () -> new FxDialogService(parts.owner().get()), loader));
            case SETTINGS -> settings();
            default -> throw new IllegalStateException(page.name());
        };
    }

    private ViewLoader.View<SettingsView> settings() {
        BackgroundExecutor executor = parts.executor();
        ViewLoader loader = parts.loader();
        ViewLoader.View<SettingsView> v = loader.load(SettingsView.class, new SettingsView(
                new SettingsViewModel(executor, books.settings(), books.user(), executor::notice),
                new UsersViewModel(executor, books.users(), books.user(), executor::notice),
                new UserDialogs(parts.owner(), loader),
                new CodesViewModel(executor, books.codes(), books.user(), executor::notice),
                new CodeDialogs(parts.owner(), loader)));
        if (fileActions.server() != null) {
            v.controller().setServerBackups(fileActions.server());
        } else {
            v.controller().setBackupActions(fileActions.backupNow(), fileActions.restore(), fileActions.backupFolder());
        }
        SecurityView security = new SecurityView(new SecurityViewModel(executor, books.isProtected(), books.onServer(), books.verify(),
                books.users(), books.user(), executor::notice), fileActions.protect());
        v.controller().addTab(SECURITY, loader.load(SecurityView.class, security).root(), security::refresh);
        MonthEndView monthEnd = new MonthEndView(new MonthEndViewModel(executor, books.closing(), books.settings(),
                books.deposits(), parts.format(), executor::notice), parts.format(), books.user(),
                () -> new FxDialogService(parts.owner().get()));
        v.controller().addTab("Month end", loader.load(MonthEndView.class, monthEnd).root(), monthEnd::refresh);
        return v;
    }

    @Override
    public void refresh(Page page) {
        if (controller(page) instanceof PageController c) {
            c.refresh();
        }
    }

    @Override
    public void focus(Page page) {
        if (controller(page) instanceof PageController c) {
            c.focus();
        }
    }

    private Object controller(Page page) {
        ViewLoader.View<?> view = views.get(page);
        return view == null ? null : view.controller();
    }

    /** The Credit balances page showing only its work queue. */
    void showCreditQueue() {
        parts.window().get().showPage(Page.CREDIT_BALANCES);
        if (controller(Page.CREDIT_BALANCES) instanceof CreditBalancesView v) {
            v.showQueue();
        }
    }

    /** Settings &gt; Security, where the file was just protected: the new books' page shows the same tab. */
    void showSecurity() {
        if (controller(Page.SETTINGS) instanceof SettingsView v) {
            v.showTab(SECURITY);
        }
    }

    /** The batch run: preview, then apply with progress and Cancel. */
    void applyCreditBalances() {
        BackgroundExecutor executor = parts.executor();
        new BatchApplyDialog(parts.owner().get(), parts.loader(), parts.format(), executor,
                books.creditApplications(), executor::notice, () -> refresh(Page.CREDIT_BALANCES)).open();
    }
}
