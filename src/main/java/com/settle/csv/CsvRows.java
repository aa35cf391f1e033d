package com.settle.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as a clerk saves it from a spreadsheet: UTF-8 with or without a byte-order mark, comma or
 * semicolon (whichever the header line uses), a header row naming the columns in any order and case.
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

    private final List<String> header;
    private final List<Row> rows;

    private CsvRows(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    public static CsvRows read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String first = new BufferedReader(new StringReader(text)).readLine();
        char delimiter = first != null && count(first, ';') > count(first, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(false).build();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                Map<String, String> cells = new TreeMap<>();
                for (int i = 0; i < header.size() && i < r.size(); i++) {
                    cells.put(header.get(i), r.get(i));
                }
                // The header is line 1; a cell with a line break makes later lines one off (rare in these files).
                rows.add(new Row(r.getRecordNumber() + 1, cells));
            }
            return new CsvRows(header, rows);
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
}
