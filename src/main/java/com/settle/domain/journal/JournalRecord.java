package com.settle.domain.journal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One record behind a journal entry, for the drill-down: what it is, its number, date, account and amount, and
 * what it posts like (so that it can be matched to its entry's codes).
 */
public record JournalRecord(String recordKind, long id, String number, LocalDate date, String accountNumber,
                            String currency, MovementKind kind, boolean reversed, String method, String code,
                            BigDecimal amount) {

    /** The same record as a one-record movement, to resolve its codes. */
    public Movement movement() {
        return new Movement(date, currency, kind, reversed, method, code, amount, 1);
    }
}
