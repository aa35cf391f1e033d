package com.settle.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Keeps a table column wide enough for what must never be cut: every amount, date and number it shows. As rows
 * come and go, the column's minimum width follows the widest such text (measured in the table's font); text
 * around it (names, comments) may still ellipsize, and the table scrolls sideways when the columns need more
 * room than the window has.
 */
final class ColumnWidths {

    /** The cell's padding and a little air, in pixels, added to the measured text. */
    private static final double PADDING = 22;
    /** Rows measured at each end of a long list: enough to find the widest, cheap for a million rows. */
    private static final int SAMPLE = 2000;

    private ColumnWidths() {
    }

    /**
     * Sizes {@code column} by {@code widest}: given the rows, it returns the longest text that must show whole
     * (null when there is none).
     */
    static <T> void fit(TableColumn<T, ?> column, Function<List<T>, String> widest) {
        if (column.getTableView() != null) {
            follow(column.getTableView(), column, widest);
            return;
        }
        column.tableViewProperty().addListener((o, old, table) -> {
            if (table != null && old == null) {
                follow(table, column, widest);
            }
        });
    }

    private static <T> void follow(TableView<T> table, TableColumn<T, ?> column, Function<List<T>, String> widest) {
        Measured measured = new Measured(table);
        ListChangeListener<T> rows = c -> size(table, column, widest, arrived(c), measured);
        InvalidationListener swap = new InvalidationListener() {
            private ObservableList<T> current;

            @Override
            public void invalidated(Observable o) {
                if (current != null) {
                    current.removeListener(rows);
                }
                current = table.getItems();
                if (current != null) {
                    current.addListener(rows);
                }
                size(table, column, widest, null, measured);
            }
        };
        table.itemsProperty().addListener(swap);
        swap.invalidated(table.itemsProperty());
    }

    /**
     * The rows a change of a paged list only updated (a page arrived from the database: those rows are held), or
     * null for any other change.
     */
    private static <T> List<T> arrived(ListChangeListener.Change<? extends T> c) {
        if (!(c.getList() instanceof PagedList<?>)) {
            return null;
        }
        List<T> rows = new ArrayList<>();
        while (c.next()) {
            if (!c.wasUpdated()) {
                return null;
            }
            for (int i = c.getFrom(); i < c.getTo(); i++) {
                rows.add(c.getList().get(i));
            }
        }
        return rows;
    }

    /** Sizes the column by {@code arrived}, the rows a page brought, or when null by the rows the table holds. */
    private static <T> void size(TableView<T> table, TableColumn<T, ?> column, Function<List<T>, String> widest,
                                 List<T> arrived, Measured measured) {
        List<T> items = table.getItems();
        if (items == null || items.isEmpty()) {
            return;
        }
        // A list paged from the database is measured by the pages it holds, and then by each page as it arrives:
        // sampling its ends would read them.
        List<T> sample = arrived != null ? arrived : items instanceof PagedList<T> paged ? paged.held()
                : items.size() <= 2 * SAMPLE ? items
                : concat(items.subList(0, SAMPLE), items.subList(items.size() - SAMPLE, items.size()));
        if (sample.isEmpty()) {
            return;
        }
        String text = widest.apply(sample);
        if (text == null) {
            return;
        }
        double needed = Math.ceil(measured.width(text)) + PADDING;
        boolean widened = false;
        if (column.getMinWidth() < needed) {
            column.setMinWidth(needed);
            widened = true;
        }
        if (column.getWidth() < needed) {
            // A column's width follows its preferred width; a squeezed column is widened back this way.
            double pref = Math.max(column.getPrefWidth(), needed);
            column.setPrefWidth(pref + 1);
            column.setPrefWidth(pref);
            widened = true;
        }
        if (widened) {
            table.requestLayout();
        }
    }

    /**
     * The width of the text last measured for a column, kept: page after page of a long list brings the same
     * widest text (the longest amount, a number of the same form), and each measure lays out a text node.
     */
    private static final class Measured {
        private final TableView<?> table;
        private String text;
        private double width;

        Measured(TableView<?> table) {
            this.table = table;
        }

        double width(String shown) {
            if (!shown.equals(text)) {
                width = ColumnWidths.width(shown, table);
                text = shown;
            }
            return width;
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /**
     * A column resize policy that fills the table's width with {@code constrained} while the columns' minimum widths
     * fit in it, and otherwise lets the table scroll sideways, so no column is squeezed below what it must show.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Callback<TableView.ResizeFeatures, Boolean> fitOrScroll(Callback<TableView.ResizeFeatures, Boolean> constrained) {
        boolean[] scrolling = {false};
        return features -> {
            TableView<?> table = features.getTable();
            double mins = 0;
            for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
                mins += c.getMinWidth();
            }
            double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 18;
            if (mins <= room) {
                scrolling[0] = false;
                return constrained.call(features);
            }
            if (!scrolling[0]) {
                // From filling the width to scrolling: columns the filling squeezed get their own width back.
                scrolling[0] = true;
                for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
                    double pref = c.getPrefWidth();
                    if (c.getWidth() < pref) {
                        c.setPrefWidth(pref + 1);
                        c.setPrefWidth(pref);
                    }
                }
            }
            return TableView.UNCONSTRAINED_RESIZE_POLICY.call(features);
        };
    }

    /**
     * No column narrower than its heading: a status or type column squeezed to "…" tells a clerk nothing. When
     * the headings alone need more room than the window has, the table scrolls sideways.
     */
    static void headingsWhole(TableView<?> table) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            String heading = column.getText() == null ? "" : column.getText();
            double needed = Math.ceil(width(heading, table) * 1.08) + PADDING + 8;
            if (column.getMinWidth() < needed) {
                column.setMinWidth(needed);
            }
            if (column.getPrefWidth() < needed) {
                column.setPrefWidth(needed);
            }
        }
    }

    /** The text's width in the table's font (the default font until the table is styled). */
    static double width(String text, TableView<?> table) {
        Text t = new Text(text);
        Font font = Font.getDefault();
        t.setFont(Font.font(font.getFamily(), 13));
        return t.getLayoutBounds().getWidth();
    }
}
