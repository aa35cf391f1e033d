package com.settle.domain;

import java.time.LocalDate;

/**
 * The window of dates Settle accepts anywhere (screens, command line, CSV): 1900-01-01 to 2199-12-31. A date
 * outside it is a typing mistake (0001-01-01, +10000-01-01), never a real payment or invoice.
 */
public final class Dates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    private Dates() {
    }

    /** The date, when null or inside the window. @throws ValidationException naming {@code field} otherwise */
    public static LocalDate check(String field, LocalDate date) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
            throw new ValidationException(field, date + " is outside the dates Settle accepts (" + FIRST + " to "
                    + LAST + ")");
        }
        return date;
    }
}
