package com.settle.service;

/**
 * The payment or a document changed since the clerk loaded it (another window, the command line):
 * the change is refused so no update is lost, and the screen should offer to reload.
 */
public final class StaleDataException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public StaleDataException(String message) {
        super(message);
    }
}
