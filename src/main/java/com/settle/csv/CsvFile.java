package com.settle.csv;

import com.settle.domain.OutputTarget;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a CSV file for a spreadsheet: UTF-8, a header row, through a temporary file moved into place,
 * so a failed export leaves nothing half-written. A text cell that a spreadsheet would run as a formula
 * (it begins with =, +, -, @, a tab or a carriage return) gets a leading apostrophe; plain numbers such
 * as -12.50 stay numbers. An export ends with a comment line saying where it came from.
 */
public final class CsvFile {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvFile() {
    }

    /**
     * @param footer the last line, written as a comment ({@code # ...}) that spreadsheets show below the rows
     *               and CSV readers told of comments skip; null for none
     * @return the number of data rows written
     */
    public static int write(Path target, List<String> header, Iterable<? extends List<?>> rows, String footer)
            throws IOException {
        OutputTarget.checkWritable(target);
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".settle-export", ".csv");
        int n = 0;
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                         .setHeader(header.toArray(String[]::new)).setCommentMarker('#').build())) {
                for (List<?> row : rows) {
                    for (Object cell : row) {
                        csv.print(safe(cell));
                    }
                    csv.println();
                    n++;
                }
                if (footer != null) {
                    csv.printComment(footer);
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return n;
    }

    /** The cell as written: null as empty, formula-like text defused with a leading apostrophe. */
    public static String safe(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell instanceof BigDecimal b ? b.toPlainString() : cell.toString();
        if (text.isEmpty() || NUMBER.matcher(text).matches()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
