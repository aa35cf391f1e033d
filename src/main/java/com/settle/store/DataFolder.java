package com.settle.store;

import com.settle.domain.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Settle keeps its database, backups and log on this computer: the per-user data folder of
 * the operating system, or the file the clerk named with {@code --db} or {@code SETTLE_DB}.
 */
public final class DataFolder {

    /** The database file's name in the data folder (H2 adds {@code .mv.db}). */
    public static final String DEFAULT_DB_NAME = "settle";

    private DataFolder() {
    }

    /** The per-user data folder, by the conventions of each operating system. */
    public static Path userDataFolder(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "Settle")
                    : Path.of(userHome, "AppData", "Roaming", "Settle");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Settle");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "settle") : Path.of(userHome, ".local", "share", "settle");
    }

    public static Path userDataFolder() {
        return userDataFolder(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"));
    }

    /**
     * The database file to open: {@code --db} first, then {@code SETTLE_DB}, then the data folder.
     * The result is the path as the clerk sees it, ending in {@code .mv.db}.
     */
    public static Path resolveDatabase(String dbOption, Map<String, String> env, Path dataFolder) {
        if (dbOption != null && dbOption.isBlank()) {
            throw new ValidationException("--db", "is empty: name the company file, for example --db books.mv.db"
                    + " (leave --db out for the one in the data folder)");
        }
        String chosen = dbOption;
        if (chosen == null) {
            chosen = env.get("SETTLE_DB");
        }
        Path path = chosen == null || chosen.isBlank()
                ? dataFolder.resolve(DEFAULT_DB_NAME)
                : Path.of(chosen);
        Path abs = path.toAbsolutePath().normalize();
        // A folder keeps its name, so that opening it is refused as a folder rather than creating "folder.mv.db".
        return Files.isDirectory(abs) ? abs : withExtension(abs);
    }

    /** Adds H2's {@code .mv.db} when the clerk left it out. */
    public static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(Database.FILE_SUFFIX) ? path : path.resolveSibling(name + Database.FILE_SUFFIX);
    }
}
