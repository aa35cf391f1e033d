package com.settle.service;

import com.settle.csv.CsvRows;
import com.settle.domain.Closest;
import com.settle.domain.ValidationException;
import com.settle.service.ImportService.Problem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An import file before its rows are read: it must be readable UTF-8 CSV, and its shape (header, cell counts,
 * quotes) must be right. One place for these checks, for every kind of import.
 */
final class ImportFile {

    private static final Logger LOG = LoggerFactory.getLogger(ImportFile.class);

    private ImportFile() {
    }

    static CsvRows read(Path file) {
        try {
            return CsvRows.read(file);
        } catch (CharacterCodingException e) {
            throw new ValidationException(file.getFileName().toString(), "is not UTF-8 text. Save it as \"CSV UTF-8\""
                    + " (with or without BOM) and import it again");
        } catch (NoSuchFileException e) {
            throw new ValidationException(file.toString(), "does not exist; choose the CSV file to import");
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read {}", file, e);
            throw new ValidationException(file.getFileName().toString(), "cannot be read as CSV text (details in"
                    + " the log file); save it from the spreadsheet as \"CSV UTF-8\" and import it again");
        }
    }

    /**
     * The file's shape: its own problems (cell counts, duplicate columns, open quotes), the required columns
     * the header lacks, and columns it names that this import does not know (with the closest known name).
     */
    static List<Problem> shape(CsvRows csv, List<String> required, List<String> optional) {
        if (csv.header().isEmpty() || csv.header().stream().allMatch(String::isBlank)) {
            return List.of(new Problem(1, "header", "the file is empty; its first line must name the columns ("
                    + String.join(", ", required) + " at least)"));
        }
        List<Problem> out = new ArrayList<>();
        for (String column : required) {
            if (!csv.header().contains(column.toLowerCase(Locale.ROOT))) {
                out.add(new Problem(1, column, "the header has no " + column + " column"));
            }
        }
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        for (String column : csv.header()) {
            if (!column.isEmpty() && known.stream().noneMatch(k -> k.equalsIgnoreCase(column))) {
                out.add(new Problem(1, column, "is not a column of this import; did you mean " + Closest.of(column,
                        known) + "? (columns: " + String.join(", ", known) + ")"));
            }
        }
        csv.problems().forEach(p -> out.add(new Problem(p.line(), p.column(), p.reason())));
        out.sort(Comparator.comparingLong(Problem::line));
        return out;
    }
}
