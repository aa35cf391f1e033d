package com.settle.service;

import com.settle.domain.ValidationException;
import com.settle.domain.model.ImportBatchSummary;
import com.settle.service.ImportService.ImportRefused;
import com.settle.service.ImportService.Options;
import com.settle.service.ImportService.Report;
import com.settle.service.RowImport.Source;
import com.settle.service.RowImport.Writing;
import com.settle.store.ImportBatchRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Runs one import in one transaction: a checking pass over the file (every row read and checked, every
 * source reference looked up), then, when nothing is wrong, a writing pass that reads the file again and
 * writes its records in chunks. Memory holds one chunk and the file's references, never the file. A dry
 * run is the same two passes with the writing pass only listing.
 */
final class ImportRun {

    static final int CHUNK = 2_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What a run created (or would create): counted, the first {@link #LISTED} kept to show. */
    static final class Created {
        static final int LISTED = 200;
        private final List<String> listed = new ArrayList<>();
        private long count;

        void add(String line) {
            count++;
            if (listed.size() < LISTED) {
                listed.add(line);
            }
        }

        long count() {
            return count;
        }

        List<String> listed() {
            return List.copyOf(listed);
        }
    }

    private final Transactions tx;
    private final ImportBatchRepository batches;
    private final Lookups lookups;
    private final UserContext user;
    private final Clock clock;

    ImportRun(Transactions tx, ImportBatchRepository batches, Lookups lookups, UserContext user, Clock clock) {
        this.tx = tx;
        this.lookups = lookups;
        this.batches = batches;
        this.user = user;
        this.clock = clock;
    }

    <T> Report run(Path file, Options options, RowImport<T> kind) {
        return tx.inBulkTransaction(t -> {
            kind.prepare(t);
            ImportRow.Closed closed = new ImportRow.Closed(lookups.closingPolicy(), lookups.closedThrough(t));
            ImportProblems problems = new ImportProblems();
            SourceKeys keys = new SourceKeys(batches, kind.target(), kind.noun(), options.skipExisting());
            long[] rows = {0};
            String sha = ImportFile.stream(file, kind.required(), kind.optional(), problems, row -> {
                rows[0]++;
                ImportRow c = new ImportRow(row, problems, closed);
                T r = kind.read(t, c, true);
                if (r != null && !c.bad()) {
                    Source s = kind.source(r);
                    keys.check(t, c, s, s.reference() == null ? kind.fingerprint(r) : null, problems);
                }
            });
            keys.flush(t, problems);
            sameFile(t, file, kind, sha);
            if (problems.any()) {
                throw new ImportRefused(file, problems.count(), problems.listed(), problems.onlyRepeats());
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            long batchId = options.dryRun() ? 0 : batches.insert(t, kind.kind(), file.getFileName().toString(), sha,
                    user.userId(), now).getId();
            Writing w = new Writing(options.dryRun(), batchId, user.userId(), now, new Created());
            kind.beforeWrite(t, w, keys.skipped());
            keys.startPass();
            List<T> chunk = new ArrayList<>(CHUNK);
            List<String> references = new ArrayList<>(CHUNK);
            ImportProblems none = new ImportProblems();
            String again = ImportFile.stream(file, kind.required(), kind.optional(), none, row -> {
                ImportRow c = new ImportRow(row, none, closed);
                T r = kind.read(t, c, false);
                if (r == null) {
                    return;
                }
                Source s = kind.source(r);
                String reference = s.continues() || s.reference() != null ? s.reference()
                        : keys.reference(s, kind.fingerprint(r));
                if (keys.skipped().contains(SourceKeys.key(s, reference))) {
                    return;
                }
                chunk.add(r);
                references.add(reference);
                if (chunk.size() >= CHUNK) {
                    kind.write(t, chunk, references, w);
                    chunk.clear();
                    references.clear();
                }
            });
            if (!again.equals(sha) || none.any()) {
                throw new ValidationException(file.getFileName().toString(), "changed while it was being imported;"
                        + " nothing was stored. Import it again once no program is writing to it");
            }
            if (!chunk.isEmpty()) {
                kind.write(t, chunk, references, w);
            }
            kind.finish(t, w);
            ImportRun.Created skipped = keys.skippedLines();
            String batch = null;
            if (!options.dryRun()) {
                if (w.created().count() == 0) {
                    throw new ValidationException(file.getFileName().toString(), "has nothing new: every row was"
                            + " already imported (" + skipped.count() + " skipped); nothing was stored");
                }
                batches.counts(t, batchId, rows[0], w.created().count(), skipped.count());
                batch = batches.summary(t, batchId).number();
            }
            return new Report(rows[0], w.created().count(), w.created().listed(), skipped.count(), skipped.listed(),
                    options.dryRun(), batch);
        });
    }

    /** Refuses a file whose very bytes were imported as the same kind before (and not undone). */
    private void sameFile(DSLContext t, Path file, RowImport<?> kind, String sha) {
        Optional<ImportBatchSummary> before = batches.importedWithContent(t, kind.kind(), sha);
        if (before.isPresent()) {
            ImportBatchSummary b = before.get();
            throw new ValidationException(file.getFileName().toString(), "was already imported on "
                    + WHEN.format(b.importedAt().toLocalDateTime()) + " by " + b.importedBy() + " as " + b.number()
                    + " (" + b.created() + " " + kind.noun() + (b.created() == 1 ? "" : "s") + " from "
                    + b.fileName() + "); nothing was stored. To import it again, undo " + b.number() + " first");
        }
    }
}
