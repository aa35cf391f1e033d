package com.settle.app;

import com.settle.cli.Cli;
import com.settle.cli.CliContext;
import com.settle.service.ApplicationService.ApplyContext;
import com.settle.store.DataFolder;
import com.settle.ui.payments.apply.ApplyPaymentViewModel;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Entry point of {@code settle.jar}: the window with no command, the command line with one. Not a
 * JavaFX {@code Application} itself, so the jar runs from the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Path dataFolder = DataFolder.userDataFolder();
        Logging.configure(dataFolder);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CliContext context = new CliContext(out, err, System.getenv(), Clock.systemDefaultZone(), dataFolder)
                .withScreens(Main::openApplyDialog);
        int code = Cli.run(context, SettleApp::launchAndWait, args);
        System.exit(code);
    }

    /** The Apply dialog's model over a loaded context, off screen, for {@code settle bench}. */
    private static Runnable openApplyDialog(ApplyContext context) {
        ApplyPaymentViewModel model = new ApplyPaymentViewModel(Locale.US, LocalDate.of(2026, 1, 1));
        model.load(context);
        return () -> model.autoApply(null);
    }
}
