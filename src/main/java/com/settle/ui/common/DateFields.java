package com.settle.ui.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/**
 * Every date field shows its date the way the tables do ("Jun 20, 2026" in English), and takes a date typed
 * that way, in the short form with a two- or four-digit year ("6/20/26", "6/20/2026") or as 2026-06-20. Installed on every view the {@link ViewLoader}
 * loads, so no screen writes dates its own way.
 */
public final class DateFields {

    /** Where a date field keeps the strict converter its text is checked with. */
    private static final String STRICT = DateFields.class.getName() + ".strict";

    private DateFields() {
    }

    /** The converter for one locale: shows the medium form, reads the medium, short or ISO form. */
    public static StringConverter<LocalDate> converter(Locale locale) {
        DateTimeFormatter shown = formatter(FormatStyle.MEDIUM, locale);
        String mediumForm = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        String shortForm = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        // Strict: Nov 31 is refused, never taken as Nov 30 ('u' is the year without an era, which strict needs).
        List<DateTimeFormatter> read = List.of(pattern(mediumForm.replaceAll("y+", "u"), locale),
                pattern(shortForm.replaceAll("y+", "uuuu"), locale), pattern(shortForm.replaceAll("y+", "uu"), locale),
                DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
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
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter formatter(FormatStyle style, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendLocalized(style, null)
                .toFormatter(locale);
    }

    /**
     * Gives every date field under {@code root} the locale's converter; a field whose text is not a date is
     * marked as it is typed.
     */
    static void install(Parent root, Locale locale) {
        StringConverter<LocalDate> converter = converter(locale);
        for (Node n : root.lookupAll(".date-picker")) {
            if (n instanceof DatePicker picker) {
                picker.getProperties().put(STRICT, converter);
                // What the field commits by itself (Enter, leaving it): text that is not a date changes nothing
                // and stays as typed, marked; the form's main button then names it (commitAll).
                picker.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(LocalDate date) {
                        return converter.toString(date);
                    }

                    @Override
                    public LocalDate fromString(String text) {
                        return text == null || text.isBlank() ? null : parse(picker, text).orElse(picker.getValue());
                    }
                });
                picker.getEditor().textProperty().addListener((o, a, text) -> {
                    boolean bad = parse(picker, text).isEmpty() && !text.isBlank();
                    picker.getEditor().getStyleClass().remove("invalid");
                    if (bad) {
                        picker.getEditor().getStyleClass().add("invalid");
                    }
                });
            }
        }
    }

    /**
     * Takes what is typed in every date field under {@code root} as its date, as pressing Enter in it would
     * (a clerk may press a form's main button straight from a date field).
     *
     * @return why a field's text is not a date, naming the field; empty when every field holds a date or nothing
     */
    public static Optional<String> commitAll(Parent root) {
        for (Node n : root.lookupAll(".date-picker")) {
            if (n instanceof DatePicker picker && picker.isEditable() && picker.isVisible()) {
                String text = picker.getEditor().getText();
                if (text == null || text.isBlank()) {
                    picker.setValue(null);
                    continue;
                }
                Optional<LocalDate> date = parse(picker, text);
                if (date.isEmpty()) {
                    return Optional.of(name(root, picker) + " '" + text.strip() + "' is not a date; type it as "
                            + picker.getConverter().toString(LocalDate.now()) + ", or pick it from the calendar.");
                }
                if (!date.get().equals(picker.getValue())) {
                    picker.setValue(date.get());
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Optional<LocalDate> parse(DatePicker picker, String text) {
        Object strict = picker.getProperties().get(STRICT);
        StringConverter<LocalDate> converter = strict instanceof StringConverter<?> c ? (StringConverter<LocalDate>) c
                : picker.getConverter();
        try {
            return Optional.ofNullable(converter.fromString(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The field's name: the text of the label made for it, else "Date". */
    private static String name(Parent root, DatePicker picker) {
        for (Node n : root.lookupAll(".label")) {
            if (n instanceof Label l && l.getLabelFor() == picker) {
                return l.getText().replace("_", "");
            }
        }
        return "Date";
    }
}
