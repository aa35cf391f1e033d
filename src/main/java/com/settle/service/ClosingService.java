package com.settle.service;

import com.settle.domain.MoneyText;
import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.model.ClosingChange;
import com.settle.domain.model.Permission;
import com.settle.domain.policy.ClosingPolicy;
import com.settle.domain.policy.PaymentPolicy;
import com.settle.store.ClosingDateRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The closing date: administrators close the books through a day that has passed; nothing is dated on or before
 * it afterwards (every service asks {@link Lookups#requireOpen}). Moving it back opens a closed period again and
 * needs its own permission and a reason. Every change is recorded.
 */
public final class ClosingService {

    private final Transactions tx;
    private final ClosingDateRepository closing;
    private final ClosingPolicy policy;
    private final UserContext user;
    private final Clock clock;

    ClosingService(Transactions tx, ClosingDateRepository closing, UserContext user, Clock clock, MoneyText text) {
        this.tx = tx;
        this.closing = closing;
        this.policy = new ClosingPolicy(text);
        this.user = user;
        this.clock = clock;
    }

    /** The last day of the closed period, if the books are closed. */
    public Optional<LocalDate> closedThrough() {
        return tx.read(closing::closedThrough);
    }

    /**
     * Closes the books through {@code through}. A date before the one in force (or null: nothing closed) moves it
     * back, which needs {@link Permission#REOPEN_BOOKS} and a reason.
     */
    public void close(LocalDate through, String reason) {
        user.require(Permission.CLOSE_BOOKS, "close the books");
        String why = Text.optional("Reason", reason, 255);
        tx.inTransaction(t -> {
            LocalDate current = closing.closedThrough(t).orElse(null);
            if (through != null || current == null) {
                PaymentPolicy.require(policy.newClosingDate(through, current, LocalDate.now(clock)));
            }
            if (ClosingPolicy.movesBack(through, current)) {
                user.require(Permission.REOPEN_BOOKS, "move the closing date back");
                if (why == null) {
                    throw new ValidationException("Reason", "is required to open a closed period again");
                }
            }
            closing.insert(t, through, current, why, user.userId(), OffsetDateTime.now(clock));
            return null;
        });
    }

    /** Every change of the closing date, newest first. */
    public List<ClosingChange> history() {
        return tx.read(closing::history);
    }
}
