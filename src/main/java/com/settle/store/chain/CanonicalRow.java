package com.settle.store.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The canonical bytes of one history row, written into a buffer used again for the next row: the kind, then for
 * each value {@code |} and its length in characters, {@code :} and its text in UTF-8 ({@code |-} for null), then a
 * new line. The same bytes as building the text and encoding it, without a text, a builder and an array for each
 * of the millions of rows Verify books reads (that was a sixth of its time over the posted documents).
 */
final class CanonicalRow {

    private byte[] bytes = new byte[256];
    private int length;

    /** Writes the row of {@code kind} with {@code values} (each a text or null) in place of the one before. */
    CanonicalRow write(String kind, Object[] values) {
        begin(kind);
        for (Object value : values) {
            value((String) value);
        }
        return end();
    }

    /** Starts the row of {@code kind} in place of the one before; then each value in order, then {@link #end}. */
    CanonicalRow begin(String kind) {
        length = 0;
        text(kind);
        return this;
    }

    /** The next value: a text, or null. */
    CanonicalRow value(String v) {
        room(13);
        bytes[length++] = '|';
        if (v == null) {
            bytes[length++] = '-';
        } else {
            digits(v.length());
            bytes[length++] = ':';
            text(v);
        }
        return this;
    }

    /**
     * The next value, a whole number: the same bytes as its text ({@link Long#toString}, as the database writes a
     * BIGINT or INT), without making the text.
     */
    CanonicalRow value(long v) {
        if (v == Long.MIN_VALUE) {
            return value(Long.toString(v));
        }
        long magnitude = Math.abs(v);
        int size = (v < 0 ? 1 : 0) + decimalDigits(magnitude);
        room(13 + size);
        bytes[length++] = '|';
        digits(size);
        bytes[length++] = ':';
        if (v < 0) {
            bytes[length++] = '-';
        }
        int end = length + decimalDigits(magnitude);
        for (int at = end - 1; at >= length; at--) {
            bytes[at] = (byte) ('0' + magnitude % 10);
            magnitude /= 10;
        }
        length = end;
        return this;
    }

    /** Ends the row. */
    CanonicalRow end() {
        room(1);
        bytes[length++] = '\n';
        return this;
    }

    private static int decimalDigits(long magnitude) {
        int n = 1;
        while (magnitude >= 10) {
            magnitude /= 10;
            n++;
        }
        return n;
    }

    /** Adds the row's bytes to {@code md}. */
    void into(MessageDigest md) {
        md.update(bytes, 0, length);
    }

    /** A copy of the row's bytes. */
    byte[] bytes() {
        return Arrays.copyOf(bytes, length);
    }

    private void text(String v) {
        int n = v.length();
        room(n);
        int start = length;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c >= 0x80) {
                // Beyond ASCII: the platform's own encoder, for the same bytes as encoding the whole row.
                length = start;
                byte[] encoded = v.getBytes(StandardCharsets.UTF_8);
                room(encoded.length);
                System.arraycopy(encoded, 0, bytes, length, encoded.length);
                length += encoded.length;
                return;
            }
            bytes[length++] = (byte) c;
        }
    }

    private void digits(int n) {
        int from = length;
        do {
            bytes[length++] = (byte) ('0' + n % 10);
            n /= 10;
        } while (n > 0);
        for (int i = from, j = length - 1; i < j; i++, j--) {
            byte b = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = b;
        }
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
