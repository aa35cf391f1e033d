package com.settle.store.keys;

import com.settle.domain.ValidationException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The random key a protected company file is encrypted with (H2's AES file encryption). Nobody types it:
 * each user's password unwraps a copy of it, and its text form is the recovery key, shown once when the
 * file is protected. Being random, it needs no slow derivation of its own.
 */
public final class FileKey {

    /** 160 random bits: 32 characters of the recovery key's alphabet. */
    static final int BYTES = 20;
    /** Crockford's base 32: no I, L, O or U, so that a written-down key is read back without doubt. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    FileKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a file key has " + BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    /** A new random key. */
    public static FileKey random() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        return new FileKey(b);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** What H2 takes as the password of an encrypted file opened as user {@code sa}: file key, space, no user password. */
    public char[] h2Password() {
        return (HexFormat.of().formatHex(bytes) + " ").toCharArray();
    }

    /** The recovery key: 32 characters in 8 groups of 4, e.g. {@code 7K3Q-…}. */
    public String recoveryText() {
        StringBuilder s = new StringBuilder(40);
        int buffer = 0;
        int bits = 0;
        int written = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                if (written > 0 && written % 4 == 0) {
                    s.append('-');
                }
                s.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
                written++;
            }
        }
        return s.toString();
    }

    /**
     * The key from its recovery text, as a clerk types it back: case, spaces and dashes do not matter, and
     * O, I and L are read as 0, 1 and 1.
     */
    public static FileKey fromRecoveryText(String text) {
        String clean = text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (clean.length() != 32) {
            throw new ValidationException("Recovery key", "has " + clean.length() + " letters and digits; a"
                    + " recovery key has 32, in 8 groups of 4");
        }
        byte[] out = new byte[BYTES];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (char c : clean.toCharArray()) {
            int v = ALPHABET.indexOf(c);
            if (v < 0) {
                throw new ValidationException("Recovery key", "'" + c + "' is not one of its characters (digits"
                        + " and letters except I, L, O and U)");
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return new FileKey(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileKey k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "FileKey[hidden]";
    }
}
