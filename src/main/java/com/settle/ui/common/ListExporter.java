package com.settle.ui.common;

import com.settle.csv.Exports;
import com.settle.domain.Text;
import com.settle.service.ServiceException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** Export… on a list page: the rows shown (filtered and sorted as on screen) to a CSV file, off the FX thread. */
public final class ListExporter {

    private final Function<String, Path> chooser;
    private final TaskRunner runner;
    private final Consumer<String> notice;

    /**
     * @param chooser asks where to save, given a suggested file name; null when the clerk cancels
     * @param footer the line the file ends with (where it came from, the history chain head); throws, saying
     *               why, when the user may not export
     */
    private final Supplier<String> footer;

    public ListExporter(Function<String, Path> chooser, TaskRunner runner, Consumer<String> notice,
                        Supplier<String> footer) {
        this.footer = footer;
        this.chooser = chooser;
        this.runner = runner;
        this.notice = notice;
    }

    public <T> void install(Button button, TableView<T> table, Exports.Table<T> columns, String fileName) {
        button.setOnAction(e -> export(table, columns, fileName));
        button.setTooltip(new Tooltip("Save the rows shown as a CSV file (Alt+X)"));
    }

    /** Export… on a list whose rows stay in the database: every row of the result shown, read in batches. */
    public <T> void install(Button button, PagedListViewModel<T, ?> model, Exports.Table<T> columns,
                            String fileName) {
        button.setOnAction(e -> {
            Path target = chooser.apply(fileName);
            if (target != null) {
                write(target, model.everyRow(), columns, "Exporting " + model.countProperty().get());
            }
        });
        button.setTooltip(new Tooltip("Save the rows shown as a CSV file (Alt+X)"));
    }

    private <T> void write(Path target, Iterable<T> rows, Exports.Table<T> columns, String what) {
        runner.run(what, () -> {
            String last = footer.get();
            try {
                return columns.write(target, rows, last);
            } catch (IOException e) {
                throw new ServiceException("Cannot write " + target + ": " + e.getMessage()
                        + ". Nothing was written; choose another folder.", e);
            }
        }, n -> notice.accept("Wrote " + Text.count(n, "row") + " to " + target.getFileName()));
    }

    private <T> void export(TableView<T> table, Exports.Table<T> columns, String fileName) {
        Path target = chooser.apply(fileName);
        if (target == null) {
            return;
        }
        List<T> rows = List.copyOf(table.getItems());
        write(target, rows, columns, "Exporting " + Text.count(rows.size(), "row"));
    }
}
