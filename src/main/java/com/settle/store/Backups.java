package com.settle.store;

import com.settle.domain.OutputTarget;
import com.settle.domain.ValidationException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import com.settle.store.chain.HistoryChain;
import com.settle.store.keys.KeysFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the database file: a zip of the file as it stands at one moment while it is open, kept in a {@code backups} folder beside the file; and restoring one over a closed
 * file, after a backup of what it replaces.
 */
public final class Backups {

    /** How many automatic backups are kept; older ones are deleted. */
    public static final int KEEP = 10;
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private Backups() {
    }

    /** The folder the backups of {@code databaseFile} go to. */
    public static Path folder(Path databaseFile) {
        return databaseFile.toAbsolutePath().getParent().resolve("backups");
    }

    /** How a backup's comment begins; the history chain head follows. */
    public static final String MANIFEST = "Settle backup; history chain head ";

    /** Writes a backup of the open database to {@code target} (a .zip), from one consistent snapshot. */
    public static Path backup(Database database, Path target) {
        Path zip = target.toAbsolutePath();
        try {
            if (zip.getParent() != null) {
                Files.createDirectories(zip.getParent());
            }
            OutputTarget.check("File", zip, database.file(), true);
            Path part = zip.resolveSibling(zip.getFileName() + ".part");
            Files.deleteIfExists(part);
            write(database, part);
            // Written beside, then moved: a backup that is there is whole.
            Files.move(part, zip, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Backed up {} to {}", database.file(), zip);
            return zip;
        } catch (ValidationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (DiskFull.isCause(e)) {
                throw new DatabaseException(DatabaseException.Kind.DISK_FULL, "The disk for the backup " + zip
                        + " is full; no backup was written. Free some space and try again.", e);
            }
            throw new DatabaseException("Cannot write the backup " + zip + ": " + firstLine(e)
                    + ". Choose a folder you can write to, with free space.", e);
        }
    }

    /** The automatic backup (when the window closes): a new file in the backups folder, keeping the last {@link #KEEP}. */
    public static Path automatic(Database database) {
        Path zip = backup(database, next(database.file(), "auto"));
        prune(folder(database.file()), "auto", KEEP);
        return zip;
    }

    /**
     * The file as it stands, stored uncompressed (deflating the file took a minute at ten years' size); beside it
     * the keys file of a protected company (so the backup opens with the same passwords), and in the zip's comment
     * the history chain's head at that moment (so a later copy can be shown to carry the same history).
     */
    private static void write(Database database, Path part) throws IOException {
        Path keys = KeysFile.beside(database.file());
        try (StoredZip out = StoredZip.create(part)) {
            HistoryChain.Head head = OpenFileCopy.into(database, out, database.file().getFileName().toString(),
                    () -> HistoryChain.head(database.dsl()));
            if (Files.exists(keys)) {
                out.add(keys.getFileName().toString(), Files.readAllBytes(keys));
            }
            out.finish(MANIFEST + head.shortForm() + " (" + head.entries() + " entries)");
        }
    }

    /** A name for a new backup of {@code databaseFile}, e.g. {@code settle-auto-20261124-181502-120.zip}. */
    public static Path next(Path databaseFile, String kind) {
        String base = databaseFile.getFileName().toString().replace(Database.FILE_SUFFIX, "");
        return folder(databaseFile).resolve(base + "-" + kind + "-" + LocalDateTime.now().format(STAMP) + ".zip");
    }

    /** The backups of one kind in the folder, newest first. */
    public static List<Path> list(Path folder, String kind) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().contains("-" + kind + "-")
                            && p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void prune(Path folder, String kind, int keep) {
        List<Path> all = list(folder, kind);
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                LOG.warn("Could not delete the old backup {}", old, e);
            }
        }
    }

    /**
     * Puts {@code restored} (a checked database in a scratch folder beside {@code databaseFile}) in place of the
     * closed database file, after backing up the file it replaces ("before-restore"); returns that backup, or
     * null when there was no file to keep. The swap is one atomic rename: a crash leaves the old file or the new.
     */
    public static Path swapIn(Path restored, Path databaseFile) {
        Path target = databaseFile.toAbsolutePath();
        String name = target.getFileName().toString().replace(Database.FILE_SUFFIX, "");
        try {
            Path before = null;
            if (Files.exists(target)) {
                before = next(target, "before-restore");
                Files.createDirectories(before.getParent());
                Path part = before.resolveSibling(before.getFileName() + ".part");
                // The database file under its own name (and its keys), as every backup holds it, so it restores like one.
                try (StoredZip zip = StoredZip.create(part);
                     FileChannel in = FileChannel.open(target, StandardOpenOption.READ)) {
                    zip.add(name + Database.FILE_SUFFIX, in, Long.MAX_VALUE);
                    if (Files.exists(KeysFile.beside(target))) {
                        zip.add(KeysFile.beside(target).getFileName().toString(),
                                Files.readAllBytes(KeysFile.beside(target)));
                    }
                    zip.finish("");
                }
                Files.move(part, before, StandardCopyOption.ATOMIC_MOVE);
            }
            // The keys first: the passwords that open the restored file, when it is protected.
            Path restoredKeys = KeysFile.beside(restored);
            if (Files.exists(restoredKeys)) {
                Files.move(restoredKeys, KeysFile.beside(target), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(KeysFile.beside(target));
            }
            Files.move(restored, target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Restored {} (previous file kept in {})", target, before);
            return before;
        } catch (IOException e) {
            if (DiskFull.isCause(e)) {
                throw new DatabaseException(DatabaseException.Kind.DISK_FULL, "The disk holding " + target
                        + " is full; nothing was restored and the file was left untouched. Free some space and try"
                        + " again.", e);
            }
            throw new DatabaseException("Cannot restore over " + target + ": " + firstLine(e)
                    + ". It was left untouched.", e);
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
