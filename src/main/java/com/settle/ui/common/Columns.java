package com.settle.ui.common;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;

/**
 * Binds table columns to row fields, so every list formats money, dates and text the same way:
 * amounts right-aligned in the row's currency, negative amounts marked, dates in the user's locale,
 * and sorting by the value, not by the text. A row not loaded yet (null) shows empty cells.
 */
public final class Columns {

    /** An amount cell showing a negative amount (red), and one showing zero (grey): see settle.css. */
    static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");
    static final PseudoClass ZERO = PseudoClass.getPseudoClass("zero");

    private Columns() {
    }

    public static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : value.apply(c.getValue())));
        column.setCellFactory(c -> plain());
        // Numbers in text (INV-00000192, A-00000017 before a name) show whole; the rest may ellipsize.
        ColumnWidths.fit(column, rows -> longest(rows.stream().map(r -> r == null ? null : numberPart(value.apply(r)))
                .toList()));
    }

    /** A cell showing its value as text, kept inside the table's visible area ({@link EdgeCell}). */
    private static <T, S> EdgeCell<T, S> plain() {
        return new EdgeCell<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.toString());
            }
        };
    }

    /**
     * The start of the text up to the end of its last word with a digit, as written, and an ellipsis: what must
     * show whole ("A-00000017…" of "A-00000017  Acme"); null when no word has a digit. A scan, not a split: it
     * runs for every row of every page that arrives.
     */
    static String numberPart(String text) {
        if (text == null) {
            return null;
        }
        int digit = -1;
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isDigit(text.charAt(i))) {
                digit = i;
                break;
            }
        }
        if (digit < 0) {
            return null;
        }
        int end = digit + 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end) + "…";
    }

    private static String longest(List<String> texts) {
        String best = null;
        for (String t : texts) {
            if (t != null && (best == null || t.length() > best.length())) {
                best = t;
            }
        }
        return best;
    }

    public static <T> void number(TableColumn<T, Integer> column, Function<T, Integer> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : value.apply(c.getValue())));
        column.setCellFactory(c -> plain());
        column.getStyleClass().add("amount");
        ColumnWidths.fit(column, rows -> longest(rows.stream().map(r -> r == null || value.apply(r) == null ? null
                : value.apply(r).toString()).toList()));
    }

    public static <T> void money(TableColumn<T, Money> column, Function<T, Money> value, MoneyText format) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : value.apply(c.getValue())));
        column.setComparator(Comparator.comparing(Money::amount));
        column.getStyleClass().add("amount");
        ColumnWidths.fit(column, rows -> widestAmount(rows.stream().map(r -> r == null ? null : value.apply(r))
                .toList(), format));
        column.setCellFactory(c -> new EdgeCell<>() {
            @Override
            protected void updateItem(Money item, boolean empty) {
                super.updateItem(item, empty);
                boolean shown = !empty && item != null;
                setText(shown ? format.display(item) : null);
                // Pseudo-classes, not style classes: a cell reused for another row changes state without its
                // styles being matched again (a style class change re-matches the whole stylesheet).
                pseudoClassStateChanged(NEGATIVE, shown && item.isNegative());
                pseudoClassStateChanged(ZERO, shown && item.isZero());
            }
        });
    }

    /**
     * The widest amount among these as shown: per currency, the largest absolute amount, with a minus sign when
     * any is negative (comparing numbers, not formatting each one).
     */
    static String widestAmount(List<Money> amounts, MoneyText format) {
        Map<Currency, Money> largest = new HashMap<>();
        Set<Currency> negative = new HashSet<>();
        for (Money m : amounts) {
            if (m == null) {
                continue;
            }
            Money abs = m.isNegative() ? m.negate() : m;
            largest.merge(m.currency(), abs, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            if (m.isNegative()) {
                negative.add(m.currency());
            }
        }
        String best = null;
        for (var e : largest.entrySet()) {
            String shown = format.display(negative.contains(e.getKey()) ? e.getValue().negate() : e.getValue());
            if (best == null || shown.length() > best.length()) {
                best = shown;
            }
        }
        return best;
    }

    public static <T> void date(TableColumn<T, LocalDate> column, Function<T, LocalDate> value, MoneyText format) {
        // Dates show whole: the widest date this locale writes (its longest month name, a two-digit day).
        String widest = "";
        for (int month = 1; month <= 12; month++) {
            String shown = format.date(LocalDate.of(2026, month, 28));
            widest = shown.length() > widest.length() ? shown : widest;
        }
        String longestDate = widest;
        ColumnWidths.fit(column, rows -> longestDate);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : value.apply(c.getValue())));
        column.setCellFactory(c -> new EdgeCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.date(item));
            }
        });
    }

    /** Shows an amount in a page's figure label: greyed when zero, red when negative. */
    public static void figure(Label label, Money value, MoneyText format) {
        label.setText(format.display(value));
        label.getStyleClass().removeAll("zero", "negative");
        if (value.isZero()) {
            label.getStyleClass().add("zero");
        } else if (value.amount().signum() < 0) {
            label.getStyleClass().add("negative");
        }
    }
}
