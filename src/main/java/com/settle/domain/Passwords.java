package com.settle.domain;

/** The one rule for a new password, checked by the sign-in screens and the command line alike. */
public final class Passwords {

    /** Long enough that guessing it through the slow key derivation takes years, short enough to type. */
    public static final int MINIMUM = 10;

    private Passwords() {
    }

    /** @throws ValidationException naming the field when the password is too short or only spaces */
    public static void check(String field, char[] password) {
        if (password == null || password.length == 0 || new String(password).isBlank()) {
            throw new ValidationException(field, "is required");
        }
        if (password.length < MINIMUM) {
            throw new ValidationException(field, "has " + password.length + " characters; use at least " + MINIMUM
                    + " (a few words in a row are easy to remember and hard to guess)");
        }
    }
}
