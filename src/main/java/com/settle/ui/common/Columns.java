package com.settle.ui.common;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * Binds table columns to row fields, so every list formats money, dates and text the same way:
 * amounts right-aligned in the row's currency, negative amounts marked, dates in the user's locale,
 * and sorting by the value, not by the text. A row not loaded yet (null) shows empty cells.
 */
public final class Columns {

    private Columns() {
    }

    public static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : value.apply(c.getValue())));
    }

    public static <T> void number(TableColumn<T, Integer> column, Function<T, Integer> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : value.apply(c.getValue())));
        column.getStyleClass().add("amount");
    }

    public static <T> void money(TableColumn<T, Money> column, Function<T, Money> value, MoneyText format) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : value.apply(c.getValue())));
        column.setComparator(Comparator.comparing(Money::amount));
        column.getStyleClass().add("amount");
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Money item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("negative", "zero");
                if (empty || item == null) {
                    setText(null);
                } else {
                    setText(format.display(item));
                    if (item.isNegative()) {
                        getStyleClass().add("negative");
                    } else if (item.isZero()) {
                        getStyleClass().add("zero");
                    }
                }
            }
        });
    }

    public static <T> void date(TableColumn<T, LocalDate> column, Function<T, LocalDate> value, MoneyText format) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
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
