package com.settle.domain.journal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One summary journal entry: on {@code date} (a day, or the period's last day), in one currency, the movements
 * of one kind that debit {@code debit} and credit {@code credit}, for {@code amount} (never negative). Debits
 * equal credits by construction; the exports write it as two lines.
 */
public record JournalEntry(LocalDate date, String currency, MovementKind kind, boolean reversed, String debit,
                           String credit, BigDecimal amount, long records) {

    public String description() {
        return kind.label(reversed);
    }
}
