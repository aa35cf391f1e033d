package com.settle.ui.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Every date field shows its date the way the tables do ("Jun 20, 2026" in English), and takes a date typed
 * that way, in the short form with a two- or four-digit year ("6/20/26", "6/20/2026") or as 2026-06-20. Installed on every view the {@link ViewLoader}
 * loads, so no screen writes dates its own way.
 */
public final class DateFields {

    private DateFields() {
    }

    /** The converter for one locale: shows the medium form, reads the medium, short or ISO form. */
    public static StringConverter<LocalDate> converter(Locale locale) {
        DateTimeFormatter shown = formatter(FormatStyle.MEDIUM, locale);
        String shortForm = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        List<DateTimeFormatter> read = List.of(shown, pattern(shortForm.replaceAll("y+", "yyyy"), locale),
                pattern(shortForm.replaceAll("y+", "yy"), locale), DateTimeFormatter.ISO_LOCAL_DATE);
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : shown.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                for (DateTimeFormatter f : read) {
                    try {
                        LocalDate date = LocalDate.parse(text.strip(), f);
                        if (date.getYear() >= 1000) {
                            return date;
                        }
                    } catch (DateTimeParseException e) {
                        // try the next form
                    }
                }
                throw new DateTimeParseException("not a date in " + locale, text, 0);
            }
        };
    }

    private static DateTimeFormatter pattern(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale);
    }

    private static DateTimeFormatter formatter(FormatStyle style, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendLocalized(style, null)
                .toFormatter(locale);
    }

    /** Gives every date field under {@code root} the locale's converter. */
    static void install(Parent root, Locale locale) {
        StringConverter<LocalDate> converter = converter(locale);
        for (Node n : root.lookupAll(".date-picker")) {
            if (n instanceof DatePicker picker) {
                picker.setConverter(converter);
            }
        }
    }
}
