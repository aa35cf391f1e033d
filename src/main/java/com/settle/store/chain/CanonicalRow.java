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
        length = 0;
        text(kind);
        for (Object value : values) {
            String v = (String) value;
            room(13);
            bytes[length++] = '|';
            if (v == null) {
                bytes[length++] = '-';
            } else {
                digits(v.length());
                bytes[length++] = ':';
                text(v);
            }
        }
        room(1);
        bytes[length++] = '\n';
        return this;
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
