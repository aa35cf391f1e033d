package com.settle.domain.model;

import com.settle.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything an invoice's or debit memo's page shows: header, items with amount and balance, every
 * record that moved its balance (payments applied and unapplied, credit applied and its cancellation,
 * a negative balance moved to the credit balance), and its status history.
 */
public record DocumentDetail(DocumentSummary summary, String comment, OffsetDateTime createdAt,
                             OffsetDateTime postedAt, OffsetDateTime canceledAt, List<Item> items,
                             List<Activity> activity) {

    /** One item as entered, with its open balance. */
    public record Item(int ordinal, String chargeName, String description, LocalDate serviceStart,
                       LocalDate serviceEnd, BigDecimal quantity, BigDecimal unitPrice, Money amount, Money balance,
                       String accountingCode) {
    }

    /**
     * One record that moved the document's balance.
     *
     * @param kind     what happened, e.g. "Payment applied", "Payment unapplied", "Credit balance applied"
     * @param source   the payment (P-…) or adjustment (CBA-…) number
     * @param amount   the amount moved on this document
     * @param reversal true when it gave back an earlier amount (an unapplication, a cancelled credit)
     */
    public record Activity(LocalDate date, String kind, String source, Money amount, boolean reversal,
                           OffsetDateTime recordedAt) {
    }
}
