package com.settle.cli;

import com.settle.reliability.CrashLoop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code settle crash-loop --kills N}: the crash loop of the test suite, as long as you like. */
@Command(name = "crash-loop", mixinStandardHelpOptions = true,
        description = {"Kill child processes running random use cases with SIGKILL at random moments; after each kill,"
                + " reopen the file, verify the books and check that every operation reported committed is there.",
            "Prints kills, operations committed, operations lost (must be 0) and partial use cases (must be 0);"
                + " exits 0 when nothing was lost or half stored, 1 otherwise."})
final class CrashLoopCommand implements Callable<Integer> {

    @ParentCommand
    private SettleCommand root;

    @Option(names = "--kills", defaultValue = "1000", description = "How many kills (default: ${DEFAULT-VALUE}).")
    private int kills;

    @Option(names = "--lanes", defaultValue = "2", description = "Loops side by side, each on its own file"
            + " (default: ${DEFAULT-VALUE}).")
    private int lanes;

    @Option(names = "--dir", description = "Folder for the databases and journals (default: a new temporary one,"
            + " kept for inspection).")
    private Path dir;

    @Option(names = "--seed", defaultValue = "20261124", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws Exception {
        CliContext cli = root.context();
        if (kills < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--kills: must be at least 1, not " + kills);
        }
        if (lanes < 1 || lanes > 16) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--lanes: must be 1 to 16, not " + lanes);
        }
        Path folder = dir != null ? dir : Files.createTempDirectory("settle-crash-loop");
        cli.out().println("crash loop in " + folder + ": " + kills + " kills in " + lanes + " lanes");
        CrashLoop.Report report = new CrashLoop(folder, seed, 100, 700, System.getProperty("java.class.path"))
                .run(kills, lanes, line -> {
                    cli.out().println(line);
                    cli.out().flush();
                });
        cli.out().println(report);
        report.problems().stream().limit(20).forEach(p -> cli.out().println("  " + p));
        return report.clean() ? 0 : 1;
    }
}
