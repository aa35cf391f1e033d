package com.settle.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as a clerk saves it from a spreadsheet: UTF-8 with or without a byte-order mark, comma or
 * semicolon (whichever the header line uses), a header row naming the columns in any order and case. Read
 * strictly and in one streaming pass (a file of a million rows is never held in memory): a row whose cell
 * count differs from the header's, a column named twice and a quote left open are problems of the file
 * (with their real line numbers, blank lines counted), never guessed around. The SHA-256 of the file's
 * bytes is computed on the way.
 */
public final class CsvRows implements Closeable {

    /** One data row: its line in the file, and its cells by column. */
    public static final class Row {
        private final long line;
        private final Map<String, Integer> index;
        private final List<String> values;

        Row(long line, Map<String, Integer> index, List<String> values) {
            this.line = line;
            this.index = index;
            this.values = values;
        }

        public long line() {
            return line;
        }

        /** The trimmed cell, or null when the column is missing or the cell blank. */
        public String get(String column) {
            Integer i = index.get(column.toLowerCase(Locale.ROOT));
            String v = i == null ? null : values.get(i);
            return v == null || v.isBlank() ? null : v.strip();
        }

        /** Every cell as written, in the file's column order. */
        public List<String> values() {
            return values;
        }
    }

    /** A problem with the file's shape: its line, the column or "row", and why. */
    public record Problem(long line, String column, String reason) {
    }

    private final DigestInputStream bytes;
    private final BufferedReader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private long lastLine;
    private String sha256;

    private CsvRows(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        InputStream in = Files.newInputStream(file);
        this.bytes = new DigestInputStream(in, digest);
        this.reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        reader.mark(1 << 16);
        int c = reader.read();
        if (c != '\uFEFF') {
            reader.reset();
        }
        reader.mark(1 << 16);
        String first = firstLine(reader);
        reader.reset();
        char delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
        // Blank lines are kept as records so that every line counts; they are skipped below.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(false).build();
        this.parser = CSVParser.parse(reader, format);
        this.records = parser.iterator();
        readHeader();
    }

    /** Opens the file and reads its header; the rows follow through {@link #forEach}. */
    public static CsvRows open(Path file) throws IOException {
        return new CsvRows(file);
    }

    private static String firstLine(BufferedReader r) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = r.read(); c >= 0 && c != '\n' && s.length() < (1 << 15); c = r.read()) {
            s.append((char) c);
        }
        return s.toString();
    }

    private void readHeader() throws IOException {
        CSVRecord r;
        while ((r = next()) != null) {
            if (!blank(r)) {
                r.forEach(h -> header.add(h.strip().toLowerCase(Locale.ROOT)));
                for (int i = header.size() - 1; i >= 0; i--) {
                    index.put(header.get(i), i);
                }
                duplicates(r);
                return;
            }
        }
    }

    /** The next record, or null at the end (or after a quote left open, noted as a problem). */
    private CSVRecord next() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord r = records.next();
            lastLine = Math.max(lastLine + 1, parser.getCurrentLineNumber());
            return r;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw coding;
            }
            openQuote();
            return null;
        } catch (IllegalStateException e) {
            openQuote();
            return null;
        }
    }

    private void openQuote() {
        problems.add(new Problem(lastLine + 1, "row", "a quoted cell that starts here is never closed"
                + " (a \" without its partner); nothing after it could be read"));
    }

    /**
     * Hands each data row to {@code each}, in file order; a row of the wrong shape (or a quote left open) goes
     * to {@code problem} instead. Then reads the file to its end, so that {@link #sha256()} covers every byte.
     */
    public void forEach(Consumer<Row> each, Consumer<Problem> problem) throws IOException {
        int before = problems.size();
        long line = lastLine;
        CSVRecord r;
        while ((r = next()) != null) {
            long at = line + 1;
            line = lastLine;
            if (blank(r)) {
                continue;
            }
            if (r.size() != header.size()) {
                problem.accept(new Problem(at, "row", "has " + r.size() + " cells but the header names "
                        + header.size() + " columns; " + (r.size() > header.size()
                        ? "an unquoted decimal comma or thousands separator (1,234.56) splits a number into two"
                        + " cells: quote it (\"1,234.56\") or write 1234.56" : "a cell or a separator is missing")));
                continue;
            }
            each.accept(new Row(at, index, r.toList()));
        }
        problems.subList(before, problems.size()).forEach(problem);
        problems.subList(before, problems.size()).clear();
        while (reader.read() >= 0) {
            // the rest after an open quote: read only to hash every byte
        }
        bytes.transferTo(OutputStream.nullOutputStream());
        sha256 = HexFormat.of().formatHex(bytes.getMessageDigest().digest());
    }

    /** The SHA-256 of the file's bytes, in hex; known once {@link #forEach} has run. */
    public String sha256() {
        if (sha256 == null) {
            throw new IllegalStateException("the rows have not been read yet");
        }
        return sha256;
    }

    private static boolean blank(CSVRecord r) {
        for (String cell : r) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void duplicates(CSVRecord names) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
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

    /** Problems of the header (an unnamed or twice-named column). */
    public List<Problem> problems() {
        return problems;
    }

    @Override
    public void close() throws IOException {
        parser.close();
        reader.close();
    }
}
