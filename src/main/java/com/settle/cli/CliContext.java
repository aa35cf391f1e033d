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

    public CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, Path dataFolder) {
        this.out = out;
        this.err = err;
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

    public Database open(GlobalOptions options) {
        return Database.open(databaseFile(options));
    }

    public Services services(Database db, String user) {
        return new Services(db.dsl(), user, clock);
    }
}
