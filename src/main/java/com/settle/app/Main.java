package com.settle.app;

import com.settle.cli.Cli;
import com.settle.cli.CliContext;
import com.settle.store.DataFolder;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

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
        CliContext context = new CliContext(out, err, System.getenv(), Clock.systemDefaultZone(), dataFolder);
        int code = Cli.run(context, SettleApp::launchAndWait, args);
        System.exit(code);
    }
}
