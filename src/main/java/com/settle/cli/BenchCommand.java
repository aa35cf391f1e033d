package com.settle.cli;

import com.settle.bench.AllocationBenchmark;
import com.settle.bench.BenchBooks;
import com.settle.bench.CreditBenchmark;
import com.settle.bench.ImportBenchmark;
import com.settle.bench.JournalBenchmark;
import com.settle.bench.LaunchBenchmark;
import com.settle.bench.PaymentBenchmark;
import com.settle.bench.ProtectionBenchmark;
import com.settle.bench.ScaleBenchmark;
import com.settle.domain.ServerAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code settle bench}: the benchmarks, with their raw baselines measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the benchmarks and print each figure next to a raw baseline from the same run. With"
                + " --server and --payment-only or --credit-only, also on new databases on that team server.")
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    private SettleCommand root;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--rounds", defaultValue = "15", description = "Timed rounds per figure (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--credit-only", description = "Run only the credit balance benchmark.")
    boolean creditOnly;

    @Option(names = "--import-only", description = "Run only the CSV import benchmark.")
    boolean importOnly;

    @Option(names = "--import-payments", paramLabel = "ROWS", defaultValue = "0", description = "With --import-only:"
            + " also import this many payments from one file, once (1000000 for the documented figure; run with"
            + " java -Xmx512m to hold the heap to its goal).")
    int importPayments;

    @Option(names = "--payment-only", description = "Run only the payment benchmark (persist, Proration, Apply"
            + " dialog, Verify books).")
    boolean paymentOnly;

    @Option(names = "--verify-only", description = "Run only the Verify books figure (seeds 165,000 items first).")
    boolean verifyOnly;

    @Option(names = "--launcher", paramLabel = "PATH", description = "With --launch-only: also time this installed"
            + " launcher (e.g. /opt/settle/bin/settle).")
    Path launcher;

    @Option(names = "--journal-only", description = "Run only the journal figure (seeds a year of 10,000 accounts"
            + " first).")
    boolean journalOnly;

    @Option(names = "--launch-only", description = "Run only the launch benchmark (needs a display, e.g. Xvfb).")
    boolean launchOnly;

    @Option(names = "--protection-only", description = "Run only the protection figures (key derivation, opening"
            + " a protected file against the same file plain).")
    boolean protectionOnly;

    @Option(names = "--scale", paramLabel = "FILE", description = "Run only the ten-year company figures on FILE, a"
            + " company made by settle demo --size large (run with java -Xmx512m; FILE is read, backed up to a"
            + " temporary folder beside it, and upgraded if it is of an older version).")
    Path scale;

    /**
     * With {@code --server}: new databases on that server, one per benchmark, made and dropped by the benchmark
     * (the login needs CREATEDB); the database the address names is not written.
     */
    private BenchBooks.Place serverPlace() {
        CliContext cli = root.context();
        GlobalOptions options = root.options();
        ServerAddress address = cli.server(options);
        if (address == null) {
            return null;
        }
        String user = cli.signingIn(options);
        return BenchBooks.server(address, user, cli.serverPassword(options, address, user));
    }

    @Override
    public Integer call() {
        if (rounds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
        }
        if (scale != null && !Files.isRegularFile(scale)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--scale: " + scale
                    + " is not a file; make one with: settle demo --size large --db " + scale);
        }
        if (root.context().server(root.options()) != null && !paymentOnly && !creditOnly) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--server: the benchmarks run on"
                    + " a team server with --payment-only or --credit-only (the others measure a company file)");
        }
        BenchBooks.Place server = serverPlace();
        try {
            if (scale != null) {
                new ScaleBenchmark(root.context().out(), Math.min(rounds, 7), scale).run();
                return 0;
            }
            if (launchOnly) {
                new LaunchBenchmark(root.context().out(), rounds).withLauncher(launcher).run();
                return 0;
            }
            if (journalOnly) {
                new JournalBenchmark(root.context().out(), rounds).run();
                return 0;
            }
            if (protectionOnly) {
                new ProtectionBenchmark(root.context().out(), rounds).run();
                return 0;
            }
            if (paymentOnly) {
                new PaymentBenchmark(root.context().out(), rounds).withScreens(root.context().screens()).run();
                if (server != null) {
                    new PaymentBenchmark(root.context().out(), rounds).on(server).run();
                }
                return 0;
            }
            if (verifyOnly) {
                new PaymentBenchmark(root.context().out(), rounds).verifyOnly().run();
                return 0;
            }
            if (importOnly) {
                new ImportBenchmark(root.context().out(), rounds).withPayments(importPayments).run();
                return 0;
            }
            if (creditOnly) {
                new CreditBenchmark(root.context().out(), rounds).run();
                if (server != null) {
                    new CreditBenchmark(root.context().out(), rounds).on(server).run();
                }
                return 0;
            }
            new AllocationBenchmark(root.context().out(), rounds).run();
            new PaymentBenchmark(root.context().out(), rounds).withScreens(root.context().screens()).run();
            new CreditBenchmark(root.context().out(), rounds).run();
            new JournalBenchmark(root.context().out(), rounds).run();
            new ImportBenchmark(root.context().out(), rounds).withPayments(importPayments).run();
            new ProtectionBenchmark(root.context().out(), Math.min(rounds, 7)).run();
            new LaunchBenchmark(root.context().out(), Math.min(rounds, 7)).run();
        } catch (Exception e) {
            throw new IllegalStateException("a benchmark failed", e);
        }
        return 0;
    }
}
