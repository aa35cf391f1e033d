package com.settle.store;

import com.settle.domain.ClerkRefusal;

/**
 * The database file could not be opened or used, with a message for the clerk (the cause, with
 * its stack trace, goes to the log file) and what kind of trouble it was, so a caller can tell a file
 * in use from a damaged one.
 */
public class DatabaseException extends RuntimeException implements ClerkRefusal {

    private static final long serialVersionUID = 1L;

    /** What went wrong with the file. */
    public enum Kind {
        /** Another Settle (window or command) holds the file. */
        IN_USE,
        /** There is no file at the path, and the command does not create one. */
        MISSING,
        /** A file is where a new company was to be created. */
        EXISTS,
        /** The file is not a database, is empty or is damaged. */
        DAMAGED,
        /** An H2 database of another program. */
        FOREIGN,
        /** A Settle database with a newer schema than this version knows. */
        NEWER,
        /** The file is protected and was opened without its key (or with a wrong one). */
        PROTECTED,
        /** The disk holding the file is full. */
        DISK_FULL,
        /** Anything else (a folder that cannot be made, a permission). */
        OTHER
    }

    private final Kind kind;

    public DatabaseException(String message, Throwable cause) {
        this(Kind.OTHER, message, cause);
    }

    public DatabaseException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
