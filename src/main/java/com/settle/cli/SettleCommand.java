package com.settle.cli;

import com.settle.domain.ServerAddress;
import com.settle.domain.ValidationException;
import com.settle.service.Protection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code settle}: with no command, opens the window; with a command, runs it and exits
 * (0 success, 1 refused, 2 bad arguments).
 */
@Command(name = "settle", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Settle: customer payments, applications and credit balances.%n"
                + "Run without a command to open the window.",
        subcommands = {InitCommand.class, DemoCommand.class, VerifyCommand.class, AccountCommand.class, DocumentCommand.class,
            PaymentCommand.class, CreditCommand.class, UserCommand.class, ImportCommand.class,
            ExportCommand.class, BackupCommand.class, RestoreCommand.class, BenchCommand.class,
            CrashLoopCommand.class, TrainingCommand.class, ProtectCommand.class, UnprotectCommand.class,
            RecoverCommand.class, StatementCommand.class, CloseCommand.class, JournalCommand.class, WriteOffCommand.class,
            DepositAccountCommand.class, CompactCommand.class, ServerCommand.class})
public final class SettleCommand implements Callable<Integer> {

    /** Starts the window; supplied by the app, so the command line does not depend on JavaFX. */
    public interface WindowLauncher {
        /** @param server the team server to connect to at once (its address), or null for the company file */
        int launch(String databaseFile, boolean demo, String user, String server);
    }

    private final CliContext context;
    private final WindowLauncher window;

    @Mixin
    private GlobalOptions options;

    @Option(names = "--demo", description = "Open the window; if the database is empty, load the sample company first.")
    boolean demo;

    public SettleCommand(CliContext context, WindowLauncher window) {
        this.context = context;
        this.window = window;
    }

    CliContext context() {
        return context;
    }

    GlobalOptions options() {
        return options;
    }

    @Override
    public Integer call() {
        ServerAddress server = context.server(options);
        if (server != null) {
            if (demo) {
                throw new ValidationException("--demo", "loads the sample company into a company file, not onto a"
                        + " team server; leave out --server, or --demo");
            }
            // The window asks for the password itself, in its Connect to a team server dialog.
            return window.launch(context.databaseFile(options).toString(), false,
                    context.signingIn(options), server.toString());
        }
        if (!Protection.isProtected(context.databaseFile(options))) {
            context.checkUserOption(options.user);
        }
        return window.launch(context.databaseFile(options).toString(), demo, options.user, null);
    }
}
