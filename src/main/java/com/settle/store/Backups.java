package com.settle.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the database file: a zip H2 writes from a consistent snapshot while the file is open
 * ({@code BACKUP TO}), kept in a {@code backups} folder beside the file; and restoring one over a closed
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

    /** Writes a backup of the open database to {@code target} (a .zip), from one consistent snapshot. */
    public static Path backup(Database database, Path target) {
        Path zip = target.toAbsolutePath();
        try {
            if (zip.getParent() != null) {
                Files.createDirectories(zip.getParent());
            }
            Path part = zip.resolveSibling(zip.getFileName() + ".part");
            Files.deleteIfExists(part);
            database.dsl().execute("BACKUP TO '" + part.toString().replace("'", "''") + "'");
            // Written beside, then moved: a backup that is there is whole.
            Files.move(part, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Backed up {} to {}", database.file(), zip);
            return zip;
        } catch (IOException | RuntimeException e) {
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
     * Replaces the (closed) database file with the one in {@code zip}, after backing up the file it
     * replaces ("before-restore"); returns that backup, or null when there was no file to keep. The zip
     * is checked first: one without a database in it changes nothing.
     */
    public static Path restore(Path zip, Path databaseFile) {
        Path target = databaseFile.toAbsolutePath();
        String name = target.getFileName().toString().replace(Database.FILE_SUFFIX, "");
        try {
            if (!Files.isRegularFile(zip)) {
                throw new DatabaseException(zip + " does not exist. Choose a backup file (.zip).", null);
            }
            boolean hasDatabase;
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
                hasDatabase = z.stream().anyMatch(e -> e.getName().endsWith(Database.FILE_SUFFIX));
            } catch (IOException e) {
                throw new DatabaseException(zip + " is not a Settle backup (not a zip file). Choose a backup"
                        + " made by Settle.", e);
            }
            if (!hasDatabase) {
                throw new DatabaseException(zip + " holds no database. Choose a backup made by Settle.", null);
            }
            // Unpacked beside the file first: a zip that does not unpack leaves the current file alone.
            Files.createDirectories(target.getParent());
            Path unpacked = Files.createTempDirectory(target.getParent(), ".restore");
            try {
                org.h2.tools.Restore.execute(zip.toString(), unpacked.toString(), name);
                Path restored = unpacked.resolve(name + Database.FILE_SUFFIX);
                if (!Files.isRegularFile(restored)) {
                    throw new DatabaseException(zip + " holds no database. Choose a backup made by Settle.", null);
                }
                Path before = null;
                if (Files.exists(target)) {
                    before = next(target, "before-restore");
                    Files.createDirectories(before.getParent());
                    org.h2.tools.Backup.execute(before.toString(), target.getParent().toString(), name, true);
                }
                Files.move(restored, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                LOG.info("Restored {} from {} (previous file kept in {})", target, zip, before);
                return before;
            } finally {
                try (Stream<Path> left = Files.walk(unpacked)) {
                    left.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        } catch (IOException | java.sql.SQLException e) {
            throw new DatabaseException("Cannot restore " + zip + ": " + firstLine(e), e);
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
