package com.settle.cli;

import com.settle.service.SampleCompany;
import com.settle.service.Services;
import com.settle.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code settle training} (hidden): the work the installer's build runs once to make the class-data-sharing
 * archive it ships. Opens a new database, loads and verifies the sample company, then loads (without
 * initializing, so no display is needed) the classes a launch of the window uses, listed in
 * {@code launch-classes.txt}.
 */
@Command(name = "training", hidden = true, mixinStandardHelpOptions = true,
        description = "Exercise Settle for the installer's class-data-sharing archive (used by the build).")
final class TrainingCommand implements Callable<Integer> {

    /** The classes of a launch to the first interactive window, one binary name per line. */
    static final String LAUNCH_CLASSES = "/com/settle/app/launch-classes.txt";

    @ParentCommand
    private SettleCommand root;

    @Override
    public Integer call() throws IOException {
        CliContext cli = root.context();
        try (Database db = cli.open(root.options(), Database.Mode.EITHER)) {
            Services admin = cli.services(db, root.options());
            if (admin.accounts().count() == 0) {
                new SampleCompany(admin, cli.clock()).load(p -> { });
            }
            admin.verify().quickCheck();
            admin.verify().verify();
            admin.payments().list();
            admin.documents().list();
        }
        int loaded = 0;
        int missing = 0;
        try (InputStream in = TrainingCommand.class.getResourceAsStream(LAUNCH_CLASSES)) {
            if (in != null) {
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                ClassLoader loader = TrainingCommand.class.getClassLoader();
                for (String name; (name = lines.readLine()) != null; ) {
                    try {
                        Class.forName(name.trim(), false, loader);
                        loaded++;
                    } catch (ClassNotFoundException | LinkageError e) {
                        missing++;
                    }
                }
            }
        }
        cli.out().printf("training done: %d launch classes loaded, %d not found%n", loaded, missing);
        return 0;
    }
}
