package com.settle.cli;

import com.settle.csv.JournalExport;
import com.settle.domain.OutputTarget;
import com.settle.domain.ValidationException;
import com.settle.domain.journal.Journal.Grouping;
import com.settle.domain.journal.JournalEntry;
import com.settle.domain.model.JournalRun;
import com.settle.service.JournalService;
import com.settle.service.Services;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code settle journal ...}: the journal by accounting code, its runs and exports. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "Show the journal by accounting code, run it for the ledger, export it and mark runs.",
        subcommands = {JournalCommand.Show.class, JournalCommand.Export.class, JournalCommand.Run.class,
            JournalCommand.Mark.class, JournalCommand.Runs.class, JournalCommand.Ignore.class})
final class JournalCommand {

    @ParentCommand
    SettleCommand root;

    /** A journal subcommand. */
    abstract static class Sub extends ServiceCommand {
        @ParentCommand
        JournalCommand group;

        @Override
        SettleCommand root() {
            return group.root;
        }
    }

    /** The output file and its format, checked before anything is read. */
    abstract static class Writing extends Sub {
        @Option(names = "--file", paramLabel = "FILE", description = "Write the export to this file.")
        Path file;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
                description = "csv (default), iif (QuickBooks) or double-entry (two lines per entry).")
        String format;
        @Option(names = "--overwrite", description = "Replace the file --file names if it exists.")
        boolean overwrite;

        JournalExport.Format format() {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> JournalExport.Format.CSV;
                case "iif" -> JournalExport.Format.IIF;
                case "double-entry" -> JournalExport.Format.DOUBLE_ENTRY;
                default -> throw new ValidationException("--format", "'" + format
                        + "' is not one of csv, iif, double-entry");
            };
        }

        @Override
        public Integer call() {
            format();
            if (file != null) {
                OutputTarget.check("--file", file, root().context().databaseFile(root().options()), overwrite);
            }
            return super.call();
        }
    }

    static Map<String, Object> entry(JournalEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", e.date().toString());
        m.put("currency", e.currency());
        m.put("description", e.description());
        m.put("debit", e.debit());
        m.put("credit", e.credit());
        m.put("amount", e.amount());
        m.put("records", e.records());
        return m;
    }

    static String line(JournalEntry e) {
        return String.format("%s %s  %-45s Dr %-16s Cr %-16s %15s  (%d)", e.date(), e.currency(), e.description(),
                e.debit(), e.credit(), e.amount().toPlainString(), e.records());
    }

    void print(Sub sub, List<JournalEntry> entries, Map<String, Object> head) {
        List<Object> json = new ArrayList<>();
        List<String> text = new ArrayList<>();
        entries.forEach(e -> {
            json.add(entry(e));
            text.add(line(e));
        });
        text.add(entries.size() + (entries.size() == 1 ? " entry" : " entries"));
        head.put("entries", json);
        sub.print(head, text);
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "The period's summary journal entries.")
    static final class Show extends Sub {
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true)
        LocalDate from;
        @Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true)
        LocalDate to;
        @Option(names = "--by", paramLabel = "day|period", defaultValue = "day",
                description = "One entry per day (default) or per period.")
        String by;

        @Override
        int run(Services s) {
            List<JournalEntry> entries = s.journal().entries(from, to, grouping(by));
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("from", from.toString());
            head.put("to", to.toString());
            group.print(this, entries, head);
            return 0;
        }
    }

    static Grouping grouping(String by) {
        return switch (by.trim().toLowerCase(Locale.ROOT)) {
            case "day" -> Grouping.DAY;
            case "period" -> Grouping.PERIOD;
            default -> throw new ValidationException("--by", "'" + by + "' is not day or period");
        };
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the period's journal (or a run's, with --run) to a file.")
    static final class Export extends Writing {
        @Option(names = "--from", paramLabel = "YYYY-MM-DD")
        LocalDate from;
        @Option(names = "--to", paramLabel = "YYYY-MM-DD")
        LocalDate to;
        @Option(names = "--by", paramLabel = "day|period", defaultValue = "day")
        String by;
        @Option(names = "--run", paramLabel = "JR-…", description = "Export this run's records instead.")
        String run;

        @Override
        int run(Services s) {
            if (file == null) {
                throw new ValidationException("--file", "is required");
            }
            if (run != null) {
                s.journal().exportRun(run, file, format());
                print(Map.of("run", run.trim(), "file", file.toString()), List.of("Wrote " + run.trim() + " to "
                        + file + "."));
            } else {
                int n = s.journal().export(file, format(), from, to, grouping(by));
                print(Map.of("entries", n, "file", file.toString()), List.of("Wrote " + n + (n == 1 ? " entry"
                        : " entries") + " to " + file + "."));
            }
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Take every record not yet transferred, dated up to --through, into a new journal run"
                    + " (JR-…): they are Processing until the run is marked.")
    static final class Run extends Writing {
        @Option(names = "--through", paramLabel = "YYYY-MM-DD", required = true)
        LocalDate through;

        @Override
        int run(Services s) {
            JournalService.RunResult r = s.journal().run(through, file, format());
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("run", r.number());
            head.put("records", r.records());
            if (file != null) {
                head.put("file", file.toString());
            }
            List<String> text = new ArrayList<>();
            text.add(r.number() + ": " + r.records() + (r.records() == 1 ? " record" : " records")
                    + (file == null ? "" : ", written to " + file) + ". Mark it once the ledger took it: settle"
                    + " journal mark " + r.number() + " --transferred");
            r.entries().forEach(e -> text.add(line(e)));
            List<Object> json = new ArrayList<>();
            r.entries().forEach(e -> json.add(entry(e)));
            head.put("entries", json);
            print(head, text);
            return 0;
        }
    }

    @Command(name = "mark", mixinStandardHelpOptions = true,
            description = "Mark a run Transferred, or Error with a note (its records go to the next run).")
    static final class Mark extends Sub {
        @Parameters(paramLabel = "JR-…")
        String number;
        @Option(names = "--transferred", description = "The ledger took the run.")
        boolean transferred;
        @Option(names = "--error", paramLabel = "NOTE", description = "The run failed: what went wrong.")
        String error;

        @Override
        int run(Services s) {
            if (transferred == (error != null)) {
                throw new ValidationException("--transferred", "or --error NOTE is required"
                        + " (one of them)");
            }
            s.journal().mark(number, transferred, error);
            String status = transferred ? JournalRun.TRANSFERRED : JournalRun.ERROR;
            print(Map.of("run", number.trim(), "status", status), List.of(number.trim() + " marked " + status + "."));
            return 0;
        }
    }

    @Command(name = "ignore", mixinStandardHelpOptions = true,
            description = "Keep a payment, posted document, payment refund or write-off (and its cancellation or"
                    + " reversal) out of every journal run: TransferredToAccounting = Ignore.")
    static final class Ignore extends Sub {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Override
        int run(Services s) {
            int n = s.journal().ignore(number);
            print(Map.of("ignored", number.trim(), "records", n), List.of(number.trim() + " is left out of every"
                    + " journal run (" + (n == 0 ? "it already was" : n == 1 ? "1 journal record" : n
                    + " journal records") + ")."));
            return 0;
        }
    }

    @Command(name = "runs", mixinStandardHelpOptions = true, description = "Every journal run, newest first.")
    static final class Runs extends Sub {
        @Override
        int run(Services s) {
            List<Object> json = new ArrayList<>();
            List<String> text = new ArrayList<>();
            for (JournalRun r : s.journal().runs()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("run", r.number());
                m.put("through", r.through().toString());
                m.put("status", r.status());
                m.put("records", r.records());
                m.put("note", r.note());
                m.put("createdBy", r.createdBy());
                m.put("createdAt", r.createdAt().toString());
                json.add(m);
                text.add(String.format("%s  through %s  %-11s %6d records  %s%s", r.number(), r.through(), r.status(),
                        r.records(), r.createdBy(), r.note() == null ? "" : "  " + r.note()));
            }
            print(json, text);
            return 0;
        }
    }
}
