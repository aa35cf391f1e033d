package com.settle.ui.common;

import com.settle.domain.listing.ListSort;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Binds a list screen's search field, count label and table to its view model: Escape clears the search, Down
 * enters the table, Enter opens the only match, and an empty result says so.
 */
public final class Lists {

    private static final String OPEN = "settle.openRow";

    private Lists() {
    }

    @SuppressWarnings("unchecked")
    private static <T> void openRow(Consumer<?> open, T row) {
        ((Consumer<T>) open).accept(row);
    }

    /**
     * Binds a list screen whose rows stay in the database: the table shows the paged rows, a click on a column's
     * heading sorts in the database by the column's key (its user data; a column without one does not sort), and
     * the search field, count and empty-result text behave as on any list.
     */
    public static <T> void bind(TableView<T> table, TextField search, Label count, PagedListViewModel<T, ?> model) {
        table.setColumnResizePolicy(ColumnWidths.fitOrScroll(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN));
        ColumnMemory.remember(table);
        table.setItems(model.rows());
        // Rows of one height (settle.css): a table of 500,000 rows otherwise measures rows to guess its length and
        // where a row is, on every scroll (half the FX thread's time dragging the Payments list).
        table.getStyleClass().add("paged-table");
        // A new search, filter or sort shows its first rows (the table stayed where the last answer was scrolled to).
        model.shownProperty().addListener((o, before, now) -> {
            if (before != null) {
                table.scrollTo(0);
            }
        });
        table.getColumns().forEach(c -> c.setSortable(c.getUserData() instanceof String));
        table.setSortPolicy(t -> {
            TableColumn<T, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            model.sort(first == null ? ListSort.natural() : new ListSort((String) first.getUserData(),
                    first.getSortType() == TableColumn.SortType.DESCENDING));
            return true;
        });
        search.textProperty().bindBidirectional(model.filterProperty());
        count.textProperty().bind(model.countProperty());
        Node emptyList = table.getPlaceholder();
        Label nothingFound = new Label();
        nothingFound.getStyleClass().add("placeholder-text");
        nothingFound.setWrapText(true);
        nothingFound.textProperty().bind(model.nothingFoundProperty());
        model.nothingFoundProperty().addListener((o, old, now) -> table.setPlaceholder(now.isEmpty() ? emptyList
                : nothingFound));
        keys(table, search, model);
    }

    /**
     * Escape clears the search; Down moves from the search field into the table; Enter opens the one match (not
     * while the search is still being asked: the rows shown are then those of the words before).
     */
    private static <T> void keys(TableView<T> table, TextField search, PagedListViewModel<T, ?> model) {
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            } else if (e.getCode() == KeyCode.ENTER && !model.searchingProperty().get() && table.getItems().size() == 1
                    && table.getItems().get(0) != null
                    && table.getProperties().get(OPEN) instanceof Consumer<?> open) {
                table.getSelectionModel().selectFirst();
                openRow(open, table.getItems().get(0));
            } else if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
    }

    /** Enter on the table or a double click on a row opens that row, as a clerk expects of a list. */
    public static <T> void opensOnEnterOrDoubleClick(TableView<T> table, Consumer<T> open) {
        table.getProperties().put(OPEN, open);
        table.setOnKeyPressed(e -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
            }
        });
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem() != null) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
    }

    /**
     * On a detail page, Escape or Alt+Left goes back to the list it came from, wherever the focus is: also on a
     * closed ⋮ menu button (where it lands after a dialog), which would otherwise swallow Escape.
     */
    public static void backOnEscape(Node page, Runnable back) {
        page.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || (e.getCode() == KeyCode.LEFT && e.isAltDown())) {
                back.run();
            }
        });
        page.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && e.getTarget() instanceof MenuButton menu && !menu.isShowing()) {
                e.consume();
                back.run();
            }
        });
    }
}
