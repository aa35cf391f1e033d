package com.settle.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The one check of a file Settle is about to write (an export, a backup): never a folder, never a company
 * file or its lock or trace file, never an existing file unless the clerk said to replace it. The writing
 * itself goes to a temporary file beside the target that is moved into place at the end.
 */
public final class OutputTarget {

    private static final List<String> COMPANY_FILES = List.of(".mv.db", ".lock.db", ".trace.db",
            ".mv.db.part", ".tempFile");

    private OutputTarget() {
    }

    /** The check every writer makes itself: no folder, no company file; replacing is the caller's decision. */
    public static Path checkWritable(Path target) {
        return check("File", target, null, true);
    }

    /**
     * @param field     the option or field that named the target, for the message ("--to", "File")
     * @param target    the file to write
     * @param company   the open company file, or null
     * @param overwrite whether an existing file may be replaced
     * @return the target as an absolute path
     * @throws ValidationException naming the field and why; nothing was written
     */
    public static Path check(String field, Path target, Path company, boolean overwrite) {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new ValidationException(field, abs + " is a folder; name a file in it");
        }
        String name = abs.getFileName() == null ? "" : abs.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean companyName = COMPANY_FILES.stream().anyMatch(name::endsWith);
        if (companyName || (company != null && sameFile(abs, company))) {
            throw new ValidationException(field, abs + " is a company file (or its lock or trace file); it was"
                    + " left untouched. Choose another name, for example one ending in .csv or .zip");
        }
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ValidationException(field, "names a folder that does not exist (" + parent + ")");
        }
        if (Files.exists(abs) && !overwrite) {
            throw new ValidationException(field, abs + " already exists; add --overwrite to replace it, or choose"
                    + " another name");
        }
        return abs;
    }

    private static boolean sameFile(Path a, Path company) {
        try {
            return Files.exists(a) && Files.exists(company) && Files.isSameFile(a, company);
        } catch (IOException e) {
            return false;
        }
    }
}
