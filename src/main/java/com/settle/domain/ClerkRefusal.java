package com.settle.domain;

/**
 * An exception whose message is written for a clerk: it says what was refused and what to do, and nothing
 * was changed. Screens show its message as it is; any other exception is logged and summarised.
 */
public interface ClerkRefusal {
}
