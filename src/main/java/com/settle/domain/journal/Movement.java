package com.settle.domain.journal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The records of one kind on one day that post alike: same currency, same own accounting code (or none) and
 * the same payment method (for cash), with their summed amount and how many records they are.
 *
 * @param reversed a cancellation or unapplication: the kind's pair, the other way
 * @param method   the payment or refund method (its deposit account), or null
 * @param code     the record's own accounting code, or null (the type's default then)
 */
public record Movement(LocalDate date, String currency, MovementKind kind, boolean reversed, String method,
                       String code, BigDecimal amount, long records) {
}
