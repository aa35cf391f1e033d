package com.settle.store;

import com.settle.store.DatabaseException.Kind;
import com.settle.store.keys.FileEncryption;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Why a company file did not open, told in one line a clerk can act on (H2's own exception goes to the log). */
final class OpenErrors {

    /** Logged as the opening it belongs to. */
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private static final int ALREADY_OPEN = 90020;
    private static final int FILE_CORRUPTED = 90030;
    private static final int UNSUPPORTED_FORMAT = 90048;
    private static final int WRONG_USER_OR_PASSWORD = 28000;
    private static final int IO_EXCEPTION = 90028;
    private static final int ENCRYPTION_ERROR = 90049;
    private static final int NOT_FOUND = 90146;

    private OpenErrors() {
    }

    /** The refusal to tell for {@code e}, raised opening {@code file}. */
    static DatabaseException translate(Path file, Exception e) {
        LOG.error("Could not open {}", file, e);
        if (DiskFull.isCause(e)) {
            return new DatabaseException(Kind.DISK_FULL, "The disk holding " + file + " is full; Settle cannot open"
                    + " the file until some space is freed. Nothing was changed.", e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case NOT_FOUND:
                        return new DatabaseException(Kind.MISSING, "No company file at " + file + ". `settle init"
                                + " --db " + file + "` creates one.", e);
                    case ALREADY_OPEN:
                        return new DatabaseException(Kind.IN_USE, "Settle is already open on " + file
                                + ". Close the other Settle window or command first.", e);
                    case ENCRYPTION_ERROR:
                    case WRONG_USER_OR_PASSWORD:
                        if (FileEncryption.isEncrypted(file)) {
                            return new DatabaseException(Kind.PROTECTED, file + " did not open with that key: it"
                                    + " belongs to another file, or the recovery key was mistyped.", e);
                        }
                        return new DatabaseException(Kind.DAMAGED, file + " is not a Settle database or is damaged."
                                + " Restore it from a backup or choose another file.", e);
                    case FILE_CORRUPTED:
                    case UNSUPPORTED_FORMAT:
                        return new DatabaseException(Kind.DAMAGED, file + " is not a Settle database or is damaged."
                                + " Restore it from a backup or choose another file.", e);
                    case IO_EXCEPTION:
                        if (isUnreadableContent(e)) {
                            return new DatabaseException(Kind.DAMAGED, file + " is not a Settle database or is damaged."
                                    + " Restore it from a backup or choose another file.", e);
                        }
                        break;
                    default:
                        break;
                }
            }
        }
        if (e instanceof FlywayException && e.getMessage() != null
                && e.getMessage().contains("no schema history table")) {
            return new DatabaseException(Kind.FOREIGN, file + " is another program's database, not Settle's (it has tables but no"
                    + " Settle history). It was left untouched; choose a Settle database file.", e);
        }
        if (e instanceof FlywayException) {
            return new DatabaseException(file + " is not a Settle database this version can open: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        return new DatabaseException("Cannot open " + file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }

    /** True when the file could be read but its content is not an H2 store (as opposed to a permission or disk error). */
    private static boolean isUnreadableContent(Throwable e) {
        boolean store = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException) {
                return false;
            }
            store |= t instanceof MVStoreException;
        }
        return store;
    }
}
