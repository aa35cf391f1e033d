package com.settle.service;

import com.settle.domain.ClerkRefusal;

/** A use case refused: the message says why and what to do, in a clerk's words. Nothing was stored. */
public class ServiceException extends RuntimeException implements ClerkRefusal {

    private static final long serialVersionUID = 1L;

    public ServiceException(String message) {
        super(message);
    }

    public ServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
