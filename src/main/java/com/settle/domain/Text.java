package com.settle.domain;

/** Checks of free-text fields: required or optional, and their character limits (the seed's "Character limit"). */
public final class Text {

    private Text() {
    }

    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        return optional(field, value, maxLength);
    }

    /** The trimmed text, or null when blank. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new ValidationException(field, "is " + trimmed.length() + " characters long; at most "
                    + maxLength + " are allowed");
        }
        return trimmed;
    }
}
