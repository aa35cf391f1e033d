package com.settle.ui.common;

import com.settle.ui.imports.ImportKind;

/** Moves the main window between pages: lists, and the detail pages they open. */
public interface Navigator {

    /** Opens a payment's detail page. */
    void showPayment(String paymentNumber);

    /** Opens the New payment dialog; a saved payment opens on its detail page. */
    void newPayment();

    /** Opens Receive payment: record, apply and settle the rest in one step (Ctrl+R). */
    void receivePayment();

    /** Opens an account's page. */
    void showAccount(String accountNumber);

    /** Goes back to the accounts list. */
    void showAccounts();

    /** Opens an invoice's or debit memo's page. */
    void showDocument(String documentNumber);

    /** Goes back to the invoices and debit memos list. */
    void showDocuments();

    /** Opens the entry form for a new draft invoice or debit memo, for this account when one is given. */
    void newDocument(String accountNumber);

    /** Opens a draft in the entry form; a saved draft opens on its page again. */
    void editDraft(String documentNumber);

    /** Opens the Statement dialog of an account: a period, Save as PDF, Print. */
    void statement(String accountNumber);

    /** Saves a payment's receipt as PDF ({@code print} false) or prints it. */
    void receipt(String paymentNumber, boolean print);

    /** Opens an account's credit balance history. */
    void showCreditHistory(String accountNumber);

    /** File > Import: choose a CSV file, preview it (or its problems), then import it whole. */
    void importFile(ImportKind kind);

    /** File > Import > Import history: the import batches, and undo. */
    void showImportHistory();

    /** Goes back to the payments list. */
    void showPayments();
}
