package com.settle.app;

import com.settle.ui.common.Navigator;
import com.settle.ui.imports.ImportKind;
import com.settle.ui.main.Page;
import com.settle.ui.main.Pages;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The window's pages and navigation as the main window sees them: forwarded to the ones made for the books
 * open now. While none are open (before the file opens, during a restore) there is nothing to go to, and the
 * main window's menus that would go somewhere are disabled.
 */
final class CurrentBooks implements Pages, Navigator {

    private MainPages pages;
    private Navigation navigation;

    /** The pages and navigation of books just opened; the ones before are dropped. */
    void open(MainPages newPages, Navigation newNavigation) {
        this.pages = newPages;
        this.navigation = newNavigation;
    }

    /** The books are closing (a restore): nothing is shown or reached until others open. */
    void close() {
        this.pages = null;
        this.navigation = null;
    }

    boolean isOpen() {
        return pages != null;
    }

    /** Runs {@code action} on the open books' pages, when there are any. */
    void withPages(Consumer<MainPages> action) {
        if (pages != null) {
            action.accept(pages);
        }
    }


    private void go(Consumer<Navigation> action) {
        if (navigation != null) {
            action.accept(navigation);
        }
    }

    @Override
    public Node page(Page page) {
        return pages == null ? new Pane() : pages.page(page);
    }

    @Override
    public void refresh(Page page) {
        withPages(p -> p.refresh(page));
    }

    @Override
    public void focus(Page page) {
        withPages(p -> p.focus(page));
    }

    @Override
    public void showPayment(String paymentNumber) {
        go(n -> n.showPayment(paymentNumber));
    }

    @Override
    public void newPayment() {
        go(Navigation::newPayment);
    }

    @Override
    public void statement(String accountNumber) {
        go(n -> n.statement(accountNumber));
    }

    @Override
    public void receipt(String paymentNumber, boolean print) {
        go(n -> n.receipt(paymentNumber, print));
    }

    @Override
    public void receivePayment() {
        go(Navigation::receivePayment);
    }

    @Override
    public void showAccount(String accountNumber) {
        go(n -> n.showAccount(accountNumber));
    }

    @Override
    public void showAccounts() {
        go(Navigation::showAccounts);
    }

    @Override
    public void showDocument(String documentNumber) {
        go(n -> n.showDocument(documentNumber));
    }

    @Override
    public void showDocuments() {
        go(Navigation::showDocuments);
    }

    @Override
    public void newDocument(String accountNumber) {
        go(n -> n.newDocument(accountNumber));
    }

    @Override
    public void editDraft(String documentNumber) {
        go(n -> n.editDraft(documentNumber));
    }

    @Override
    public void showCreditHistory(String accountNumber) {
        go(n -> n.showCreditHistory(accountNumber));
    }

    @Override
    public void importFile(ImportKind kind) {
        go(n -> n.importFile(kind));
    }

    @Override
    public void showImportHistory() {
        go(Navigation::showImportHistory);
    }

    @Override
    public void showPayments() {
        go(Navigation::showPayments);
    }
}
