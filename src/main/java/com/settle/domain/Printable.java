package com.settle.domain;

/**
 * Text made safe to print on a terminal or in a message: every control character (ESC, BEL, NUL, …) is shown
 * by its code, e.g. {@code <U+001B>}, so no stored or typed text can send escape sequences to whoever reads it.
 */
public final class Printable {

    private Printable() {
    }

    /** The text with control characters other than line breaks and tabs shown by their code. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append('<').append(codePoint(c)).append('>');
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** A code point as {@code U+001B}. */
    public static String codePoint(int cp) {
        return String.format("U+%04X", cp);
    }
}
