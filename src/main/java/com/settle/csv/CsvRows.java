package com.settle.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as a clerk saves it from a spreadsheet: UTF-8 with or without a byte-order mark, comma or
 * semicolon (whichever the header line uses), a header row naming the columns in any order and case. Read
 * strictly: a row whose cell count differs from the header's, a column named twice and a quote left open are
 * problems of the file (with their real line numbers, blank lines counted), never guessed around.
 */
public final class CsvRows {

    /** One data row: its line in the file, and its cells by lower-case column name. */
    public record Row(long line, Map<String, String> cells) {

        /** The trimmed cell, or null when the column is missing or the cell blank. */
        public String get(String column) {
            String v = cells.get(column.toLowerCase(Locale.ROOT));
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    /** A problem with the file's shape: its line, the column or "row", and why. */
    public record Problem(long line, String column, String reason) {
    }

    private final List<String> header;
    private final List<Row> rows;
    private final List<Problem> problems;

    private CsvRows(List<String> header, List<Row> rows, List<Problem> problems) {
        this.header = header;
        this.rows = rows;
        this.problems = problems;
    }

    public static CsvRows read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
        // Blank lines are kept as records so that every line counts; they are skipped below.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(false).build();
        List<String> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            long lastLine = 0;
            while (true) {
                CSVRecord r;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    r = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(new Problem(lastLine + 1, "row", "a quoted cell that starts here is never closed"
                            + " (a \" without its partner); nothing after it could be read"));
                    break;
                }
                long line = lastLine + 1;
                lastLine = Math.max(line, parser.getCurrentLineNumber());
                if (blank(r)) {
                    continue;
                }
                if (header.isEmpty()) {
                    r.forEach(h -> header.add(h.strip().toLowerCase(Locale.ROOT)));
                    duplicates(r, problems);
                    continue;
                }
                if (r.size() != header.size()) {
                    problems.add(new Problem(line, "row", "has " + r.size() + " cells but the header names "
                            + header.size() + " columns; " + (r.size() > header.size()
                            ? "an unquoted decimal comma or thousands separator (1,234.56) splits a number into two"
                            + " cells: quote it (\"1,234.56\") or write 1234.56" : "a cell or a separator is missing")));
                    continue;
                }
                Map<String, String> cells = new TreeMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), r.get(i));
                }
                rows.add(new Row(line, cells));
            }
        }
        return new CsvRows(header, rows, problems);
    }

    private static boolean blank(CSVRecord r) {
        for (String cell : r) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void duplicates(CSVRecord header, List<Problem> problems) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                problems.add(new Problem(1, "header", "column " + (i + 1) + " has no name"));
                continue;
            }
            Integer before = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i + 1);
            if (before != null) {
                problems.add(new Problem(1, name, "is named twice in the header (columns " + before + " and "
                        + (i + 1) + "); keep one"));
            }
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    /** The columns named in the header, lower-case. */
    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Problems of the file's shape (header, cell counts, quotes), in line order. */
    public List<Problem> problems() {
        return problems;
    }
}
