package com.settle.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Refused input: names the field and says why, in words a clerk can act on. Nothing was changed
 * when this is thrown.
 */
public class ValidationException extends RuntimeException implements ClerkRefusal {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ValidationException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
    }

    private ValidationException(String field, String message, boolean whole) {
        super(message);
        this.field = field;
    }

    /** The field (column, argument) the input came from. */
    public String field() {
        return field;
    }

    /** Joins several refusals into one, one message per line, keeping the first field. */
    public static ValidationException of(List<ValidationException> errors) {
        if (errors.size() == 1) {
            return errors.get(0);
        }
        String text = errors.stream().map(Throwable::getMessage).collect(Collectors.joining(System.lineSeparator()));
        return new ValidationException(errors.get(0).field(), text, true);
    }
}
