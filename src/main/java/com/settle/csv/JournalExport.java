package com.settle.csv;

import com.settle.domain.OutputTarget;
import com.settle.domain.journal.JournalEntry;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes journal entries for a general ledger, through a temporary file moved into place. Nothing in the file
 * depends on when it was written, so the same entries always give the same bytes.
 * <ul>
 * <li>{@link Format#CSV}: one row per entry, with stable columns.</li>
 * <li>{@link Format#IIF}: QuickBooks' import format, a GENERAL JOURNAL transaction per entry (debit positive,
 * credit negative; the currency in the memo, as IIF has no column for it).</li>
 * <li>{@link Format#DOUBLE_ENTRY}: two rows per entry, debit and credit columns, as Xero-style importers take.</li>
 * </ul>
 */
public final class JournalExport {

    /** The export formats. */
    public enum Format { CSV, IIF, DOUBLE_ENTRY }

    /** The columns of {@link Format#CSV}; they do not change from version to version. */
    public static final List<String> CSV_COLUMNS = List.of("Entry", "Date", "Currency", "Description", "DebitCode",
            "CreditCode", "Amount", "Records");
    /** The columns of {@link Format#DOUBLE_ENTRY}. */
    public static final List<String> DOUBLE_ENTRY_COLUMNS = List.of("Journal", "Date", "Currency", "AccountCode",
            "Description", "Debit", "Credit");

    private static final DateTimeFormatter IIF_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private JournalExport() {
    }

    /** @param prefix what each entry's number starts with (a run's number, or "JE") */
    public static void write(Path target, Format format, List<JournalEntry> entries, String prefix)
            throws IOException {
        OutputTarget.checkWritable(target);
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".settle-journal", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                switch (format) {
                    case CSV -> csv(w, entries, prefix);
                    case IIF -> iif(w, entries, prefix);
                    case DOUBLE_ENTRY -> doubleEntry(w, entries, prefix);
                    default -> throw new IllegalArgumentException(format.name());
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String number(String prefix, int i) {
        return prefix + "-" + String.format("%04d", i + 1);
    }

    private static void csv(Writer w, List<JournalEntry> entries, String prefix) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                .setHeader(CSV_COLUMNS.toArray(String[]::new)).build())) {
            for (int i = 0; i < entries.size(); i++) {
                JournalEntry e = entries.get(i);
                csv.printRecord(number(prefix, i), e.date(), e.currency(), e.description(), CsvFile.safe(e.debit()),
                        CsvFile.safe(e.credit()), e.amount().toPlainString(), e.records());
            }
        }
    }

    private static void doubleEntry(Writer w, List<JournalEntry> entries, String prefix) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                .setHeader(DOUBLE_ENTRY_COLUMNS.toArray(String[]::new)).build())) {
            for (int i = 0; i < entries.size(); i++) {
                JournalEntry e = entries.get(i);
                String amount = e.amount().toPlainString();
                csv.printRecord(number(prefix, i), e.date(), e.currency(), CsvFile.safe(e.debit()), e.description(),
                        amount, "");
                csv.printRecord(number(prefix, i), e.date(), e.currency(), CsvFile.safe(e.credit()), e.description(),
                        "", amount);
            }
        }
    }

    private static void iif(Writer w, List<JournalEntry> entries, String prefix) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("!TRNS\tTRNSID\tTRNSTYPE\tDATE\tACCNT\tAMOUNT\tDOCNUM\tMEMO");
        lines.add("!SPL\tSPLID\tTRNSTYPE\tDATE\tACCNT\tAMOUNT\tDOCNUM\tMEMO");
        lines.add("!ENDTRNS");
        for (int i = 0; i < entries.size(); i++) {
            JournalEntry e = entries.get(i);
            String date = IIF_DATE.format(e.date());
            String memo = clean(e.description() + " (" + e.currency() + ", " + e.records() + " records)");
            String doc = number(prefix, i);
            lines.add(String.join("\t", "TRNS", "", "GENERAL JOURNAL", date, clean(e.debit()),
                    e.amount().toPlainString(), doc, memo));
            lines.add(String.join("\t", "SPL", "", "GENERAL JOURNAL", date, clean(e.credit()),
                    e.amount().negate().toPlainString(), doc, memo));
            lines.add("ENDTRNS");
        }
        for (String line : lines) {
            w.write(line);
            w.write("\r\n");
        }
    }

    /** IIF fields cannot hold tabs or line breaks. */
    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]", " ");
    }
}
