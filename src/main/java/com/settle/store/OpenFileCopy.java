package com.settle.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.db.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the file of an open company as it stands at one moment, the way H2's own {@code BACKUP} does: what is
 * committed is written out, H2 stops reusing space (it then only appends, so the bytes in the file stay as they
 * are) and the file is read to its end. Settle's writes wait meanwhile, so the copy is the books at that moment.
 * The file is read through a channel of our own; where the system refuses a second reader of the open file
 * (Windows locks it), H2 reads it for us through its own.
 */
final class OpenFileCopy {

    private static final Logger LOG = LoggerFactory.getLogger(OpenFileCopy.class);

    /** False to take H2's reader, as on a system that refuses a second one (tests). */
    static boolean ownReader = true;

    private OpenFileCopy() {
    }

    /**
     * Adds the open file to {@code zip} as {@code entry}; {@code atTheMoment} runs once all that is committed is in
     * the file and before anything more can be, so what it reads (and returns) describes the copy.
     */
    static <T> T into(Database database, StoredZip zip, String entry, Supplier<T> atTheMoment) throws IOException {
        Lock writes = Database.writeLock(database.dsl());
        writes.lock();
        try {
            Store store = store(database);
            store.flush();
            T seen = atTheMoment.get();
            FileStore<?> files = store.getMvStore().getFileStore();
            boolean reused = files.isSpaceReused();
            files.setReuseSpace(false);
            try {
                copy(database, files, zip, entry);
            } finally {
                files.setReuseSpace(reused);
            }
            return seen;
        } finally {
            writes.unlock();
        }
    }

    private static void copy(Database database, FileStore<?> files, StoredZip zip, String entry) throws IOException {
        if (ownReader) {
            try (FileChannel in = FileChannel.open(database.file(), StandardOpenOption.READ)) {
                if (readable(in)) {
                    zip.add(entry, in, Long.MAX_VALUE);
                    return;
                }
            }
        }
        try (StoredZip.Entry out = zip.begin(entry); Tap tap = new Tap(out)) {
            files.backup(tap);
        }
    }

    private static boolean readable(FileChannel in) {
        try {
            in.read(ByteBuffer.allocate(1), 0);
            return true;
        } catch (IOException e) {
            LOG.info("The open file cannot be read beside H2 ({}); H2 reads it for the backup", e.getMessage());
            return false;
        }
    }

    private static Store store(Database database) {
        Session session = database.dsl().connectionResult(c -> c.unwrap(JdbcConnection.class).getSession());
        if (!(session instanceof SessionLocal local)) {
            throw new IllegalStateException("The company file is not open in this program");
        }
        return local.getDatabase().getStore();
    }

    /** Takes the bytes H2's backup writes (one entry, the file) into an entry of our zip, stored as they are. */
    private static final class Tap extends ZipOutputStream {
        private final OutputStream entry;

        Tap(OutputStream entry) {
            super(OutputStream.nullOutputStream());
            this.entry = entry;
        }

        @Override
        public void putNextEntry(ZipEntry e) {
            // The entry is ours already, under the name the backup gives it.
        }

        @Override
        public void write(int b) throws IOException {
            entry.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            entry.write(b, off, len);
        }

        @Override
        public void closeEntry() {
            // Ended by the caller.
        }

        @Override
        public void finish() {
            // Nothing of its own to write.
        }

        @Override
        public void close() {
            // The entry is closed by the caller.
        }
    }
}
