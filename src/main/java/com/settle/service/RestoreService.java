package com.settle.service;

import com.settle.domain.model.Permission;
import com.settle.store.BackupArchive;
import com.settle.store.Backups;
import com.settle.store.BooksQueries;
import com.settle.store.Database;
import com.settle.store.DatabaseException;
import com.settle.store.DatabaseException.Kind;
import com.settle.store.keys.FileKey;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restoring a backup over a closed company file, checked completely before anything is replaced: the current
 * file must not be open in another Settle and the user must be allowed to restore; the backup is unpacked
 * into a scratch folder beside the file, must open as a Settle database of a schema this version knows and
 * must pass Verify books. Only then is the current file kept as a "before-restore" backup and the checked
 * file swapped in by one atomic rename. Every refusal leaves the current file untouched.
 */
public final class RestoreService {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);

    /** What a restore did: where the replaced file was kept (or null), and whether the books balance. */
    public record Restored(Path before, boolean balanced) {
    }

    /** The share of a restore's progress that unpacks the backup; its books' check takes the rest. */
    private static final double UNPACKED = 0.1;

    private final Clock clock;
    private FileKey key;

    public RestoreService(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param zip      the backup
     * @param target   the company file to replace (closed by this process), or a new path
     * @param username who restores: needs the settings permission in the current file, or in the backup when
     *                 the current file is missing or damaged
     */
    public Restored restore(Path zip, Path target, String username) {
        return restore(zip, target, username, null);
    }

    /**
     * As {@link #restore(Path, Path, String)}, for a protected company: {@code key} (the signed-in session's
     * file key) opens the current file and the backup, which carries its keys file, so the restored file
     * opens with the same passwords.
     */
    public Restored restore(Path zip, Path target, String username, FileKey key) {
        return restore(zip, target, username, key, p -> { }, () -> false);
    }

    /**
     * As {@link #restore(Path, Path, String, FileKey)}, saying how far it is (0 to 1: unpacking and checking the
     * backup, then its books verified) and stopping before the swap, the file untouched, once {@code canceled} says
     * so (at the next step of the check).
     */
    public Restored restore(Path zip, Path target, String username, FileKey key, DoubleConsumer progress,
                            BooleanSupplier canceled) {
        this.key = key;
        Path file = target.toAbsolutePath().normalize();
        Path scratch = scratchBeside(file);
        try {
            progress.accept(0);
            Path unpacked = BackupArchive.unpack(zip, scratch, "restored");
            stopIf(canceled, file);
            progress.accept(UNPACKED);
            requireNotOpen(file);
            boolean currentChecked = checkCurrent(file, username);
            checkBackup(zip, file, unpacked, username, !currentChecked,
                    f -> progress.accept(UNPACKED + (1 - UNPACKED) * f), canceled);
            stopIf(canceled, file);
            progress.accept(1);
            requireNotOpen(file);
            Path before = Backups.swapIn(unpacked, file);
            LOG.info("Restored {} from {} (previous file kept in {})", file, zip, before);
            return new Restored(before, true);
        } catch (DatabaseException e) {
            throw untouched(file, e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    /**
     * The current file, when there is one, must not be in use and the user must be allowed to restore. A
     * file that does not open because it is damaged may be restored over (that is what a restore is for):
     * then the permission is checked in the backup. Returns whether the permission was checked here.
     */
    private boolean checkCurrent(Path file, String username) {
        if (!Files.exists(file)) {
            return false;
        }
        try (Database current = Database.open(file, Database.Mode.READ_ONLY, key)) {
            new Services(current.dsl(), username, clock).user().require(Permission.SETTINGS_EDIT, "restore backups");
            return true;
        } catch (DatabaseException e) {
            if (e.kind() == Kind.DAMAGED) {
                LOG.warn("Restoring over a file that does not open: {}", e.getMessage());
                return false;
            }
            throw untouched(file, e);
        } catch (ServiceException e) {
            throw new ServiceException(e.getMessage() + " " + file + " was left untouched.", e);
        }
    }

    /** Stops a restore the clerk canceled, before anything was changed. */
    private static void stopIf(BooleanSupplier canceled, Path file) {
        if (canceled.getAsBoolean()) {
            throw new Canceled(file);
        }
    }

    /** A restore canceled before the swap: the company file was not touched. */
    public static final class Canceled extends ServiceException {
        Canceled(Path file) {
            super("The restore was canceled before the backup's books were checked; " + file.getFileName()
                    + " was left as it was.");
        }
    }

    /** The backup must open as a Settle database this version knows, allow the user to restore, and balance. */
    private void checkBackup(Path zip, Path file, Path unpacked, String username, boolean permissionFromBackup,
                             DoubleConsumer progress, BooleanSupplier canceled) {
        int version;
        try {
            version = Database.schemaVersion(unpacked, key);
        } catch (DatabaseException e) {
            throw refused(zip, "does not hold a Settle database that opens: " + reason(e), e);
        }
        if (version < 0) {
            throw refused(zip, "holds another program's database, not a Settle company", null);
        }
        if (version > Database.SCHEMA_VERSION) {
            throw refused(zip, "was made by a newer Settle (version " + version + "); install that version to"
                    + " restore it", null);
        }
        Database restored;
        try {
            restored = Database.open(unpacked, Database.Mode.EXISTING, key);
        } catch (DatabaseException e) {
            throw refused(zip, "does not hold a Settle database that opens: " + reason(e), e);
        }
        try (restored) {
            if (permissionFromBackup) {
                try {
                    new Services(restored.dsl(), username, clock).user().require(Permission.SETTINGS_EDIT,
                            "restore backups");
                } catch (ServiceException e) {
                    throw new ServiceException("The backup " + zip.getFileName() + ": " + e.getMessage() + " " + file
                            + " was left untouched.", e);
                }
            }
            VerifyService.Report books;
            try {
                books = new VerifyService(new Transactions(restored.dsl()), new BooksQueries()).verify(progress,
                        canceled);
            } catch (VerifyService.Canceled e) {
                throw new Canceled(file);
            }
            if (!books.balanced()) {
                throw refused(zip, "holds books that do not balance (" + books.differences().size()
                        + " differences); choose an earlier backup", null);
            }
        }
    }

    /** The last check before the swap: no other Settle may have opened the file meanwhile. */
    private static void requireNotOpen(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
             FileLock lock = ch.tryLock()) {
            if (lock == null) {
                throw inUse(file);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(file);
        } catch (IOException e) {
            throw new DatabaseException("Cannot restore over " + file + ": " + e.getMessage(), e);
        }
    }

    private static DatabaseException inUse(Path file) {
        return new DatabaseException(Kind.IN_USE, "Settle is already open on " + file
                + ". Close the other Settle window or command first.", null);
    }

    private static Path scratchBeside(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return Files.createTempDirectory(file.getParent(), ".restore-");
        } catch (IOException e) {
            throw new DatabaseException("Cannot restore into " + file.getParent() + ": " + e.getMessage()
                    + ". Nothing was changed.", e);
        }
    }

    private static DatabaseException refused(Path zip, String why, Throwable cause) {
        return new DatabaseException(Kind.DAMAGED, "Cannot restore from " + zip + ": it " + why + ".", cause);
    }

    /** The refusal, ending with what happened to the current file. */
    private static DatabaseException untouched(Path file, DatabaseException e) {
        String m = e.getMessage();
        if (m.contains("left untouched")) {
            return e;
        }
        return new DatabaseException(e.kind(), m + (m.endsWith(".") ? "" : ".") + " " + file
                + (Files.exists(file) ? " was left untouched." : " was not created."), e);
    }

    private static String reason(DatabaseException e) {
        return switch (e.kind()) {
            case DAMAGED -> "the database in it is damaged";
            case FOREIGN -> "it is another program's database";
            case DISK_FULL -> "the disk is full";
            default -> e.getMessage();
        };
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> left = Files.walk(folder)) {
            left.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete the scratch folder {}", folder, e);
        }
    }
}
