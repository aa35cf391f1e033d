package com.settle.app;

import com.settle.service.ServiceException;
import com.settle.ui.common.ColumnMemory;
import com.settle.ui.team.LastServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/** The JavaFX application: one main window over one database file. */
public final class SettleApp extends Application {

    /** Held here so the level sticks (java.util.logging keeps loggers only weakly). */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("javafx"),
            Logger.getLogger("com.sun.javafx.application.PlatformImpl"));

    private AppContext context;
    /** The database, already opening while the toolkit starts (set before launch, taken once). */
    private static volatile DatabaseSession early;

    /** Opens the window and returns when it closes. */
    static int launchAndWait(String databaseFile, boolean demo, String user, String server) {
        // JavaFX warns on stderr that it runs from the class path; that is how Settle is packaged.
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
        if (server == null) {
            DatabaseSession session = new DatabaseSession(Path.of(databaseFile), user, demo,
                    Clock.systemDefaultZone());
            session.startOpening();
            early = session;
        }
        List<String> args = new ArrayList<>(List.of("--db=" + databaseFile, "--demo=" + demo));
        if (user != null) {
            args.add("--user=" + user);
        }
        if (server != null) {
            args.add("--server=" + server);
        }
        try {
            Application.launch(SettleApp.class, args.toArray(String[]::new));
        } catch (UnsupportedOperationException e) {
            LoggerFactory.getLogger(SettleApp.class).error("Cannot open a window", e);
            throw new ServiceException("Cannot open a window here (" + e.getMessage()
                    + "). The command line works without one: settle --help");
        }
        return 0;
    }

    @Override
    public void start(Stage stage) {
        // Anything unexpected on the FX thread goes to the log, never to the console in front of a clerk.
        Thread.currentThread().setUncaughtExceptionHandler((t, e) ->
                LoggerFactory.getLogger(SettleApp.class).error("Unexpected error on {}", t.getName(), e));
        Map<String, String> named = getParameters().getNamed();
        Path file = Path.of(named.get("db"));
        boolean demo = Boolean.parseBoolean(named.get("demo"));
        DatabaseSession session = early != null ? early
                : new DatabaseSession(file, named.get("user"), demo, Clock.systemDefaultZone());
        early = null;
        // A new file asks: an empty company or the sample one (unless --demo already chose the sample).
        context = new AppContext(file, session, !demo, Clock.systemDefaultZone(), Locale.getDefault());
        context.rememberPlacement(WindowPlacement.ofUser());
        context.rememberServers(LastServer.ofUser());
        if (named.get("server") != null) {
            context.connectAtStart(new LastServer.Remembered(named.get("server"), named.get("user")));
        }
        ColumnMemory.use(Preferences.userNodeForPackage(ColumnMemory.class).node("columns"));
        context.start(stage);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
