package com.settle.app;

import com.settle.domain.MoneyText;
import com.settle.service.Services;
import com.settle.store.Backups;
import com.settle.ui.accounts.AccountDialogs;
import com.settle.ui.accounts.AccountsView;
import com.settle.ui.accounts.AccountsViewModel;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.ComingSoonView;
import com.settle.ui.common.ComingSoonViewModel;
import com.settle.ui.common.FxDialogService;
import com.settle.ui.common.ListExporter;
import com.settle.ui.common.Navigator;
import com.settle.ui.common.PageController;
import com.settle.ui.common.ViewLoader;
import com.settle.ui.credit.BatchApplyDialog;
import com.settle.ui.credit.CreditBalancesView;
import com.settle.ui.credit.CreditBalancesViewModel;
import com.settle.ui.credit.FxCreditDialogs;
import com.settle.ui.documents.DocumentsView;
import com.settle.ui.documents.DocumentsViewModel;
import com.settle.ui.home.HomeView;
import com.settle.ui.home.HomeViewModel;
import com.settle.ui.main.MainWindow;
import com.settle.ui.main.MainWindowViewModel;
import com.settle.ui.main.Page;
import com.settle.ui.main.Pages;
import com.settle.ui.payments.FxPaymentDialogs;
import com.settle.ui.payments.PaymentsView;
import com.settle.ui.payments.PaymentsViewModel;
import com.settle.ui.security.ProtectFlow;
import com.settle.ui.security.ProtectViewModel;
import com.settle.ui.security.SecurityView;
import com.settle.ui.security.SecurityViewModel;
import com.settle.ui.settings.CodeDialogs;
import com.settle.ui.settings.CodesViewModel;
import com.settle.ui.settings.SettingsView;
import com.settle.ui.settings.SettingsViewModel;
import com.settle.ui.settings.UserDialogs;
import com.settle.ui.settings.UsersViewModel;
import com.settle.ui.signin.SignInFlow;
import com.settle.ui.signin.SignInViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
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
public final class AppContext implements Pages, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final Path databaseFile;
    private final Locale locale;
    private final Clock clock;
    private final BackgroundExecutor executor = new BackgroundExecutor();
    private final MoneyText format;
    private final ResourceBundle bundle;
    private final MainWindowViewModel mainModel;
    private final ViewLoader loader;
    private final Map<Class<?>, Supplier<Object>> controllers = new HashMap<>();
    private final Map<Page, ViewLoader.View<?>> views = new EnumMap<>(Page.class);
    private final DatabaseSession session;
    private final boolean askFirstRun;
    private final Navigation navigation;
    private MainWindow mainWindow;
    private Stage stage;
    private FxPaymentDialogs paymentDialogs;
    private Services services;
    private final FileDialogs files = new FileDialogs(() -> stage);
    private final BackupFlow backups;

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
        this.locale = locale;
        this.databaseFile = databaseFile;
        this.clock = clock;
        this.format = new MoneyText(locale);
        this.session = session;
        this.backups = new BackupFlow(databaseFile, session, executor, files, () -> services);
        this.bundle = ResourceBundle.getBundle("com.settle.ui.messages", locale);
        this.loader = new ViewLoader(type -> {
            Supplier<Object> s = controllers.get(type);
            if (s == null) {
                throw new IllegalStateException("no controller factory for " + type.getName());
            }
            return s.get();
        }, bundle);
        this.mainModel = new MainWindowViewModel(databaseFile, executor);
        this.navigation = new Navigation(executor, loader, format, clock, locale, () -> stage, () -> services,
                () -> mainWindow, () -> paymentDialogs, files, () -> refresh(mainModel.pageProperty().get()));
        Supplier<Services> current = () -> services;
        controllers.put(MainWindow.class, () -> new MainWindow(mainModel, this, navigation, executor));
        ListExporter exporter = new ListExporter(name -> files.export.apply(name), executor, executor::notice,
                () -> services.exportFooter());
        controllers.put(AccountsView.class, () -> new AccountsView(new AccountsViewModel(executor, current), format,
                exporter, navigation, new AccountDialogs(() -> stage, loader, locale), executor, current));
        controllers.put(DocumentsView.class, () -> new DocumentsView(new DocumentsViewModel(executor, current), format,
                new FxCreditDialogs(() -> stage, loader, format, clock), executor::notice, exporter,
                navigation));
        controllers.put(PaymentsView.class, () -> new PaymentsView(new PaymentsViewModel(executor, current), format,
                navigation, exporter));
        controllers.put(CreditBalancesView.class, () -> new CreditBalancesView(
                new CreditBalancesViewModel(executor, current), format, navigation::showCreditHistory,
                this::applyCreditBalances, exporter));
        controllers.put(HomeView.class, () -> new HomeView(
                new HomeViewModel(executor, current, MoneyText.localCurrency(locale)), format,
                this::showCreditQueue));
        controllers.put(SettingsView.class, () -> new SettingsView(new SettingsViewModel(executor, current,
                executor::notice), new UsersViewModel(executor, current, executor::notice),
                new UserDialogs(() -> stage, loader),
                new CodesViewModel(executor, current, executor::notice),
                new CodeDialogs(() -> stage, loader)));
    }

    /** Shows the main window at once, then opens the database in the background. */
    public void start(Stage stage) {
        this.stage = stage;
        ViewLoader.View<MainWindow> main = loader.load(MainWindow.class);
        this.mainWindow = main.controller();
        this.paymentDialogs = new FxPaymentDialogs(() -> stage, loader, executor, () -> services, format, clock,
                executor::notice);
        stage.setScene(new Scene(main.root()));
        stage.titleProperty().bind(mainModel.titleProperty());
        stage.getIcons().add(new Image(AppContext.class.getResourceAsStream("/com/settle/icons/settle-256.png")));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        mainModel.setDialogs(new FxDialogService(stage));
        LaunchProbe.attach(stage, mainModel.servicesProperty());
        stage.show();
        openDatabase();
    }

    private void openDatabase() {
        new WindowOpening(executor, session, databaseFile, askFirstRun, this::protectFile).start(
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
        Services current = services;
        if (current == null || current.isProtected()) {
            return;
        }
        ProtectViewModel model = new ProtectViewModel(executor, password -> session.protect(current, password),
                current.user().username());
        ProtectFlow.show(stage, loader, model, databaseFile.getFileName().toString(), books -> {
            opened(books);
            refresh(mainModel.pageProperty().get());
            executor.notice(databaseFile.getFileName() + " is now protected: it opens only after signing in");
        });
    }

    private void opened(Services s) {
        services = s;
        mainModel.opened(s);
    }

    @Override
    public Node page(Page page) {
        ViewLoader.View<?> view = views.computeIfAbsent(page, p -> {
            if (!p.built()) {
                return loader.load(ComingSoonView.class, new ComingSoonView(new ComingSoonViewModel(
                        bundle.getString(p.key()))));
            }
            return switch (p) {
                case HOME -> loader.load(HomeView.class);
                case ACCOUNTS -> loader.load(AccountsView.class);
                case DOCUMENTS -> loader.load(DocumentsView.class);
                case PAYMENTS -> loader.load(PaymentsView.class);
                case SETTINGS -> {
                    ViewLoader.View<SettingsView> v = loader.load(SettingsView.class);
                    v.controller().setBackupActions(this::backupNow, this::restoreBackup,
                            Backups.folder(databaseFile).toString());
                    SecurityView security = new SecurityView(new SecurityViewModel(executor, () -> services,
                            executor::notice), this::protectFile);
                    v.controller().addTab("Security", loader.load(SecurityView.class, security).root(),
                            security::refresh);
                    yield v;
                }
                case CREDIT_BALANCES -> loader.load(CreditBalancesView.class);
                default -> throw new IllegalStateException(p.name());
            };
        });
        return view.root();
    }

    @Override
    public void refresh(Page page) {
        ViewLoader.View<?> view = views.get(page);
        if (view != null && view.controller() instanceof PageController c) {
            c.refresh();
        }
    }

    @Override
    public void focus(Page page) {
        ViewLoader.View<?> view = views.get(page);
        if (view != null && view.controller() instanceof PageController c) {
            c.focus();
        }
    }

    /** Replaces the Open dialog of File > Import (a test picks its file without a native dialog). */
    public void setImportChooser(Function<String, Path> chooser) {
        files.importing = chooser;
    }

    /** Replaces the Save dialog of every export (a test saves where it likes without a native dialog). */
    public void setExportChooser(Function<String, Path> chooser) {
        files.export = chooser;
    }

    /** The Credit balances page showing only its work queue. */
    public void showCreditQueue() {
        mainWindow.showPage(Page.CREDIT_BALANCES);
        if (views.get(Page.CREDIT_BALANCES) != null
                && views.get(Page.CREDIT_BALANCES).controller() instanceof CreditBalancesView v) {
            v.showQueue();
        }
    }

    /** The batch run: preview, then apply with progress and Cancel. */
    public void applyCreditBalances() {
        if (services == null) {
            return;
        }
        new BatchApplyDialog(stage, loader, format, executor, services.creditApplications(), executor::notice,
                () -> refresh(Page.CREDIT_BALANCES)).open();
    }

    /** Where the window goes: lists, detail pages and forms. */
    public Navigator navigator() {
        return navigation;
    }

    public MainWindowViewModel mainModel() {
        return mainModel;
    }

    public BackgroundExecutor executor() {
        return executor;
    }

    /** Settings &gt; Back up now: a backup in the backups folder, written in the background. */
    public void backupNow() {
        backups.backupNow();
    }

    /** Replaces the test's Open dialog for Restore (a test picks its file without a native dialog). */
    public void setRestoreChooser(Supplier<Path> chooser) {
        files.backup = folder -> chooser.get();
    }

    /** Settings &gt; Restore from a backup; the window goes on with the reopened books. */
    public void restoreBackup() {
        backups.restore(() -> services = null, s -> {
            services = s;
            mainModel.opened(s);
            mainWindow.showPage(mainModel.pageProperty().get());
        }, message -> {
            services = null;
            mainModel.failedToOpen(message);
        });
    }

    @Override
    public void close() {
        executor.close();
        session.close();
        LOG.info("Window closed");
    }
}
