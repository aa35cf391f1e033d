package com.settle.domain.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One change of the closing date: from {@code previous} to {@code through} (null: nothing closed), by whom, when, why. */
public record ClosingChange(LocalDate through, LocalDate previous, String reason, String changedBy,
                            OffsetDateTime changedAt) {
}
