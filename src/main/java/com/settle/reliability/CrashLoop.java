package com.settle.reliability;

import com.settle.domain.ServerAddress;
import com.settle.service.Services;
import com.settle.service.VerifyService;
import com.settle.store.Database;
import com.settle.store.TeamServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The crash loop: starts a child JVM ({@link CrashChild}) on one database file, kills it with SIGKILL
 * at a random moment, reopens the file, runs Verify books, and checks that every use case the child
 * reported committed is stored; then starts the next child on the same file. A use case half stored
 * shows as a Verify books difference; a reported commit missing shows as a lost operation.
 */
public final class CrashLoop {

    /** What the loop saw. {@code lost} and {@code partial} must be 0. */
    public record Report(int kills, long committed, long lost, long partial, List<String> problems,
                         Signature finalBooks, long millis) {

        public boolean clean() {
            return lost == 0 && partial == 0 && problems.isEmpty();
        }

        @Override
        public String toString() {
            return "crash loop: " + kills + " kills, " + committed + " operations committed, " + lost
                    + " lost, " + partial + " partial use cases, " + problems.size() + " other problems, "
                    + (millis / 1000) + " s; books at the end: " + finalBooks.text();
        }
    }

    private final Path folder;
    private final long seed;
    private final int minMillis;
    private final int maxMillis;
    private final String classPath;
    private Path archive;
    private ServerTarget server;

    /**
     * A team server's database the loop runs on instead of files (one lane: the signatures need one writer), signed in
     * as {@code user}; every {@code crashEvery}-th kill, {@code crashServer} first stops the server the way a power
     * cut would (PostgreSQL's immediate mode) and starts it again, while the child is in the middle of its work.
     */
    public record ServerTarget(ServerAddress address, String user, char[] password, Runnable crashServer,
                               int crashEvery) {
    }

    /** Runs the loop on a team server instead of files. */
    public CrashLoop onServer(ServerTarget target) {
        this.server = target;
        return this;
    }

    /**
     * @param folder    where the database file and the journal go (left there for inspection)
     * @param minMillis shortest time a child works before the kill
     * @param maxMillis longest time a child works before the kill
     * @param classPath the children's class path: the packaged jar, so that class-data sharing can cut
     *                  their start (a class path with folders runs without it)
     */
    public CrashLoop(Path folder, long seed, int minMillis, int maxMillis, String classPath) {
        this.classPath = classPath;
        this.folder = folder;
        this.seed = seed;
        this.minMillis = minMillis;
        this.maxMillis = maxMillis;
    }

    /**
     * Runs {@code kills} kills spread over {@code lanes} loops side by side, each on its own file (a child
     * JVM's start is single-threaded: two lanes keep two cores busy).
     */
    public Report run(int kills, int lanes, Consumer<String> progress) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        archive = trainArchive();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        try {
            List<Future<Report>> futures = new ArrayList<>();
            for (int lane = 0; lane < lanes; lane++) {
                int share = kills / lanes + (lane < kills % lanes ? 1 : 0);
                Path dir = folder.resolve("lane" + (lane + 1));
                long laneSeed = seed + lane;
                futures.add(pool.submit(() -> lane(dir, laneSeed, share, progress)));
            }
            List<Report> reports = new ArrayList<>();
            for (var f : futures) {
                reports.add(f.get());
            }
            Map<String, Long> books = new LinkedHashMap<>();
            reports.forEach(r -> r.finalBooks().counts().forEach((k, v) -> books.merge(k, v, Long::sum)));
            List<String> problems = new ArrayList<>();
            reports.forEach(r -> problems.addAll(r.problems()));
            return new Report(reports.stream().mapToInt(Report::kills).sum(),
                    reports.stream().mapToLong(Report::committed).sum(), reports.stream().mapToLong(Report::lost).sum(),
                    reports.stream().mapToLong(Report::partial).sum(), List.copyOf(problems), new Signature(books),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (ExecutionException e) {
            throw new IOException("a crash-loop lane failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A child that runs 60 use cases and exits normally, dumping the classes it loaded into a class-data
     * sharing archive the killed children start from (about half their start-up). Null when the class
     * path cannot have one (folders) or the JVM refuses.
     */
    private Path trainArchive() throws IOException, InterruptedException {
        if (Arrays.stream(classPath.split(File.pathSeparator)).anyMatch(p -> Files.isDirectory(
                Path.of(p)))) {
            return null;
        }
        Path jsa = folder.resolve("children.jsa");
        Path dir = folder.resolve("training");
        Files.createDirectories(dir);
        Process p = new ProcessBuilder(command("-XX:ArchiveClassesAtExit=" + jsa, dir.resolve("t.mv.db").toString(),
                dir.resolve("journal.txt"), 1L, "60")).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile()).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        return done && Files.exists(jsa) ? jsa : null;
    }

    private Report lane(Path dir, long laneSeed, int kills, Consumer<String> progress)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path file = dir.resolve("crash.mv.db");
        String db = server != null ? server.address().toString() : file.toString();
        Path journal = dir.resolve("journal.txt");
        Random random = new Random(laneSeed);
        long start = System.nanoTime();
        long lost = 0;
        long partial = 0;
        long committed = 0;
        List<String> problems = new ArrayList<>();
        Signature last = null;
        for (int kill = 1; kill <= kills; kill++) {
            Process child = start(dir, db, journal, random.nextLong());
            if (!awaitReady(child)) {
                problems.add(dir.getFileName() + " kill " + kill + ": the child did not start: " + errors(dir));
                child.destroyForcibly().waitFor();
                continue;
            }
            Thread.sleep(minMillis + random.nextInt(Math.max(1, maxMillis - minMillis)));
            if (server != null && kill % server.crashEvery() == 0) {
                server.crashServer().run();
            }
            child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no cleanup
            child.waitFor(30, TimeUnit.SECONDS);
            List<Signature> reported = reported(journal);
            committed = reported.size();
            Path asLeft = dir.resolve("as-left.mv.db");
            if (server == null) {
                Files.copy(file, asLeft, StandardCopyOption.REPLACE_EXISTING);
            }
            try (Database database = open(file)) {
                Services services = server != null ? new Services(database.dsl(), server.user(), CrashChild.CLOCK)
                        : Services.singlePerson(database.dsl(), "admin", CrashChild.CLOCK);
                VerifyService.Report books = services.verify().verify();
                if (!books.balanced()) {
                    partial += books.differences().size();
                    problems.add(dir.getFileName() + " kill " + kill + ": " + books.differences().get(0)
                            + (server == null ? " (the file as the killed child left it: " + keep(asLeft, kill) + ")"
                            : ""));
                }
                last = Signature.of(database.dsl());
                Signature now = last;
                long missing = reported.stream().filter(r -> !now.covers(r)).count();
                if (missing > 0) {
                    lost += missing;
                    problems.add(dir.getFileName() + " kill " + kill + ": " + missing + " reported operations missing; books "
                            + now.text() + ", last reported " + reported.get(reported.size() - 1).text());
                }
            }
            if (progress != null && (kill % 25 == 0 || kill == kills)) {
                progress.accept("  " + dir.getFileName() + ": " + kill + " kills, " + committed + " operations committed, " + lost + " lost, "
                        + partial + " partial");
            }
        }
        return new Report(kills, committed, lost, partial, List.copyOf(problems),
                last == null ? new Signature(Map.of()) : last, (System.nanoTime() - start) / 1_000_000);
    }

    /** The books the loop checks after a kill: the lane's file, or the team server's database. */
    private Database open(Path file) {
        return server != null ? TeamServer.open(server.address(), server.user(), server.password(), false)
                : Database.open(file);
    }

    private Process start(Path dir, String db, Path journal, long childSeed) throws IOException {
        ProcessBuilder b = new ProcessBuilder(command(archive == null ? "-Xshare:auto"
                : "-XX:SharedArchiveFile=" + archive, db, journal, childSeed, null))
                .redirectError(dir.resolve("child-stderr.txt").toFile());
        if (server != null) {
            b.environment().put("SETTLE_USER", server.user());
            b.environment().put("SETTLE_PASSWORD", new String(server.password()));
        }
        return b.start();
    }

    private List<String> command(String share, String db, Path journal, long childSeed, String steps) {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                share, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-cp", classPath,
                "-Dsettle.log.dir=" + journal.getParent(), CrashChild.class.getName(), db, journal.toString(),
                Long.toString(childSeed)));
        if (steps != null) {
            c.add(steps);
        }
        return c;
    }

    private static boolean awaitReady(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        return CrashChild.READY.equals(line);
    }

    /** Keeps the file as a killed child left it, when reopening it found the books out of balance. */
    private static Path keep(Path asLeft, int kill) throws IOException {
        Path kept = asLeft.resolveSibling("kill-" + kill + ".mv.db");
        Files.copy(asLeft, kept, StandardCopyOption.REPLACE_EXISTING);
        return kept;
    }

    private static String errors(Path dir) {
        try {
            String text = Files.readString(dir.resolve("child-stderr.txt")).trim();
            return text.isEmpty() ? "no output" : text.lines().findFirst().orElse("");
        } catch (IOException e) {
            return "no output";
        }
    }

    /**
     * The signatures of the complete journal lines. A line cut short by the kill is a report that did not
     * finish (its commit may or may not be there): it is cut off so the next child starts a fresh line.
     */
    static List<Signature> reported(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return List.of();
        }
        byte[] bytes = Files.readAllBytes(journal);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            try (RandomAccessFile f = new RandomAccessFile(journal.toFile(), "rw")) {
                f.setLength(end);
            }
        }
        List<Signature> out = new ArrayList<>();
        for (String line : new String(bytes, 0, end, StandardCharsets.US_ASCII).split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split(" ", 3);
                out.add(Signature.parse(parts[2]));
            }
        }
        return out;
    }
}
