package com.settle.ui.common;

import java.util.function.Consumer;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/** Binds a list screen's search field, count label and table to its view model. */
public final class Lists {

    private Lists() {
    }

    public static <T> void bind(TableView<T> table, TextField search, Label count, ListViewModel<T> model) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<T> sorted = new SortedList<>(model.filtered());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        search.textProperty().bindBidirectional(model.filterProperty());
        count.textProperty().bind(model.countProperty());
        // Escape clears the search; Down moves from the search field into the table.
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            } else if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
    }

    /** Enter on the table or a double click on a row opens that row, as a clerk expects of a list. */
    public static <T> void opensOnEnterOrDoubleClick(TableView<T> table, Consumer<T> open) {
        table.setOnKeyPressed(e -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
            }
        });
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
    }

    /** On a detail page, Escape or Alt+Left goes back to the list it came from. */
    public static void backOnEscape(Node page, Runnable back) {
        page.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || (e.getCode() == KeyCode.LEFT && e.isAltDown())) {
                back.run();
            }
        });
    }
}
