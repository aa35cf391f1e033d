package com.settle.app;

import com.settle.domain.MoneyText;
import com.settle.service.Services;
import com.settle.ui.accounts.AccountDetailView;
import com.settle.ui.accounts.AccountDetailViewModel;
import com.settle.ui.accounts.AccountDialogs;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.FxDialogService;
import com.settle.ui.common.Navigator;
import com.settle.ui.common.ViewLoader;
import com.settle.ui.credit.CreditHistoryView;
import com.settle.ui.credit.CreditHistoryViewModel;
import com.settle.ui.credit.FxCreditDialogs;
import com.settle.ui.documents.DocumentDetailView;
import com.settle.ui.documents.DocumentDetailViewModel;
import com.settle.ui.documents.DocumentEntryFlow;
import com.settle.ui.imports.ImportFlow;
import com.settle.ui.imports.ImportKind;
import com.settle.ui.main.MainWindow;
import com.settle.ui.main.Page;
import com.settle.ui.payments.FxPaymentDialogs;
import com.settle.ui.payments.PaymentDetailView;
import com.settle.ui.payments.PaymentDetailViewModel;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Where the window goes: the list pages, and the detail pages and forms they open. A detail page is built
 * each time it is shown, for the books open at that moment, with the services its view model uses.
 */
final class Navigation implements Navigator {

    private final BackgroundExecutor executor;
    private final ViewLoader loader;
    private final MoneyText format;
    private final Clock clock;
    private final Locale locale;
    private final Supplier<Window> owner;
    private final Supplier<Services> books;
    private final Supplier<MainWindow> window;
    private final Supplier<FxPaymentDialogs> paymentDialogs;
    private final FileDialogs files;
    private final Runnable refreshPage;
    private final DocumentEntryFlow documentEntry;

    /**
     * @param books       the books open now (null while none are)
     * @param refreshPage reloads the page shown (after an import)
     */
    Navigation(BackgroundExecutor executor, ViewLoader loader, MoneyText format, Clock clock, Locale locale,
               Supplier<Window> owner, Supplier<Services> books, Supplier<MainWindow> window,
               Supplier<FxPaymentDialogs> paymentDialogs, FileDialogs files, Runnable refreshPage) {
        this.executor = executor;
        this.loader = loader;
        this.format = format;
        this.clock = clock;
        this.locale = locale;
        this.owner = owner;
        this.books = books;
        this.window = window;
        this.paymentDialogs = paymentDialogs;
        this.files = files;
        this.refreshPage = refreshPage;
        this.documentEntry = new DocumentEntryFlow(executor, books, owner, loader, format, clock,
                executor::notice, this::showDocument);
    }

    @Override
    public void showPayment(String paymentNumber) {
        PaymentDetailView controller = new PaymentDetailView(
                new PaymentDetailViewModel(executor, books, paymentDialogs.get(), format), format, this);
        ViewLoader.View<PaymentDetailView> view = loader.load(PaymentDetailView.class, controller);
        window.get().showContent(view.root());
        controller.load(paymentNumber);
        Platform.runLater(controller::focus);
    }

    @Override
    public void showCreditHistory(String accountNumber) {
        Services s = books.get();
        var model = new CreditHistoryViewModel(executor, s.creditHistory(), s.creditBalances(),
                s.creditApplications(), s.user(), s::exportFooter, format,
                new FxCreditDialogs(owner, loader, format, clock), executor::notice);
        var controller = new CreditHistoryView(model, format, () -> window.get().showPage(Page.CREDIT_BALANCES),
                name -> files.export.apply(name));
        var view = loader.load(CreditHistoryView.class, controller);
        window.get().showContent(view.root());
        controller.load(accountNumber);
        Platform.runLater(controller::focus);
    }

    @Override
    public void importFile(ImportKind kind) {
        new ImportFlow(executor, books, owner, loader, executor::notice, refreshPage).run(kind, files.importing);
    }

    @Override
    public void showImportHistory() {
        new ImportFlow(executor, books, owner, loader, executor::notice, refreshPage).history(locale);
    }

    @Override
    public void newPayment() {
        Services s = books.get();
        if (s == null) {
            return;
        }
        executor.run("Loading accounts", () -> s.accounts().list(), accounts ->
                paymentDialogs.get().newPayment(accounts).ifPresent(c -> executor.run("Recording the payment",
                        () -> s.payments().record(c), number -> {
                            executor.notice("Payment " + number + " recorded");
                            showPayment(number);
                        })));
    }

    @Override
    public void showAccount(String accountNumber) {
        Services s = books.get();
        AccountDialogs dialogs = new AccountDialogs(owner, loader, locale);
        var controller = new AccountDetailView(new AccountDetailViewModel(executor, s.accounts(), s.user(), format,
                dialogs::account, executor::notice), format, this);
        var view = loader.load(AccountDetailView.class, controller);
        window.get().showContent(view.root());
        controller.load(accountNumber);
        Platform.runLater(controller::focus);
    }

    @Override
    public void showAccounts() {
        window.get().showPage(Page.ACCOUNTS);
    }

    @Override
    public void showDocument(String documentNumber) {
        Services s = books.get();
        FxCreditDialogs creditDialogs = new FxCreditDialogs(owner, loader, format, clock);
        var controller = new DocumentDetailView(new DocumentDetailViewModel(executor, s.documents(),
                s.creditApplications(), s.user(), format, new FxDialogService(owner.get()),
                creditDialogs::transferFromInvoice, executor::notice), format, this);
        var view = loader.load(DocumentDetailView.class, controller);
        window.get().showContent(view.root());
        controller.load(documentNumber);
        Platform.runLater(controller::focus);
    }

    @Override
    public void editDraft(String number) {
        documentEntry.editDraft(number);
    }

    @Override
    public void showDocuments() {
        window.get().showPage(Page.DOCUMENTS);
    }

    @Override
    public void newDocument(String accountNumber) {
        documentEntry.newDocument(accountNumber);
    }

    @Override
    public void showPayments() {
        window.get().showPage(Page.PAYMENTS);
    }
}
