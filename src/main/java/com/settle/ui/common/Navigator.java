package com.settle.ui.common;

/** Moves the main window between pages: lists, and the detail pages they open. */
public interface Navigator {

    /** Opens a payment's detail page. */
    void showPayment(String paymentNumber);

    /** Goes back to the payments list. */
    void showPayments();
}
