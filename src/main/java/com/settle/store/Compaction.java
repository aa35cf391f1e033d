package com.settle.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jooq.DSLContext;

/**
 * Keeping a company file compact. H2 writes changes to new space in the file and reuses old space only in part,
 * so a file that saw large imports or many changes holds much dead space. Compacting rewrites only the live data
 * (H2 writes it to a temporary file and moves it into place). Worth it when the file is large and mostly dead.
 */
public final class Compaction {

    /** Below this the file is small enough to leave alone. */
    static final long SMALLEST = 32L * 1024 * 1024;
    /** Compact when less than this share of the file's chunks is live data, in percent. */
    static final int FILL_RATE = 60;

    private Compaction() {
    }

    /** How the file's size moved. */
    public record Sizes(long before, long after) {
    }

    /** True when compacting would pay: a large file whose chunks are mostly dead space. */
    public static boolean worthwhile(DSLContext t) {
        long size = setting(t, "info.FILE_SIZE");
        long fill = setting(t, "info.CHUNKS_FILL_RATE");
        return size >= SMALLEST && fill < FILL_RATE;
    }

    private static long setting(DSLContext t, String name) {
        String v = t.fetchOptional("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?",
                name).map(r -> r.get(0, String.class)).orElse("0");
        try {
            return Long.parseLong(v.replace("%", "").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The file's size on disk now. */
    public static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "451.2 MB", "634 KB": a file size as a clerk reads it. */
    public static String describe(long bytes) {
        if (bytes >= 1024L * 1024 * 1024) {
            return String.format("%.1f GB", bytes / (1024.0 * 1024 * 1024));
        }
        if (bytes >= 1024L * 1024) {
            return String.format("%.1f MB", bytes / (1024.0 * 1024));
        }
        return Math.max(1, bytes / 1024) + " KB";
    }
}
