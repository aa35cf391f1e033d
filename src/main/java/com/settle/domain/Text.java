package com.settle.domain;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Checks of free-text fields: required or optional, their character limits (the seed's "Character limit"),
 * and the characters a name or comment may hold. Text made only of invisible characters (spaces of any
 * kind, zero-width marks) counts as empty; control characters (ESC, BEL, NUL, tab, line breaks …) are
 * refused, so no stored text can send a terminal or a spreadsheet anything but letters.
 */
public final class Text {

    private Text() {
    }

    public static String required(String field, String value, int maxLength) {
        if (isBlank(value)) {
            throw new ValidationException(field, "is required");
        }
        return optional(field, value, maxLength);
    }

    /** The trimmed text, or null when blank (or only invisible characters). */
    public static String optional(String field, String value, int maxLength) {
        if (isBlank(value)) {
            return null;
        }
        String trimmed = trim(value);
        int control = firstControl(trimmed);
        if (control >= 0) {
            throw new ValidationException(field, "holds a control character (" + Printable.codePoint(
                    trimmed.codePointAt(control)) + ") at position " + (control + 1)
                    + "; type it again without it");
        }
        if (trimmed.length() > maxLength) {
            throw new ValidationException(field, "is " + trimmed.length() + " characters long; at most "
                    + maxLength + " are allowed");
        }
        return trimmed;
    }

    /** True for null, empty, or text made only of spaces of any kind and zero-width characters. */
    /** A count with its noun: "1 item", "2 items", "1 entry", "3 entries". */
    public static String count(long n, String singular) {
        return n + " " + (n == 1 ? singular : plural(singular));
    }

    /** The same, the number written as {@code locale} groups its digits (2,903 rows; 2.903 rows). */
    public static String count(long n, String singular, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n) + " " + (n == 1 ? singular : plural(singular));
    }

    private static String plural(String singular) {
        return singular.endsWith("y") && !singular.endsWith("ay") ? singular.substring(0, singular.length() - 1)
                + "ies" : singular + "s";
    }

    public static boolean isBlank(String value) {
        if (value == null) {
            return true;
        }
        return value.codePoints().allMatch(Text::invisible);
    }

    /** The text without invisible characters at either end. */
    public static String trim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && invisible(value.charAt(start))) {
            start++;
        }
        while (end > start && invisible(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    /** Spaces of every kind (also no-break and ideographic ones) and format characters (zero-width space, BOM, …). */
    static boolean invisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }

    /** The index of the first control character (Unicode Cc), or -1. */
    static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.getType(text.charAt(i)) == Character.CONTROL) {
                return i;
            }
        }
        return -1;
    }
}
