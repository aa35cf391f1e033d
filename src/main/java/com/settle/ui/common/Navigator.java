package com.settle.ui.common;

/** Moves the main window between pages: lists, and the detail pages they open. */
public interface Navigator {

    /** Opens a payment's detail page. */
    void showPayment(String paymentNumber);

    /** Opens the New payment dialog; a saved payment opens on its detail page. */
    void newPayment();

    /** Shows the accounts list searched for one account. */
    void showAccount(String accountNumber);

    /** File > Import: choose a CSV file, preview it (or its problems), then import it whole. */
    void importFile(com.settle.ui.imports.ImportKind kind);

    /** Goes back to the payments list. */
    void showPayments();
}
