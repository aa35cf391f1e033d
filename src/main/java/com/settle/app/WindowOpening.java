package com.settle.app;

import com.settle.service.Services;
import com.settle.store.DatabaseException;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.DialogService;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * How the window gets its books: the file opens in the background (perhaps already opening since before
 * the toolkit started); on the first run over a new file the clerk chooses an empty company (the
 * default, also Escape), the sample company to explore, which then loads in the background with its
 * progress, or an empty company protected at once. The window stays usable throughout.
 */
final class WindowOpening {

    private final BackgroundExecutor executor;
    private final DatabaseSession session;
    private final Path file;
    private final boolean askFirstRun;
    private final Runnable protect;
    private final Runnable connect;

    /**
     * @param protect opens the Protect dialog over the open books (the first run's third answer)
     * @param connect opens the Connect to a team server dialog (the fourth)
     */
    WindowOpening(BackgroundExecutor executor, DatabaseSession session, Path file, boolean askFirstRun,
                  Runnable protect, Runnable connect) {
        this.protect = protect;
        this.connect = connect;
        this.executor = executor;
        this.session = session;
        this.file = file;
        this.askFirstRun = askFirstRun;
    }

    /**
     * Opens the books; {@code opened} gets them on the FX thread, {@code failed} the clerk's message, and
     * {@code signIn} runs instead when the file is protected (it opens only after signing in).
     */
    void start(DialogService dialogs, Consumer<Services> opened, Consumer<String> failed, Runnable signIn) {
        Task<DatabaseSession.Opened> open = new Task<>() {
            @Override
            protected DatabaseSession.Opened call() {
                updateMessage("Opening " + file.getFileName() + "…");
                updateProgress(-1, 1);
                return session.open(p -> {
                    updateMessage("Loading the sample company…");
                    updateProgress(p, 1);
                });
            }
        };
        executor.submit("Opening the database", open, o -> {
            if (askFirstRun && o.created()) {
                askFirstRun(dialogs, o.services(), opened);
            } else {
                opened.accept(o.services());
            }
        }, e -> {
            if (e instanceof DatabaseException d && d.kind() == DatabaseException.Kind.PROTECTED) {
                signIn.run();
            } else {
                failed.accept(BackgroundExecutor.clerkMessage(e));
            }
        });
    }

    /**
     * The first-run question; loads the sample company when chosen, or opens the Protect dialog over the
     * new, empty company, then hands the books on.
     */
    private void askFirstRun(DialogService dialogs, Services services, Consumer<Services> then) {
        int answer = dialogs.choose("Welcome to Settle", "How would you like to start?",
                "This database is new.\n\nStart with an empty company to record your own customers, invoices and"
                        + " payments, or explore a sample company (25 accounts with invoices, payments and credit"
                        + " balances) to try Settle first. The sample can be loaded later only into an empty"
                        + " database.\n\nIf others can reach this computer, or it is a laptop, protect the new"
                        + " company with a password: it is encrypted and opens only after signing in (also later,"
                        + " from Settings > Security).\n\nIf your business keeps its books on a team server, connect"
                        + " to it with your own user name and password.", "Start with an empty company",
                "Explore the sample company", "Empty and protected…", "Connect to a team server…");
        if (answer != 1) {
            then.accept(services);
            if (answer == 2) {
                protect.run();
            } else if (answer == 3) {
                connect.run();
            }
            return;
        }
        Task<Services> load = new Task<>() {
            @Override
            protected Services call() {
                updateMessage("Loading the sample company…");
                updateProgress(-1, 1);
                session.loadSample(services, p -> updateProgress(p, 1));
                return services;
            }
        };
        executor.submit("Loading the sample company", load, then, e -> {
            executor.notice("The sample company could not be loaded: " + BackgroundExecutor.clerkMessage(e)
                    + " The database is open and empty.");
            then.accept(services);
        });
    }
}
