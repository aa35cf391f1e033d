package com.settle.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes a zip whose entries are stored as they are, not compressed: a backup is then a copy of the company
 * file's bytes with a check sum, about as quick as copying the file (deflating 660 MB took over a minute). Every
 * entry carries ZIP64 sizes, so a file past 4 GB needs no other path; any zip reader opens the result.
 */
final class StoredZip implements AutoCloseable {

    private static final int BUFFER = 1 << 20;
    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int END64 = 0x06064b50;
    private static final int END64_LOCATOR = 0x07064b50;
    /** ZIP64 ("version 4.5"), needed to read the 8-byte sizes. */
    private static final short VERSION = 45;
    /** Bit 11: names are UTF-8. */
    private static final short UTF8 = 0x0800;
    private static final int MAGIC = 0xFFFFFFFF;

    private final FileChannel out;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
    private final List<Written> written = new ArrayList<>();
    private final int dosTime;
    private final int dosDate;

    private record Written(byte[] name, long offset, long size, long crc) {
    }

    private StoredZip(FileChannel out, LocalDateTime now) {
        this.out = out;
        this.dosTime = now.getHour() << 11 | now.getMinute() << 5 | now.getSecond() / 2;
        this.dosDate = Math.max(0, now.getYear() - 1980) << 9 | now.getMonthValue() << 5 | now.getDayOfMonth();
    }

    /** A new zip at {@code file}, replacing what is there (callers write to a part file and move it). */
    static StoredZip create(Path file) throws IOException {
        return new StoredZip(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), LocalDateTime.now());
    }

    /** Adds an entry of the first {@code size} bytes of {@code source} (fewer when it is shorter). */
    void add(String name, FileChannel source, long size) throws IOException {
        try (Entry e = begin(name)) {
            e.copy(source, size);
        }
    }

    /** Adds an entry holding {@code data}. */
    void add(String name, byte[] data) throws IOException {
        try (Entry e = begin(name)) {
            e.write(data, 0, data.length);
        }
    }

    /** Starts an entry; its bytes are written to what this returns, and closing it ends the entry. */
    Entry begin(String name) throws IOException {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        long offset = out.position();
        ByteBuffer h = header(30 + bytes.length + 20);
        h.putInt(LOCAL).putShort(VERSION).putShort(UTF8).putShort((short) 0).putShort((short) dosTime)
                .putShort((short) dosDate).putInt(0).putInt(MAGIC).putInt(MAGIC).putShort((short) bytes.length)
                .putShort((short) 20).put(bytes).putShort((short) 1).putShort((short) 16).putLong(0).putLong(0);
        writeFully(h.flip());
        return new Entry(bytes, offset);
    }

    /** Writes the directory and the end records with {@code comment}; the zip is then whole. */
    void finish(String comment) throws IOException {
        byte[] text = comment.getBytes(StandardCharsets.UTF_8);
        if (text.length > 0xFFFF) {
            throw new IllegalArgumentException("A zip comment holds at most 65,535 bytes");
        }
        long directory = out.position();
        for (Written w : written) {
            ByteBuffer c = header(46 + w.name.length + 28);
            c.putInt(CENTRAL).putShort(VERSION).putShort(VERSION).putShort(UTF8).putShort((short) 0)
                    .putShort((short) dosTime).putShort((short) dosDate).putInt((int) w.crc).putInt(MAGIC)
                    .putInt(MAGIC).putShort((short) w.name.length).putShort((short) 28).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0).putInt(MAGIC).put(w.name)
                    .putShort((short) 1).putShort((short) 24).putLong(w.size).putLong(w.size).putLong(w.offset);
            writeFully(c.flip());
        }
        long end64 = out.position();
        ByteBuffer e = header(56 + 20 + 22 + text.length);
        e.putInt(END64).putLong(44).putShort(VERSION).putShort(VERSION).putInt(0).putInt(0)
                .putLong(written.size()).putLong(written.size()).putLong(end64 - directory).putLong(directory);
        e.putInt(END64_LOCATOR).putInt(0).putLong(end64).putInt(1);
        e.putInt(END).putShort((short) 0).putShort((short) 0).putShort((short) 0xFFFF).putShort((short) 0xFFFF)
                .putInt(MAGIC).putInt(MAGIC).putShort((short) text.length).put(text);
        writeFully(e.flip());
        out.force(true);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static ByteBuffer header(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void writeFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            out.write(b);
        }
    }

    private void writeAt(ByteBuffer b, long position) throws IOException {
        for (long at = position; b.hasRemaining(); ) {
            at += out.write(b, at);
        }
    }

    /** The bytes of one entry as they are written; closing it puts its size and check sum in its header. */
    final class Entry extends OutputStream {
        private final byte[] name;
        private final long offset;
        private final CRC32 crc = new CRC32();
        private long size;

        private Entry(byte[] name, long offset) {
            this.name = name;
            this.offset = offset;
            buffer.clear();
        }

        /** Copies up to {@code limit} bytes of {@code source} from its start. */
        void copy(FileChannel source, long limit) throws IOException {
            drain();
            for (long at = 0; at < limit; ) {
                buffer.clear().limit((int) Math.min(BUFFER, limit - at));
                int n = source.read(buffer, at);
                if (n < 0) {
                    break;
                }
                at += n;
                drain();
            }
        }

        @Override
        public void write(int b) throws IOException {
            if (!buffer.hasRemaining()) {
                drain();
            }
            buffer.put((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (!buffer.hasRemaining()) {
                    drain();
                }
                int n = Math.min(len, buffer.remaining());
                buffer.put(b, off, n);
                off += n;
                len -= n;
            }
        }

        private void drain() throws IOException {
            buffer.flip();
            size += buffer.remaining();
            crc.update(buffer.duplicate());
            writeFully(buffer);
            buffer.clear();
        }

        @Override
        public void close() throws IOException {
            drain();
            long end = out.position();
            writeAt(header(4).putInt((int) crc.getValue()).flip(), offset + 14);
            writeAt(header(16).putLong(size).putLong(size).flip(), offset + 30 + name.length + 4);
            out.position(end);
            written.add(new Written(name, offset, size, crc.getValue()));
        }
    }
}
