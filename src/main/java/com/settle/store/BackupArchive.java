package com.settle.store;

import com.settle.domain.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a backup zip as Settle writes it (one entry: the database file) into a scratch folder, refusing
 * anything else before it can do harm: entries that would land outside the folder, extra entries, an empty
 * database, and a file that unpacks to more than the disk can spare (a zip bomb fills nothing).
 */
public final class BackupArchive {

    /** Space left free on the disk whatever a backup claims to need. */
    static final long RESERVE = 64L * 1024 * 1024;

    private BackupArchive() {
    }

    /**
     * Unpacks the database in {@code zip} into {@code scratch} as {@code name.mv.db}.
     *
     * @return the unpacked file
     * @throws DatabaseException naming what is wrong with the zip; the scratch folder may hold a partial file
     */
    public static Path unpack(Path zip, Path scratch, String name) {
        long limit;
        try {
            limit = Math.max(0, Files.getFileStore(scratch).getUsableSpace() - RESERVE);
        } catch (IOException e) {
            throw refused(zip, "cannot be unpacked here (" + e.getMessage() + ")", e);
        }
        return unpack(zip, scratch, name, limit);
    }

    /** As {@link #unpack(Path, Path, String)}, writing at most {@code limit} bytes. */
    static Path unpack(Path zip, Path scratch, String name, long limit) {
        if (!Files.isRegularFile(zip)) {
            throw refused(zip, Files.isDirectory(zip) ? "is a folder, not a backup file" : "does not exist", null);
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry database = onlyDatabaseEntry(zip, z);
            if (database.getSize() > limit) {
                throw refused(zip, "unpacks to " + database.getSize() + " bytes, more than the disk can spare ("
                        + limit + " bytes)", null);
            }
            Path target = scratch.resolve(name + Database.FILE_SUFFIX);
            long written;
            CRC32 sum = new CRC32();
            try (InputStream in = new CheckedInputStream(z.getInputStream(database), sum);
                 OutputStream out = Files.newOutputStream(target)) {
                written = copyAtMost(in, out, limit);
            }
            if (written < 0) {
                throw refused(zip, "unpacks to more than the disk can spare (" + limit + " bytes); it is damaged or"
                        + " not a Settle backup", null);
            }
            if (written == 0) {
                throw refused(zip, "holds an empty database (0 bytes)", null);
            }
            if (database.getCrc() != -1 && sum.getValue() != database.getCrc()) {
                throw refused(zip, "is damaged (the database in it does not match its check sum)", null);
            }
            // The keys file of a protected company, when the backup has one, beside the database it opens.
            for (var entries = z.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                if (!e.isDirectory() && e.getName().endsWith(".keys") && e.getSize() < 1_000_000) {
                    try (InputStream in = z.getInputStream(e)) {
                        Files.write(scratch.resolve(name + ".keys"), in.readNBytes(1_000_000));
                    }
                }
            }
            return target;
        } catch (IOException e) {
            if (DiskFull.isCause(e)) {
                throw refused(zip, "does not fit on the disk", e);
            }
            throw refused(zip, "is not a zip file", e);
        }
    }

    /** The one entry a Settle backup holds; anything else is refused. */
    private static ZipEntry onlyDatabaseEntry(Path zip, ZipFile z) {
        List<String> others = new ArrayList<>();
        ZipEntry database = null;
        int keys = 0;
        for (var entries = z.entries(); entries.hasMoreElements(); ) {
            ZipEntry e = entries.nextElement();
            String name = e.getName();
            if (escapes(name)) {
                throw refused(zip, "has an entry (" + Printable.of(name) + ") that points outside the folder it"
                        + " unpacks to", null);
            }
            if (!e.isDirectory() && name.endsWith(Database.FILE_SUFFIX) && database == null) {
                database = e;
            } else if (!e.isDirectory() && name.endsWith(".keys") && !name.contains("/") && keys++ == 0) {
                continue;
            } else {
                others.add(Printable.of(name));
            }
        }
        if (database == null) {
            throw refused(zip, "holds no database", null);
        }
        if (!others.isEmpty()) {
            throw refused(zip, "holds files a Settle backup does not (" + String.join(", ", others.subList(0,
                    Math.min(3, others.size()))) + (others.size() > 3 ? ", …" : "") + ")", null);
        }
        return database;
    }

    /** True for a name that is absolute, has a drive, or climbs out with {@code ..}. */
    static boolean escapes(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Copies, stopping past {@code limit} bytes; returns the bytes copied, or -1 when the limit was passed. */
    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limit) {
                return -1;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static DatabaseException refused(Path zip, String why, Throwable cause) {
        return new DatabaseException(DatabaseException.Kind.DAMAGED, "Cannot restore from " + zip + ": it " + why
                + ". Choose a backup made by Settle.", cause);
    }
}
