package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The days the large company's books are closed through: year ends, then the present year's month ends. */
class LargeMonthEndTest {

    private final LargeMonthEnd monthEnd = new LargeMonthEnd(null, LocalDate.of(2026, 12, 4));

    @Test
    void eachYearEndOfTheHistoryThenEachMonthEndOfThisYearToTheMonthBeforeLast() {
        assertThat(monthEnd.ends(2, null)).startsWith(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 1, 31)).endsWith(LocalDate.of(2026, 10, 31)).hasSize(12);
    }

    @Test
    void aCompanyClosedFurtherKeepsItsClosingDate() {
        assertThat(monthEnd.ends(2, LocalDate.of(2026, 6, 30))).containsExactly(LocalDate.of(2026, 7, 31),
                LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31));
        assertThat(monthEnd.ends(2, LocalDate.of(2026, 11, 30))).isEmpty();
    }

    @Test
    void inMarchTheLastYearEndAndJanuary() {
        assertThat(new LargeMonthEnd(null, LocalDate.of(2026, 3, 15)).ends(1, null))
                .containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 31));
        assertThat(new LargeMonthEnd(null, LocalDate.of(2026, 2, 10)).ends(1, null))
                .as("the month before last is December: each month end of its year").hasSize(11)
                .startsWith(LocalDate.of(2025, 2, 28)).endsWith(LocalDate.of(2025, 12, 31));
    }
}
