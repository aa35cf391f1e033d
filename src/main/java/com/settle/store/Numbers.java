package com.settle.store;

import java.util.Locale;
import org.jooq.DSLContext;

/**
 * Hands out gapless numbers such as {@code INV-00000042} inside the caller's transaction: the
 * counter row stays locked until it commits, and a rollback gives the number back.
 */
public final class Numbers {

    private Numbers() {
    }

    public static String next(DSLContext tx, String prefix) {
        // One statement: the updated row comes back with the update.
        long value = tx.fetchOptional(Engine.of(tx).updateReturning("UPDATE number_counter"
                + " SET last_value = last_value + 1 WHERE prefix = ?", "last_value"), prefix).map(r -> r.get(0, Long.class))
                .orElseThrow(() -> new IllegalStateException("no number counter for prefix " + prefix));
        return format(prefix, value);
    }

    /** Reserves {@code count} consecutive numbers and returns the first one's value. */
    public static long nextBlock(DSLContext tx, String prefix, int count) {
        long last = tx.fetchOptional(Engine.of(tx).updateReturning("UPDATE number_counter"
                + " SET last_value = last_value + ? WHERE prefix = ?", "last_value"), count, prefix).map(r -> r.get(0, Long.class))
                .orElseThrow(() -> new IllegalStateException("no number counter for prefix " + prefix));
        return last - count + 1;
    }

    /** Digits after the prefix and its dash in a number of Settle's own form. */
    static final int DIGITS = 8;

    /**
     * The value of {@code number} when it is of Settle's own form for {@code prefix} (PREFIX-00000042: the prefix, a
     * dash and {@link #DIGITS} digits, what the gapless check's SQL matches with {@code ^PREFIX-[0-9]{8}$}); -1 for
     * any other number, or none.
     */
    static int valueOf(String prefix, String number) {
        int p = prefix.length();
        if (number == null || number.length() != p + 1 + DIGITS || !number.startsWith(prefix)
                || number.charAt(p) != '-') {
            return -1;
        }
        int value = 0;
        for (int i = p + 1; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    public static String format(String prefix, long value) {
        return prefix + "-" + String.format(Locale.ROOT, "%08d", value);
    }
}
