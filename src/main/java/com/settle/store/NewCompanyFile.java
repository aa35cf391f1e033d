package com.settle.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A company file being written whole (a team server's company exported to a file): it is made under a temporary
 * name beside the file the clerk named, and only moved to that name once it is complete and checked. A file already
 * at that name is never touched; a copy that fails or is abandoned leaves nothing behind.
 */
public final class NewCompanyFile implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final Database database;
    private boolean finished;

    private NewCompanyFile(Path target, Path temporary, Database database) {
        this.target = target;
        this.temporary = temporary;
        this.database = database;
    }

    /**
     * Starts a new company file to end up at {@code file} ({@code .mv.db} added when left out).
     *
     * @throws DatabaseException (Kind EXISTS) when a file is already there
     */
    public static NewCompanyFile at(Path file) {
        Path target = DataFolder.withExtension(file.toAbsolutePath().normalize());
        refuseExisting(target);
        String name = target.getFileName().toString();
        String stem = name.substring(0, name.length() - Database.FILE_SUFFIX.length());
        Path temporary = target.resolveSibling(stem + ".unfinished-" + UUID.randomUUID().toString().substring(0, 8)
                + Database.FILE_SUFFIX);
        return new NewCompanyFile(target, temporary, Database.open(temporary, Database.Mode.NEW));
    }

    private static void refuseExisting(Path target) {
        if (Files.exists(target)) {
            throw new DatabaseException(DatabaseException.Kind.EXISTS, "A company file already exists at " + target
                    + "; it was left untouched. Name a new file.", null);
        }
    }

    /** The new file's books, open while it is written. */
    public Database database() {
        return database;
    }

    /** Where the file ends up. */
    public Path target() {
        return target;
    }

    /** Closes the complete file and moves it to its name; refused when a file appeared there meanwhile. */
    public Path finish() {
        database.close();
        try {
            Files.move(temporary, target);
            finished = true;
            return target;
        } catch (FileAlreadyExistsException e) {
            throw new DatabaseException(DatabaseException.Kind.EXISTS, "A company file appeared at " + target
                    + " while the copy was written; it was left untouched and the copy was not kept. Name a new"
                    + " file.", e);
        } catch (IOException e) {
            throw new DatabaseException("Could not move the finished copy to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Closes the books; a file not finished is deleted, with H2's trace file beside it. */
    @Override
    public void close() {
        database.close();
        if (!finished) {
            String base = temporary.toString().substring(0, temporary.toString().length()
                    - Database.FILE_SUFFIX.length());
            for (Path p : new Path[] {temporary, Path.of(base + ".trace.db")}) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Nothing to do: a temporary name never opens as a company by mistake.
                }
            }
        }
    }
}
