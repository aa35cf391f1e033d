package com.settle.domain.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A journal run as listed: its number (JR-00000001), the day it covers records up to, its status (Processing
 * until the clerk marks it Transferred, or Error with a note, which makes its records eligible again), how many
 * records it took, who made it and when.
 */
public record JournalRun(String number, LocalDate through, String status, int records, String note,
                         String createdBy, OffsetDateTime createdAt) {

    public static final String PROCESSING = "Processing";
    public static final String TRANSFERRED = "Transferred";
    public static final String ERROR = "Error";
}
