package com.settle.app;

import com.settle.service.Services;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.DialogService;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * The first run over a new database file: the clerk chooses an empty company (the default, also Escape)
 * or the sample company to explore, which then loads in the background with its progress.
 */
final class FirstRun {

    private final DialogService dialogs;
    private final BackgroundExecutor executor;
    private final DatabaseSession session;

    FirstRun(DialogService dialogs, BackgroundExecutor executor, DatabaseSession session) {
        this.dialogs = dialogs;
        this.executor = executor;
        this.session = session;
    }

    /** Asks, loads the sample company when chosen, then hands the books on. */
    void ask(Services services, Consumer<Services> then) {
        boolean sample = dialogs.choose("Welcome to Settle", "How would you like to start?",
                "This database is new.\n\nStart with an empty company to record your own customers, invoices and"
                        + " payments, or explore a sample company (25 accounts with invoices, payments and credit"
                        + " balances) to try Settle first. The sample can be loaded later only into an empty"
                        + " database.", "Start with an empty company", "Explore the sample company");
        if (!sample) {
            then.accept(services);
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
