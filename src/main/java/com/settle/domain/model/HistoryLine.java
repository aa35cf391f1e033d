package com.settle.domain.model;

import com.settle.domain.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One line of an account's credit balance history: an adjustment, or the cancellation of one, with
 * the signed amount and the balance after it.
 */
public record HistoryLine(int seq, LocalDate date, String adjustmentNumber, boolean cancellation,
                          HistoryType type, String sourceType, String sourceNumber, Money amount,
                          Money balanceAfter, String reasonCode, String accountingCode, String comment,
                          AdjustmentStatus status, AccountingTransfer transferredToAccounting, String createdBy,
                          OffsetDateTime createdAt) {
}
