package com.settle.service;

import com.settle.service.RowImport.Source;
import com.settle.store.ImportBatchRepository;
import com.settle.store.ImportBatchRepository.Existing;
import com.settle.store.ImportBatchRepository.Target;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The source references of one import file: each record's reference within its account must be new to the
 * file and to the books. A row without a reference is known by its fields (the same row imported again is
 * the same payment), numbered when the file has identical rows. Looks the references up in the books
 * a few hundred at a time; with {@code skipExisting} the ones found are skipped, otherwise refused.
 */
final class SourceKeys {

    private static final int LOOKUP = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private record Pending(long line, Source source, String reference, String key) {
    }

    private final ImportBatchRepository batches;
    private final Target target;
    private final String noun;
    private final boolean skipExisting;
    private final Map<String, Long> seen = new HashMap<>();
    private final Map<String, Integer> occurrences = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Set<String> skipped = new HashSet<>();
    private final ImportRun.Created skippedLines = new ImportRun.Created();

    SourceKeys(ImportBatchRepository batches, Target target, String noun, boolean skipExisting) {
        this.batches = batches;
        this.target = target;
        this.noun = noun;
        this.skipExisting = skipExisting;
    }

    /** Starts a pass over the file: identical rows are numbered afresh. */
    void startPass() {
        occurrences.clear();
    }

    /** The reference stored with the record: its own, or one made from the row's cells. */
    String reference(Source s, String fingerprint) {
        if (s.reference() != null) {
            return s.reference();
        }
        String digest = HexFormat.of().formatHex(sha256(fingerprint)).substring(0, 24);
        int n = occurrences.merge(s.accountId() + digest, 1, Integer::sum);
        return "row " + digest + " #" + n;
    }

    static String key(Source s, String reference) {
        return ImportBatchRepository.key(s.accountId(), reference);
    }

    /** Checks a record's reference in the checking pass (a continuing row is its record's, checked before). */
    void check(DSLContext t, ImportRow row, Source s, String fingerprint, ImportProblems problems) {
        if (s.continues()) {
            return;
        }
        String reference = reference(s, fingerprint);
        String key = key(s, reference);
        Long first = seen.putIfAbsent(key, row.line());
        if (first != null) {
            row.problem(s.column(), "'" + reference + "' is also on line " + first + (s.accountNumber() == null ? ""
                    : " for " + s.accountNumber()) + "; each " + noun + " needs its own " + s.column()
                    + ("SourceKey".equals(s.column()) ? "" : " (add a SourceKey column to tell them apart)"));
            return;
        }
        pending.add(new Pending(row.line(), s, reference, key));
        if (pending.size() >= LOOKUP) {
            flush(t, problems);
        }
    }

    /** Looks up the references still pending. */
    void flush(DSLContext t, ImportProblems problems) {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Existing> found = batches.existing(t, target,
                pending.stream().map(p -> p.source().accountId()).toList(),
                pending.stream().map(Pending::reference).toList());
        for (Pending p : pending) {
            Existing e = found.get(p.key()); // an account import's keys carry account 0, as the lookup's do
            if (e == null) {
                continue;
            }
            String account = p.source().accountNumber() == null ? "" : " for " + p.source().accountNumber();
            String what = p.source().reference() == null ? "this row" + account
                    : p.source().column() + " '" + p.reference() + "'" + account;
            String already = " was already imported as " + e.number() + (e.batch() == null ? "" : " (" + e.batch()
                    + " from " + e.fileName() + ", " + WHEN.format(e.importedAt().toLocalDateTime()) + " by "
                    + e.importedBy() + ")");
            if (skipExisting) {
                skipped.add(p.key());
                skippedLines.add("line " + p.line() + ": " + what + already);
            } else {
                // The problem names its column already: "line 3, Reference: 'WIRE-1' for A-… was already …".
                String said = p.source().reference() == null ? what : "'" + p.reference() + "'" + account;
                problems.add(new ImportService.Problem(p.line(), p.source().reference() == null ? "row"
                        : p.source().column(), said + already + "; remove the row, or import with \"Skip rows already"
                        + " imported\" (--skip-existing)", true));
            }
        }
        pending.clear();
    }

    /** The keys of records skipped as already imported. */
    Set<String> skipped() {
        return skipped;
    }

    ImportRun.Created skippedLines() {
        return skippedLines;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
