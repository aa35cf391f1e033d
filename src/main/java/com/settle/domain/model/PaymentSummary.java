package com.settle.domain.model;

import com.settle.domain.Money;
import java.time.LocalDate;

/** One row of the payments list, with the parts of its amount (design.md, book 1). */
public record PaymentSummary(String number, String accountNumber, String accountName, LocalDate effectiveDate,
                             PaymentMethod method, String reference, Money amount, Money applied, Money unapplied,
                             Money refunded, Money transferred, PaymentStatus status) {
}
