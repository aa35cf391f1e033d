package com.settle.domain.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the account page shows: its own fields, its figures, and its documents and payments.
 *
 * @param currencyLocked true once the account has a document, payment or credit balance adjustment:
 *                       from then on its currency cannot change
 * @param discountTerms  its early-payment discount, or null
 */
public record AccountDetail(AccountSummary summary, String contactName, String email, String phone, String address,
                            OffsetDateTime createdAt, boolean currencyLocked, List<DocumentSummary> documents,
                            List<PaymentSummary> payments, DiscountTerms discountTerms) {
}
