package com.settle.domain.model;

import com.settle.domain.Money;
import java.time.LocalDate;

/** One application of an account's credit balance to one invoice: planned (preview) or done. */
public record PlannedCredit(String accountNumber, String accountName, String invoiceNumber,
                            LocalDate invoiceDate, Money invoiceBalance, Money amount,
                            String adjustmentNumber) {
}
