package com.settle.ui.imports;

import com.settle.service.ImportService.Problem;
import com.settle.service.ImportService.Report;
import com.settle.ui.common.ViewLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The preview of an import: what the file will create, or every problem found (line, column, reason)
 * with Import disabled. Nothing is stored until the clerk presses Import.
 */
public final class ImportDialog {

    private final Window owner;

    public ImportDialog(Window owner) {
        this.owner = owner;
    }

    /** Shows what the file will create; true when the clerk chooses Import. */
    public boolean preview(ImportKind kind, Path file, Report report) {
        ButtonType importButton = new ButtonType("Import " + report.createdCount()
                + (report.createdCount() == 1 ? " record" : " records"),
                ButtonBar.ButtonData.OK_DONE);
        List<String> lines = new ArrayList<>(report.created());
        more(lines, report.createdCount(), report.created().size());
        if (report.skippedCount() > 0) {
            lines.add("Skipped as already imported (" + report.skippedCount() + "):");
            lines.addAll(report.skipped());
            more(lines, report.skippedCount(), report.skipped().size());
        }
        Alert a = dialog(kind, file, file.getFileName() + ": " + report.rows() + " rows checked, no problems. Import"
                + " creates:", lines, importButton);
        return a.showAndWait().filter(b -> b == importButton).isPresent();
    }

    private static void more(List<String> lines, long count, int listed) {
        if (count > listed) {
            lines.add("… and " + (count - listed) + " more");
        }
    }

    /**
     * Lists the problems; the file cannot be imported until they are corrected. With {@code onlyRepeats} (every
     * problem is a row imported before), offers to check again skipping those rows: true when chosen.
     */
    public boolean problems(ImportKind kind, Path file, List<Problem> problems, boolean onlyRepeats) {
        ButtonType skip = new ButtonType("Skip rows already imported", ButtonBar.ButtonData.OK_DONE);
        Alert a = dialog(kind, file, file.getFileName() + " has " + problems.size() + (problems.size() == 1
                ? " problem" : " problems") + ". Nothing was imported; " + (onlyRepeats ? "every one is a row"
                + " imported before: skip those rows, or correct the file." : "correct the file and import it again."),
                problems.stream().map(Problem::toString).toList(), onlyRepeats ? skip : null);
        return a.showAndWait().filter(b -> b == skip).isPresent();
    }

    private Alert dialog(ImportKind kind, Path file, String header, List<String> lines, ButtonType ok) {
        Alert a = new Alert(ok == null ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION);
        a.initOwner(owner);
        a.setTitle(kind.title());
        a.setHeaderText(header);
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(lines));
        list.setId("importLines");
        // Long lines (a row imported before names its record, batch, file and time) wrap to the list's width.
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        list.setPrefSize(760, Math.min(420, 40 + 44 * lines.size()));
        VBox box = new VBox(6, new Label(file.toAbsolutePath().toString()), list);
        a.getDialogPane().setContent(box);
        a.getDialogPane().setId("importDialog");
        a.getDialogPane().getStylesheets().add(ImportDialog.class.getResource(ViewLoader.STYLE_SHEET).toExternalForm());
        if (ok == null) {
            a.getButtonTypes().setAll(ButtonType.CLOSE);
        } else {
            a.getButtonTypes().setAll(ok, ButtonType.CANCEL);
        }
        a.setResizable(true);
        return a;
    }
}
