package com.settle.cli;

import com.settle.bench.ScreenProbe;
import com.settle.domain.ServerAddress;
import com.settle.domain.ValidationException;
import com.settle.service.Protection;
import com.settle.service.Protection.SignedIn;
import com.settle.service.ServiceException;
import com.settle.service.Services;
import com.settle.store.DataFolder;
import com.settle.store.Database;
import com.settle.store.TeamServer;
import com.settle.store.keys.FileKey;
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
    private final PasswordInput passwords;
    private SignedIn signedIn;
    /** Who signed in to the team server the last {@link #open} opened; null for a file. */
    private String serverUser;
    /** The environment variable that names the team server when no option does. */
    static final String SERVER_ENV = "SETTLE_SERVER";
    private ScreenProbe screens;

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
        this.passwords = new PasswordInput(env, System::console);
    }

    /** Lets the benchmarks time the screens' part of a figure (only the application can build a screen). */
    public CliContext withScreens(ScreenProbe screens) {
        this.screens = screens;
        return this;
    }

    /** The screens' part of the benchmarks, or null when the application did not hand it in. */
    public ScreenProbe screens() {
        return screens;
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

    /**
     * The team server the options name ({@code --server}, else {@code SETTLE_SERVER} when {@code --db} is not
     * given); null when the company is a file.
     */
    public ServerAddress server(GlobalOptions options) {
        if (options.server != null && options.db != null) {
            throw new ValidationException("--server", "and --db name two companies, one on a server and one in a file;"
                    + " give one of them");
        }
        if (options.server != null) {
            return ServerAddress.parse("--server", options.server);
        }
        String fromEnv = options.db == null ? env.get(SERVER_ENV) : null;
        return fromEnv == null || fromEnv.isBlank() ? null : ServerAddress.parse(SERVER_ENV, fromEnv);
    }

    /** Refuses a command that works on a company file only (a backup, protecting it) when a server is named. */
    public void fileOnly(GlobalOptions options, String what) {
        ServerAddress server = server(options);
        if (server != null) {
            throw new ValidationException(options.server != null ? "--server" : SERVER_ENV, "names a team server, but "
                    + what + " works on a company file only. On a server, its backups and who may sign in are the"
                    + " server's business (README, Team mode); name a file with --db");
        }
    }

    public Path databaseFile(GlobalOptions options) {
        return DataFolder.resolveDatabase(options.db, env, dataFolder);
    }

    /** Opens the company file the options name; it must exist (only {@code init} and {@code demo} create one). */
    public Database open(GlobalOptions options) {
        return open(options, Database.Mode.EXISTING);
    }

    /**
     * Opens the company file; a protected one only after signing in as {@code --user} (or the
     * operating-system user) with the password from {@code --password-file}, {@code SETTLE_PASSWORD} or the
     * terminal. Every refusal of the sign-in is the one message of {@link Protection#REFUSED}.
     */
    public Database open(GlobalOptions options, Database.Mode mode) {
        return open(options, mode, false);
    }

    /** Opens the server database {@code settle server init} prepares: an empty one gets Settle's schema. */
    Database prepareServer(GlobalOptions options) {
        return open(options, Database.Mode.EXISTING, true);
    }

    private Database open(GlobalOptions options, Database.Mode mode, boolean prepare) {
        signedIn = null;
        serverUser = null;
        ServerAddress server = server(options);
        if (server != null) {
            if (mode == Database.Mode.NEW) {
                fileOnly(options, "this command");
            }
            String user = signingIn(options);
            Database db = TeamServer.open(server, user, serverPassword(options, server, user), prepare);
            serverUser = user;
            return db;
        }
        Path file = databaseFile(options);
        if (mode != Database.Mode.NEW && Protection.isProtected(file)) {
            String user = signingIn(options);
            SignedIn s = Protection.signIn(file, user, passwords.signIn(options.passwordFile, user));
            Database db = Database.open(file, mode, s.key());
            signedIn = s;
            return db;
        }
        return Database.open(file, mode);
    }

    /** Who signs in (to a team server or a protected file): {@code --user}, else the operating-system user. */
    String signingIn(GlobalOptions options) {
        return options.user == null ? osUser : options.user;
    }

    /** The password {@code user} signs in to {@code server} with, from a file, the environment or the terminal. */
    char[] serverPassword(GlobalOptions options, ServerAddress server, String user) {
        char[] password = passwords.signIn(options.passwordFile, user);
        if (password == null) {
            throw new ValidationException("--password-file", "is needed to sign in to " + server + " as " + user
                    + ": give it, set " + PasswordInput.ENV + ", or run the command in a terminal to be asked");
        }
        return password;
    }

    /** Opens a protected file with its recovery key (every password forgotten). */
    public Database openWithRecoveryKey(GlobalOptions options, String user, String recoveryKey) {
        return openSignedIn(options, Protection.recover(databaseFile(options), user, recoveryKey));
    }

    /** Opens a protected file with a key {@code user} has already signed in with (not asked again). */
    Database openWithKey(GlobalOptions options, String user, FileKey key) {
        return openSignedIn(options, Protection.withKey(databaseFile(options), user, key));
    }

    private Database openSignedIn(GlobalOptions options, SignedIn s) {
        Database db = Database.open(databaseFile(options), Database.Mode.EXISTING, s.key());
        signedIn = s;
        return db;
    }

    /**
     * The services for the signed-in user of a protected file; on a plain file, for {@code --user} or the
     * operating-system user (an administrator on the first run).
     */
    public Services services(Database db, GlobalOptions options) {
        if (serverUser != null) {
            return new Services(db.dsl(), serverUser, clock);
        }
        if (signedIn != null) {
            try {
                return new Services(db.dsl(), signedIn.username(), clock, signedIn.keyring());
            } catch (ServiceException notActive) {
                // A password left for a user since deactivated opens nothing: the same answer as a wrong one.
                throw new ServiceException(Protection.REFUSED);
            }
        }
        checkUserOption(options.user);
        return Services.singlePerson(db.dsl(), osUser, clock);
    }

    /**
     * On a file that is not protected nobody signs in: {@code --user} may only name the operating-system user,
     * who works with every permission. Anything else would be a self-declared identity.
     */
    void checkUserOption(String user) {
        if (user != null && !user.equals(osUser)) {
            throw new ValidationException("--user", "names another user, but this company file is not protected:"
                    + " nobody signs in to it and Settle works as " + osUser + " with every permission. Protect it"
                    + " (settle protect) to give each person a password and a role of their own");
        }
    }

    /** The key the last protected file was opened with. */
    FileKey signedInKey() {
        return signedIn.key();
    }

    /** Reads passwords for the commands that set one. */
    PasswordInput passwords() {
        return passwords;
    }


    /** The user the window should work as: {@code --user}, or null for the operating-system user. */
    public String osUser() {
        return osUser;
    }
}
