package com.settle.domain.model;

import com.settle.domain.Money;

/** One application of an account's credit balance to one invoice: planned (preview) or done. */
public record PlannedCredit(String accountNumber, String accountName, String invoiceNumber,
                            java.time.LocalDate invoiceDate, Money invoiceBalance, Money amount,
                            String adjustmentNumber) {
}
