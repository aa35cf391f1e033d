package com.settle.service;

import com.settle.csv.CsvRows;
import com.settle.csv.CsvRows.Row;
import com.settle.domain.Closest;
import com.settle.domain.ValidationException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An import file read in one streaming pass: it must be readable UTF-8 CSV, and its shape (header, cell
 * counts, quotes) must be right. One place for these checks, for every kind of import.
 */
final class ImportFile {

    private static final Logger LOG = LoggerFactory.getLogger(ImportFile.class);

    private ImportFile() {
    }

    /**
     * Reads the file once: checks its header ({@code required} and {@code optional} columns), hands every
     * well-shaped data row to {@code each} (none when the header itself has problems), notes every problem,
     * and returns the SHA-256 of the file's bytes.
     */
    static String stream(Path file, List<String> required, List<String> optional, ImportProblems problems,
                         Consumer<Row> each) {
        try (CsvRows csv = CsvRows.open(file)) {
            List<ImportService.Problem> header = header(csv, required, optional);
            header.forEach(problems::add);
            Consumer<Row> rows = header.isEmpty() ? each : r -> { };
            csv.forEach(rows, p -> problems.add(p.line(), p.column(), p.reason()));
            return csv.sha256();
        } catch (CharacterCodingException e) {
            throw new ValidationException(file.getFileName().toString(), "is not UTF-8 text. Save it as \"CSV UTF-8\""
                    + " (with or without BOM) and import it again");
        } catch (NoSuchFileException e) {
            throw new ValidationException(file.toString(), "does not exist; choose the CSV file to import");
        } catch (IOException e) {
            LOG.warn("Cannot read {}", file, e);
            throw new ValidationException(file.getFileName().toString(), "cannot be read as CSV text (details in"
                    + " the log file); save it from the spreadsheet as \"CSV UTF-8\" and import it again");
        }
    }

    /**
     * The header's problems: the file's own (columns unnamed or named twice), the required columns it lacks,
     * and columns it names that this import does not know (with the closest known name).
     */
    private static List<ImportService.Problem> header(CsvRows csv, List<String> required, List<String> optional) {
        if (csv.header().isEmpty() || csv.header().stream().allMatch(String::isBlank)) {
            return List.of(new ImportService.Problem(1, "header", "the file is empty; its first line must name the"
                    + " columns (" + String.join(", ", required) + " at least)"));
        }
        List<ImportService.Problem> out = new ArrayList<>();
        csv.problems().forEach(p -> out.add(new ImportService.Problem(p.line(), p.column(), p.reason())));
        for (String column : required) {
            if (!csv.header().contains(column.toLowerCase(Locale.ROOT))) {
                out.add(new ImportService.Problem(1, column, "the header has no " + column + " column"));
            }
        }
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        for (String column : csv.header()) {
            if (!column.isEmpty() && known.stream().noneMatch(k -> k.equalsIgnoreCase(column))) {
                out.add(new ImportService.Problem(1, column, "is not a column of this import; did you mean "
                        + Closest.of(column, known) + "? (columns: " + String.join(", ", known) + ")"));
            }
        }
        return out;
    }
}
