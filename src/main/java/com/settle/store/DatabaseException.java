package com.settle.store;

/**
 * The database file could not be opened or used, with a message for the clerk (the cause, with
 * its stack trace, goes to the log file).
 */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
