package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.ui.common.DateFields;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;

/** A date field shows a date as the tables do and takes it typed that way, short, or as ISO. */
class DateFieldsTest {

    private static final LocalDate JUNE_20 = LocalDate.of(2026, 6, 20);

    @Test
    void showsTheMediumFormAndReadsEveryCommonForm() {
        StringConverter<LocalDate> us = DateFields.converter(Locale.US);
        assertThat(us.toString(JUNE_20)).isEqualTo("Jun 20, 2026");
        assertThat(us.fromString("Jun 20, 2026")).isEqualTo(JUNE_20);
        assertThat(us.fromString(" jun 20, 2026 ")).isEqualTo(JUNE_20);
        assertThat(us.fromString("6/20/2026")).isEqualTo(JUNE_20);
        assertThat(us.fromString("6/20/26")).isEqualTo(JUNE_20);
        assertThat(us.fromString("2026-06-20")).isEqualTo(JUNE_20);
        assertThat(us.fromString("")).isNull();
        assertThat(us.toString(null)).isEmpty();
        assertThatThrownBy(() -> us.fromString("20.06.2026")).isInstanceOf(DateTimeParseException.class);
        // A day the month does not have is refused, never moved to the month's last day.
        assertThatThrownBy(() -> us.fromString("Nov 31, 2026")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> us.fromString("2/29/2026")).isInstanceOf(DateTimeParseException.class);
        assertThat(us.fromString("2/29/2028")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void followsTheClerksLocale() {
        StringConverter<LocalDate> de = DateFields.converter(Locale.GERMANY);
        assertThat(de.fromString(de.toString(JUNE_20))).isEqualTo(JUNE_20);
        assertThat(de.fromString("20.06.26")).isEqualTo(JUNE_20);
        assertThat(de.fromString("20.06.2026")).isEqualTo(JUNE_20);
    }
}
