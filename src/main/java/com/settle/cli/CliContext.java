package com.settle.cli;

import com.settle.service.Services;
import com.settle.store.DataFolder;
import com.settle.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** What a command needs from its surroundings: where to print, the environment, the clock. */
public final class CliContext {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final Clock clock;
    private final Path dataFolder;
    private final String osUser;

    public CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, Path dataFolder) {
        this(out, err, env, clock, dataFolder, System.getProperty("user.name"));
    }

    /** @param osUser who is signed in to the operating system: the user when {@code --user} is not given */
    public CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, Path dataFolder,
                      String osUser) {
        this.osUser = osUser;
        this.out = PrintableWriter.wrap(out);
        this.err = PrintableWriter.wrap(err);
        this.env = env;
        this.clock = clock;
        this.dataFolder = dataFolder;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public Clock clock() {
        return clock;
    }

    public Path databaseFile(GlobalOptions options) {
        return DataFolder.resolveDatabase(options.db, env, dataFolder);
    }

    /** Opens the company file the options name; it must exist (only {@code init} and {@code demo} create one). */
    public Database open(GlobalOptions options) {
        return open(options, Database.Mode.EXISTING);
    }

    public Database open(GlobalOptions options, Database.Mode mode) {
        return Database.open(databaseFile(options), mode);
    }

    /** The services for {@code --user}, or for the operating-system user (an administrator on the first run). */
    public Services services(Database db, GlobalOptions options) {
        return options.user == null ? Services.forOsUser(db.dsl(), osUser, clock)
                : new Services(db.dsl(), options.user, clock);
    }

    /** The services for a named user (the sample company is loaded as the seeded administrator). */
    public Services servicesAs(Database db, String user) {
        return new Services(db.dsl(), user, clock);
    }

    /** The user the window should work as: {@code --user}, or null for the operating-system user. */
    public String osUser() {
        return osUser;
    }
}
