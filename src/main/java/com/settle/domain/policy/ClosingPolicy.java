package com.settle.domain.policy;

import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The closing date, in one wording for the screens, the command line and imports: nothing is dated on or before
 * it, and it is always a day before today (so that today's corrections have an open period to go to).
 */
public final class ClosingPolicy {

    /** The field a clerk sets it in (Settings, {@code settle close --through}). */
    public static final String THROUGH = "Closing date";

    private final MoneyText text;

    public ClosingPolicy(MoneyText text) {
        this.text = text;
    }

    /** {@code date} lies after the closed period (nothing is closed when {@code closedThrough} is null). */
    public Optional<ValidationException> open(String field, LocalDate date, LocalDate closedThrough) {
        if (date == null || closedThrough == null || date.isAfter(closedThrough)) {
            return Optional.empty();
        }
        return Optional.of(new ValidationException(field, text.date(date) + " is in a closed period: the books are"
                + " closed through " + text.date(closedThrough) + ". Use a date after "
                + text.date(closedThrough) + ", or ask an administrator to move the closing date back"));
    }

    /** A new closing date: given, before today, and different from the one in force. */
    public Optional<ValidationException> newClosingDate(LocalDate through, LocalDate current, LocalDate today) {
        if (through == null) {
            return Optional.of(new ValidationException(THROUGH, "is required"));
        }
        if (!through.isBefore(today)) {
            return Optional.of(new ValidationException(THROUGH, text.date(through) + " is not before today ("
                    + text.date(today) + "); close a period that has ended"));
        }
        if (through.equals(current)) {
            return Optional.of(new ValidationException(THROUGH, text.date(through)
                    + " is already in force: the books are closed through it"));
        }
        return Optional.empty();
    }

    /** True when {@code through} would open a period that is closed now (that needs its own permission). */
    public static boolean movesBack(LocalDate through, LocalDate current) {
        return current != null && (through == null || through.isBefore(current));
    }
}
