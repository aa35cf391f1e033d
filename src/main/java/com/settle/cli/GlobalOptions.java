package com.settle.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command takes, before or after the command's name. */
public final class GlobalOptions {

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "Database file (default: $SETTLE_DB, else settle.mv.db in the per-user data folder).")
    String db;

    @Option(names = "--server", paramLabel = "ADDRESS", scope = ScopeType.INHERIT,
            description = "Work on the company on a team server, postgresql://host:port/database (default:"
                    + " $SETTLE_SERVER when --db is not given). Sign in as --user with the password from"
                    + " --password-file, $SETTLE_PASSWORD or the terminal.")
    String server;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print machine-readable JSON.")
    boolean json;

    @Option(names = "--user", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Work as this user; on a protected file, sign in as this user (default: the"
                    + " operating-system user, who becomes the administrator on the first run over a new database).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Sign in to a protected company file with the password on the first line of FILE"
                    + " (else $SETTLE_PASSWORD, else asked on the terminal). Keep FILE readable only by you.")
    String passwordFile;
}
