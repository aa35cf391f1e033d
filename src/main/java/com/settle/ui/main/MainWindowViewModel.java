package com.settle.ui.main;

import com.settle.service.Services;
import com.settle.service.VerifyService;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.DialogService;
import com.settle.ui.common.TaskRunner;
import com.settle.domain.Text;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's state: which database is open (or why it could not be), which page is shown,
 * and the Verify books action.
 */
public final class MainWindowViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindowViewModel.class);

    private final Path databaseFile;
    private final TaskRunner runner;
    private final Locale locale;
    private final ReadOnlyObjectWrapper<Services> services = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper place = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper placeTip = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper changedByOthers = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper openError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper user = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userTip = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper protection = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.HOME);
    private DialogService dialogs;
    private Runnable connect = () -> { };

    public MainWindowViewModel(Path databaseFile, TaskRunner runner, Locale locale) {
        this.locale = locale;
        this.databaseFile = databaseFile;
        this.runner = runner;
        title.set("Settle — " + databaseFile.getFileName());
        place.set(databaseFile.getFileName().toString());
        placeTip.set(databaseFile.toString());
        open.bind(services.isNotNull());
    }

    public void setDialogs(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** What File &gt; Connect to a team server does (the window's composition root owns the books). */
    public void setConnectAction(Runnable connect) {
        this.connect = connect;
    }

    public void connectToServer() {
        connect.run();
    }

    /** The window now shows the company on this team server: the title says where. */
    public void showServer(String server) {
        title.set("Settle — " + server);
        place.set(server);
        placeTip.set("The company on the team server " + server);
    }

    /** Another clerk committed a change to the books on the server: the window offers to refresh. */
    public void changedByOthers() {
        if (services.get() != null && services.get().onServer()) {
            changedByOthers.set(true);
        }
    }

    /** The page was refreshed: what others changed is shown. */
    public void changesSeen() {
        changedByOthers.set(false);
    }

    public ReadOnlyBooleanProperty changedByOthersProperty() {
        return changedByOthers.getReadOnlyProperty();
    }

    /** Where the books are, as the status bar shows it: the file's name or the server's address. */
    public ReadOnlyStringProperty placeProperty() {
        return place.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeTipProperty() {
        return placeTip.getReadOnlyProperty();
    }

    /** Called once the database is open and migrated; the books' totals are then checked in the background. */
    public void opened(Services s) {
        var who = s.user();
        user.set(who.displayName().equals(who.username()) ? who.username()
                : who.displayName() + " (" + who.username() + ")");
        userTip.set("You work as " + who.username() + "; your roles allow: "
                + String.join(", ", who.permissions().stream().map(p -> p.label()).toList()));
        protection.set(protection(s));
        services.set(s);
        openError.set("");
        runner.runBeside("Checking the books' totals", () -> s.verify().quickCheck(), differences -> {
            if (!differences.isEmpty() && dialogs != null && dialogs.ask("Books check",
                    "The books' totals do not agree",
                    differences.stream().map(Object::toString).collect(Collectors.joining("\n"))
                            + "\n\nNothing was changed. The full Verify books report names the records that"
                            + " differ; " + (s.onServer() ? "show it to whoever runs the server."
                            : "if the file was damaged, restore a backup (Settings > General)."),
                    "Show the full report")) {
                verifyBooks();
            }
        }, e -> LOG.warn("The quick check of the books failed", e));
    }

    /** What the status bar says about the file's protection: nothing when protected. */
    private static String protection(Services s) {
        return s.isProtected() || s.onServer() ? "" : "Unprotected: anyone with this file can open it";
    }

    /** Called when the database could not be opened: the window says why and what to do. */
    public void failedToOpen(String message) {
        openError.set(message);
    }

    /** Recomputes the books in the background and shows the outcome. */
    public void verifyBooks() {
        Services s = services.get();
        if (s == null) {
            return;
        }
        runner.runStoppable("Verifying books", (progress, canceled) -> s.verify().verify(progress, canceled),
                this::showReport,
                e -> dialogs.error("Verify books", "The books could not be verified",
                        BackgroundExecutor.clerkMessage(e)));
    }

    /** How much Verify books read, each count written as the clerk's locale groups its digits. */
    static String checked(VerifyService.Report report, Locale locale) {
        return Text.count(report.payments(), "payment", locale) + ", " + Text.count(report.documents(), "document",
                locale) + ", " + Text.count(report.items(), "item", locale) + " and " + Text.count(report.accounts(),
                "account", locale) + " checked.";
    }

    private void showReport(VerifyService.Report report) {
        String checked = checked(report, locale);
        if (report.balanced()) {
            dialogs.information("Verify books", "The books balance.", checked);
        } else {
            int n = report.differences().size();
            dialogs.error("Verify books", n + (n == 1 ? " difference found" : " differences found"),
                    checked + "\n\n" + report.differences().stream().map(Object::toString)
                            .collect(Collectors.joining("\n"))
                            + "\n\nNothing was changed. Restore a backup or ask support to look at these records.");
        }
    }

    public Path databaseFile() {
        return databaseFile;
    }

    public ReadOnlyObjectProperty<Services> servicesProperty() {
        return services.getReadOnlyProperty();
    }

    /** Who works in the window, as the status bar shows it. */
    public ReadOnlyStringProperty userProperty() {
        return user.getReadOnlyProperty();
    }

    /** What the user's roles allow, as the status bar's tooltip says it. */
    public ReadOnlyStringProperty userTipProperty() {
        return userTip.getReadOnlyProperty();
    }

    /** The file's protection as the status bar says it: nothing when protected. */
    public ReadOnlyStringProperty protectionProperty() {
        return protection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty openErrorProperty() {
        return openError.getReadOnlyProperty();
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return runner.busyProperty();
    }
}
