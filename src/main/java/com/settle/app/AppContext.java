package com.settle.app;

import com.settle.domain.MoneyText;
import com.settle.service.Services;
import com.settle.store.Backups;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.FxDialogService;
import com.settle.ui.common.Navigator;
import com.settle.ui.common.ViewLoader;
import com.settle.ui.main.MainWindow;
import com.settle.ui.main.MainWindowViewModel;
import com.settle.ui.security.ProtectFlow;
import com.settle.ui.security.ProtectViewModel;
import com.settle.ui.signin.SignInFlow;
import com.settle.ui.signin.SignInViewModel;
import com.settle.ui.team.ConnectFlow;
import com.settle.ui.team.ConnectViewModel;
import com.settle.ui.team.LastServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's composition root: opens the database off the FX thread after the first frame,
 * builds the services, view models and controllers, and hands them out through the controller
 * factory. No static singletons; a test builds its own.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final Path databaseFile;
    private final BackgroundExecutor executor = new BackgroundExecutor();
    private final MainWindowViewModel mainModel;
    private final ViewLoader loader;
    private final DatabaseSession session;
    private final ServerSession server;
    private LastServer lastServer = LastServer.none();
    /** The team server the window connects to instead of opening its file ({@code settle --server}), or null. */
    private LastServer.Remembered startServer;
    private final boolean askFirstRun;
    private final WindowParts parts;
    private final CurrentBooks current = new CurrentBooks();
    private Stage stage;
    private final FileDialogs files = new FileDialogs(() -> stage);
    private final BackupFlow backups;
    private MainWindow mainWindow;
    private Services services;
    private WindowPlacement placement = new WindowPlacement(null);

    public AppContext(Path databaseFile, boolean demo, Clock clock, Locale locale) {
        this(databaseFile, demo, "clerk", clock, locale);
    }

    /**
     * @param user the user the window works as (its roles decide what it may do); null for the
     *             operating-system user, who becomes the administrator on the first run over a database
     */
    public AppContext(Path databaseFile, boolean demo, String user, Clock clock, Locale locale) {
        this(databaseFile, new DatabaseSession(databaseFile, user, demo, clock), false, clock, locale);
    }

    /**
     * The window as the app opens it for {@code user} (null: the operating-system user): a database file
     * that does not exist yet asks first whether to start with an empty company or the sample company.
     */
    public static AppContext asLaunched(Path databaseFile, String user, Clock clock, Locale locale) {
        return new AppContext(databaseFile, new DatabaseSession(databaseFile, user, false, clock), true, clock, locale);
    }

    /** @param session perhaps already opening the file ({@link DatabaseSession#startOpening}) */
    AppContext(Path databaseFile, DatabaseSession session, boolean askFirstRun, Clock clock, Locale locale) {
        this.askFirstRun = askFirstRun;
        this.databaseFile = databaseFile;
        this.session = session;
        this.server = new ServerSession(clock, () -> Platform.runLater(this::changedByOthers));
        this.backups = new BackupFlow(databaseFile, session, executor, files);
        this.mainModel = new MainWindowViewModel(databaseFile, executor, locale);
        this.loader = new ViewLoader(type -> {
            if (type != MainWindow.class) {
                throw new IllegalStateException("no controller factory for " + type.getName());
            }
            return new MainWindow(mainModel, current, current, executor);
        }, ResourceBundle.getBundle("com.settle.ui.messages", locale), locale);
        this.parts = new WindowParts(executor, loader, new MoneyText(locale), clock, locale, () -> stage,
                () -> mainWindow, files);
    }

    /** Shows the main window at once, then opens the database in the background. */
    public void start(Stage stage) {
        this.stage = stage;
        ViewLoader.View<MainWindow> main = loader.load(MainWindow.class);
        this.mainWindow = main.controller();
        stage.setScene(new Scene(main.root()));
        stage.titleProperty().bind(mainModel.titleProperty());
        stage.getIcons().add(new Image(AppContext.class.getResourceAsStream("/com/settle/icons/settle-256.png")));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        placement.place(stage, main.root().prefWidth(-1), main.root().prefHeight(-1));
        mainModel.setDialogs(new FxDialogService(stage));
        mainModel.setConnectAction(this::connectToServer);
        LaunchProbe.attach(stage, mainModel.servicesProperty());
        ScrollProbe.attach(stage, mainModel.servicesProperty());
        stage.show();
        if (startServer != null) {
            connectToServer(startServer, () -> mainModel.failedToOpen("Not connected to " + startServer.server()
                    + ". File > Connect to a team server tries again."));
        } else {
            openDatabase();
        }
    }

    /** The window starts by connecting to this team server, asking for the password, instead of opening its file. */
    void connectAtStart(LastServer.Remembered server) {
        this.startServer = server;
        mainModel.showServer(server.server());
    }

    private void openDatabase() {
        new WindowOpening(executor, session, databaseFile, askFirstRun, this::protectFile, this::connectToServer).start(
                new FxDialogService(stage), this::opened, mainModel::failedToOpen, this::signIn);
    }

    /** A protected file: the sign-in dialog, then the books. */
    private void signIn() {
        SignInViewModel model = new SignInViewModel(executor, session::openSignedIn, session.signInName());
        if (LaunchProbe.signInAtOnce(model, session, this::opened)) {
            return;
        }
        SignInFlow.show(stage, loader, model, databaseFile.getFileName().toString(), this::opened,
                () -> mainModel.failedToOpen("Not signed in: " + databaseFile.getFileName() + " is protected and"
                        + " opens only after signing in. Close Settle and start it again to sign in."));
    }

    /** Settings &gt; Security &gt; Protect, and the first run's offer: the Protect dialog over the open books. */
    public void protectFile() {
        Services open = services;
        if (open == null || open.isProtected()) {
            return;
        }
        ProtectViewModel model = new ProtectViewModel(executor, password -> session.protect(open, password),
                open.user().username());
        ProtectFlow.show(stage, loader, model, databaseFile.getFileName().toString(), books -> {
            opened(books);
            current.withPages(MainPages::showSecurity);
            executor.notice(databaseFile.getFileName() + " is now protected: it opens only after signing in");
        });
    }

    /**
     * File &gt; Connect to a team server, and the first run's fourth answer: the dialog, with the server and user
     * name last connected to; once the server's company opens, the books open before close (a file with its
     * automatic backup) and the window goes on with the server's.
     */
    public void connectToServer() {
        connectToServer(lastServer.get(), () -> { });
    }

    private void connectToServer(LastServer.Remembered filled, Runnable canceled) {
        ConnectViewModel model = new ConnectViewModel(executor, server::open, filled);
        ConnectFlow.show(stage, loader, model, canceled, (address, books) -> {
            services = null;
            current.close();
            Runnable switchOver = () -> {
                mainModel.showServer(address.toString());
                opened(books);
            };
            // Off the FX thread: the preferences file, and the file's automatic backup as it closes.
            Task<Void> closing = new Task<>() {
                @Override
                protected Void call() {
                    updateMessage("Closing the books open before…");
                    updateProgress(-1, 1);
                    lastServer.remember(address.toString(), books.user().username());
                    session.close();
                    return null;
                }
            };
            executor.submit("Closing the books open before", closing, v -> switchOver.run(), e -> {
                LOG.warn("Closing the books open before switching to the server failed", e);
                switchOver.run();
            });
        });
    }

    private void changedByOthers() {
        mainModel.changedByOthers();
    }

    /** Replaces where the window remembers the last team server (the launched app: the user's own preferences). */
    void rememberServers(LastServer memory) {
        this.lastServer = memory;
    }

    /** New books in the window (first opened, protected, restored): their own pages and navigation. */
    private void opened(Services books) {
        services = books;
        Navigation navigation = new Navigation(parts, books, () -> current.refresh(mainModel.pageProperty().get()));
        MainPages.FileActions actions = books.onServer() ? MainPages.FileActions.onServer(server.address().toString())
                : new MainPages.FileActions(this::backupNow, this::restoreBackup, Backups.folder(databaseFile)
                        .toString(), this::protectFile, null);
        current.open(new MainPages(parts, books, navigation, actions), navigation);
        mainModel.opened(books);
    }

    /** Opens the window where its user last left it, and keeps its place (the launched app; tests use the default). */
    void rememberPlacement(WindowPlacement kept) {
        this.placement = kept;
    }

    /** Replaces the Open dialog of File > Import (a test picks its file without a native dialog). */
    public void setImportChooser(Function<String, Path> chooser) {
        files.importing = chooser;
    }

    /** Replaces the Save dialog of every export (a test saves where it likes without a native dialog). */
    public void setExportChooser(Function<String, Path> chooser) {
        files.export = chooser;
    }

    /** Replaces the Save dialog of statements and receipts (a test saves where it likes). */
    public void setPdfChooser(Function<String, Path> chooser) {
        files.pdf = chooser;
    }

    /** The Credit balances page showing only its work queue. */
    public void showCreditQueue() {
        current.withPages(MainPages::showCreditQueue);
    }

    /** The batch run: preview, then apply with progress and Cancel. */
    public void applyCreditBalances() {
        current.withPages(MainPages::applyCreditBalances);
    }

    /** Where the window goes: lists, detail pages and forms, over the books open now. */
    public Navigator navigator() {
        return current;
    }

    public MainWindowViewModel mainModel() {
        return mainModel;
    }

    public BackgroundExecutor executor() {
        return executor;
    }

    /** Settings &gt; Back up now: a backup in the backups folder, written in the background. */
    public void backupNow() {
        if (services != null) {
            backups.backupNow(services);
        }
    }

    /** Replaces the test's Open dialog for Restore (a test picks its file without a native dialog). */
    public void setRestoreChooser(Supplier<Path> chooser) {
        files.backup = folder -> chooser.get();
    }

    /** Settings &gt; Restore from a backup; the window goes on with the reopened books and new pages. */
    public void restoreBackup() {
        if (services == null) {
            return;
        }
        backups.restore(services, () -> {
            services = null;
            current.close();
        }, this::opened, message -> mainModel.failedToOpen(message));
    }

    @Override
    public void close() {
        executor.close();
        session.close();
        server.close();
        LOG.info("Window closed");
    }
}
