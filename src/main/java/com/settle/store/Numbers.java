package com.settle.store;

import static com.settle.store.jooq.Tables.NUMBER_COUNTER;

import org.jooq.DSLContext;

/**
 * Hands out gapless numbers such as {@code INV-00000042} inside the caller's transaction: the
 * counter row stays locked until it commits, and a rollback gives the number back.
 */
public final class Numbers {

    private Numbers() {
    }

    public static String next(DSLContext tx, String prefix) {
        int updated = tx.update(NUMBER_COUNTER)
                .set(NUMBER_COUNTER.LAST_VALUE, NUMBER_COUNTER.LAST_VALUE.plus(1L))
                .where(NUMBER_COUNTER.PREFIX.eq(prefix))
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("no number counter for prefix " + prefix);
        }
        long value = tx.select(NUMBER_COUNTER.LAST_VALUE).from(NUMBER_COUNTER)
                .where(NUMBER_COUNTER.PREFIX.eq(prefix)).fetchSingle().value1();
        return format(prefix, value);
    }

    public static String format(String prefix, long value) {
        return prefix + "-" + String.format(java.util.Locale.ROOT, "%08d", value);
    }
}
