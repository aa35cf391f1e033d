package com.settle.app;

import com.settle.service.Services;
import com.settle.ui.accounts.AccountDetailView;
import com.settle.ui.accounts.AccountDetailViewModel;
import com.settle.ui.accounts.AccountDialogs;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.FxDialogService;
import com.settle.ui.common.Navigator;
import com.settle.ui.common.ViewLoader;
import com.settle.ui.print.PrintFlow;
import com.settle.ui.credit.CreditHistoryView;
import com.settle.ui.credit.CreditHistoryViewModel;
import com.settle.ui.credit.FxCreditDialogs;
import com.settle.ui.documents.DocumentDetailView;
import com.settle.ui.documents.DocumentDetailViewModel;
import com.settle.ui.documents.DocumentEntryFlow;
import com.settle.ui.imports.ImportFlow;
import com.settle.ui.imports.ImportKind;
import com.settle.ui.main.Page;
import com.settle.ui.payments.FxPaymentDialogs;
import com.settle.ui.payments.PaymentDetailView;
import com.settle.ui.payments.PaymentDetailViewModel;
import javafx.application.Platform;

/**
 * Where the window goes over one open company file: the list pages, and the detail pages and forms they open.
 * It is made when the books open; a detail page is built each time it is shown, with the services its view
 * model uses.
 */
final class Navigation implements Navigator {

    private final WindowParts parts;
    private final Services books;
    private final Runnable refreshPage;
    private final FxPaymentDialogs paymentDialogs;
    private final FxCreditDialogs creditDialogs;
    private final DocumentEntryFlow documentEntry;

    /** @param refreshPage reloads the page shown (after an import) */
    Navigation(WindowParts parts, Services books, Runnable refreshPage) {
        this.parts = parts;
        this.books = books;
        this.refreshPage = refreshPage;
        this.paymentDialogs = new FxPaymentDialogs(parts.owner(), parts.loader(), parts.executor(),
                books.applications(), books.writeOffs(), parts.format(), parts.clock(), parts.executor()::notice,
                books.codes()::reasonCodes);
        this.creditDialogs = new FxCreditDialogs(parts.owner(), parts.loader(), parts.format(), parts.clock(),
                parts.executor(), books.codes()::reasonCodes);
        this.documentEntry = new DocumentEntryFlow(parts.executor(), books.accounts(), books.codes(),
                books.documents(), books.user(), parts.owner(), parts.loader(), parts.format(), parts.clock(),
                parts.executor()::notice, this::showDocument);
    }

    /** The Apply, Unapply, Refund and Transfer dialogs of a payment. */
    FxPaymentDialogs paymentDialogs() {
        return paymentDialogs;
    }

    /** The credit balance dialogs (adjust, apply, refund, transfer from an invoice). */
    FxCreditDialogs creditDialogs() {
        return creditDialogs;
    }

    @Override
    public void showPayment(String paymentNumber) {
        PaymentDetailView controller = new PaymentDetailView(new PaymentDetailViewModel(parts.executor(),
                books.payments(), books.unapplications(), books.creditBalances(), books.user(), paymentDialogs,
                parts.format()), parts.format(), this);
        ViewLoader.View<PaymentDetailView> view = parts.loader().load(PaymentDetailView.class, controller);
        parts.window().get().showContent(Page.PAYMENTS, view.root());
        controller.load(paymentNumber);
        Platform.runLater(controller::focus);
    }

    @Override
    public void showCreditHistory(String accountNumber) {
        var model = new CreditHistoryViewModel(parts.executor(), books.creditHistory(), books.creditBalances(),
                books.creditApplications(), books.user(), books::exportFooter, parts.format(), creditDialogs,
                parts.executor()::notice);
        var controller = new CreditHistoryView(model, parts.format(),
                () -> parts.window().get().showPage(Page.CREDIT_BALANCES), name -> parts.files().export.apply(name));
        var view = parts.loader().load(CreditHistoryView.class, controller);
        parts.window().get().showContent(Page.CREDIT_BALANCES, view.root());
        controller.load(accountNumber);
        Platform.runLater(controller::focus);
    }

    @Override
    public void importFile(ImportKind kind) {
        importFlow().run(kind, parts.files().importing);
    }

    @Override
    public void showImportHistory() {
        importFlow().history(parts.locale());
    }

    private ImportFlow importFlow() {
        return new ImportFlow(parts.executor(), books.imports(), parts.owner(), parts.loader(),
                parts.executor()::notice, refreshPage);
    }

    @Override
    public void newPayment() {
        parts.executor().run("Loading accounts", () -> books.accounts().list(), accounts ->
                paymentDialogs.newPayment(accounts, (c, saved, refused) -> parts.executor().run(
                        "Recording the payment", () -> books.payments().record(c), number -> {
                            saved.run();
                            parts.executor().notice("Payment " + number + " recorded");
                            showPayment(number);
                        }, e -> refused.accept(BackgroundExecutor.clerkMessage(e)))));
    }

    @Override
    public void statement(String accountNumber) {
        printFlow().statement(accountNumber);
    }

    @Override
    public void receipt(String paymentNumber, boolean print) {
        if (print) {
            printFlow().printReceipt(paymentNumber);
        } else {
            printFlow().saveReceipt(paymentNumber);
        }
    }

    private PrintFlow printFlow() {
        return new PrintFlow(parts.owner(), parts.loader(), parts.executor(), books.statements(), parts.format(),
                parts.clock(), name -> parts.files().pdf.apply(name), parts.executor()::notice);
    }

    @Override
    public void receivePayment() {
        parts.executor().run("Loading accounts", () -> books.accounts().list(), accounts ->
                paymentDialogs.receive(accounts, books.receipts(), r -> showPayment(r.paymentNumber())));
    }

    @Override
    public void showAccount(String accountNumber) {
        AccountDialogs dialogs = new AccountDialogs(parts.owner(), parts.loader(), parts.locale());
        var controller = new AccountDetailView(new AccountDetailViewModel(parts.executor(), books.accounts(),
                books.user(), parts.format(), dialogs::account, parts.executor()::notice), parts.format(), this);
        var view = parts.loader().load(AccountDetailView.class, controller);
        parts.window().get().showContent(Page.ACCOUNTS, view.root());
        controller.load(accountNumber);
        Platform.runLater(controller::focus);
    }

    @Override
    public void showAccounts() {
        parts.window().get().showPage(Page.ACCOUNTS);
    }

    @Override
    public void showDocument(String documentNumber) {
        var controller = new DocumentDetailView(new DocumentDetailViewModel(parts.executor(), books.documents(),
                books.creditApplications(), books.user(), parts.format(), new FxDialogService(parts.owner().get()),
                creditDialogs::transferFromInvoice, parts.executor()::notice), parts.format(), this);
        var view = parts.loader().load(DocumentDetailView.class, controller);
        parts.window().get().showContent(Page.DOCUMENTS, view.root());
        controller.load(documentNumber);
        Platform.runLater(controller::focus);
    }

    @Override
    public void editDraft(String number) {
        documentEntry.editDraft(number);
    }

    @Override
    public void showDocuments() {
        parts.window().get().showPage(Page.DOCUMENTS);
    }

    @Override
    public void newDocument(String accountNumber) {
        documentEntry.newDocument(accountNumber);
    }

    @Override
    public void showPayments() {
        parts.window().get().showPage(Page.PAYMENTS);
    }
}
