package com.settle.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a write that failed because the disk is full, however deep the storage engine wrapped it,
 * and says so in a clerk's words instead of the engine's ("Writing to sun.nio.ch.FileChannelImpl@… failed").
 */
public final class DiskFull {

    private DiskFull() {
    }

    /**
     * True when {@code e}, one of its causes, suppressed or chained SQL exceptions is the operating system's
     * "no space left" (Linux, macOS, Windows). H2 reports a batch's failure as a chained exception, so the
     * plain cause chain is not enough.
     */
    public static boolean isCause(Throwable e) {
        return search(e, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean search(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t) || seen.size() > 100) {
            return false;
        }
        String m = t.getMessage();
        if (m != null && (m.contains("No space left on device") || m.contains("not enough space on the disk")
                || m.contains("Disk quota exceeded"))) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (search(s, seen)) {
                return true;
            }
        }
        if (t instanceof SQLException sql && search(sql.getNextException(), seen)) {
            return true;
        }
        return search(t.getCause(), seen);
    }

    /** The message for a use case that failed on a full disk. */
    public static String message(Path file) {
        return "The disk holding " + file + " is full; nothing of this action was saved."
                + " Free some space and try again.";
    }

    /** The refusal for a use case that failed on a full disk. */
    public static DatabaseException exception(Path file, Throwable cause) {
        return new DatabaseException(DatabaseException.Kind.DISK_FULL, message(file), cause);
    }
}
