package com.settle.ui.imports;

import com.settle.service.ImportService.Problem;
import com.settle.service.ImportService.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the preview of an import says: what the file will create (and the rows skipped as imported before),
 * or every problem found (line, column, reason) with nothing to import. Nothing is stored until the clerk
 * presses the main button, whose words are here too; with none, the dialog only closes.
 */
public final class ImportPreviewViewModel {

    private final String title;
    private final String header;
    private final String path;
    private final List<String> lines;
    private final String action;

    private ImportPreviewViewModel(ImportKind kind, Path file, String header, List<String> lines, String action) {
        this.title = kind.title();
        this.header = header;
        this.path = file.toAbsolutePath().toString();
        this.lines = List.copyOf(lines);
        this.action = action;
    }

    /** A file with no problems: what Import will create; the main button imports it. */
    public static ImportPreviewViewModel preview(ImportKind kind, Path file, Report report) {
        List<String> lines = new ArrayList<>(report.created());
        more(lines, report.createdCount(), report.created().size());
        if (report.skippedCount() > 0) {
            lines.add("Skipped as already imported (" + report.skippedCount() + "):");
            lines.addAll(report.skipped());
            more(lines, report.skippedCount(), report.skipped().size());
        }
        return new ImportPreviewViewModel(kind, file, file.getFileName() + ": " + report.rows() + " rows checked,"
                + " no problems. Import creates:", lines, "Import " + report.createdCount()
                + (report.createdCount() == 1 ? " record" : " records"));
    }

    /**
     * A file with problems: nothing can be imported until they are corrected. With {@code onlyRepeats} (every
     * problem is a row imported before) the main button checks again, skipping those rows.
     */
    public static ImportPreviewViewModel problems(ImportKind kind, Path file, List<Problem> problems,
                                                  boolean onlyRepeats) {
        return new ImportPreviewViewModel(kind, file, file.getFileName() + " has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + ". Nothing was imported; " + (onlyRepeats
                ? "every one is a row imported before: skip those rows, or correct the file."
                : "correct the file and import it again."), problems.stream().map(Problem::toString).toList(),
                onlyRepeats ? "Skip rows already imported" : null);
    }

    private static void more(List<String> lines, long count, int listed) {
        if (count > listed) {
            lines.add("… and " + (count - listed) + " more");
        }
    }

    public String title() {
        return title;
    }

    public String header() {
        return header;
    }

    /** The file's full path. */
    public String path() {
        return path;
    }

    public List<String> lines() {
        return lines;
    }

    /** The main button's words, or null when the dialog only closes. */
    public String action() {
        return action;
    }
}
