package com.settle.bench;

import com.settle.service.Protection;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Launch to the first interactive window of the real app (the database open and migrated, the start page
 * shown), each round a new JVM on a display (Xvfb on a server), against the smallest JavaFX window started
 * the same way. Uses the sample company's database, opened once before to be migrated; also a protected
 * copy of it, signed in at once by the launch probe, whose launch less the key derivation (slow on purpose,
 * reported by the probe) is compared with the same file's plain launch.
 */
public final class LaunchBenchmark {

    private static final String PASSWORD = "a launch benchmark password";

    private final PrintWriter out;
    private final int rounds;
    private Path launcher;

    public LaunchBenchmark(PrintWriter out, int rounds) {
        this.out = out;
        this.rounds = rounds;
    }

    /** Also times an installed launcher (its own runtime and class-data-sharing archive); null for none. */
    public LaunchBenchmark withLauncher(Path installed) {
        this.launcher = installed;
        return this;
    }

    public void run() throws Exception {
        if (System.getenv("DISPLAY") == null && !System.getProperty("os.name").startsWith("Windows")
                && !System.getProperty("os.name").startsWith("Mac")) {
            out.println("launch benchmark skipped: no display (run it under Xvfb: Xvfb :99 & DISPLAY=:99 settle bench"
                    + " --launch-only)");
            out.flush();
            return;
        }
        Path dir = Files.createTempDirectory("settle-launch");
        Path db = dir.resolve("launch.mv.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        run(List.of(java, "-cp", cp, "com.settle.app.Main", "demo", "--db", db.toString()), Map.of());
        // A class-data-sharing archive of one launch (what an installer can ship): the second set of figures.
        Path jsa = dir.resolve("settle.jsa");
        run(List.of(java, "-XX:ArchiveClassesAtExit=" + jsa, "-Dprism.order=sw", "-Dsettle.launch.probe=exit", "-cp",
                cp, "com.settle.app.Main", "--db", db.toString()), Map.of());
        // The same company protected: signed in at once by the probe with SETTLE_PASSWORD, as the operating-system
        // user (the administrator the sample company's first run made).
        Path secured = dir.resolve("secured.mv.db");
        Files.copy(db, secured);
        Protection.protect(secured, System.getProperty("user.name"), PASSWORD.toCharArray());
        Map<String, List<Long>> t = new HashMap<>();
        for (int i = 0; i <= rounds; i++) {
            Map<String, Long> plain = run(List.of(java, "-Dprism.order=sw", "-Dsettle.launch.probe=exit", "-cp", cp,
                    "com.settle.app.Main", "--db", db.toString()), Map.of());
            Map<String, Long> shared = Files.exists(jsa) ? run(List.of(java, "-XX:SharedArchiveFile=" + jsa,
                    "-Dprism.order=sw", "-Dsettle.launch.probe=exit", "-cp", cp, "com.settle.app.Main", "--db",
                    db.toString()), Map.of()) : Map.of();
            Map<String, Long> signedIn = run(List.of(java, "-Dprism.order=sw", "-Dsettle.launch.probe=exit", "-cp",
                    cp, "com.settle.app.Main", "--db", secured.toString()), Map.of("SETTLE_PASSWORD", PASSWORD));
            Map<String, Long> raw = run(List.of(java, "-Dprism.order=sw", "-cp", cp, HelloFx.class.getName()),
                    Map.of());
            Map<String, Long> installed = launcher == null ? Map.of() : run(List.of(launcher.toString(), "--db",
                    db.toString()), Map.of("JAVA_TOOL_OPTIONS",
                    "-Dprism.order=sw -Dsettle.launch.probe=exit"));
            if (i == 0) {
                continue; // warm-up: the operating system's file cache
            }
            plain.forEach((k, v) -> t.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            shared.forEach((k, v) -> t.computeIfAbsent("cds " + k, x -> new ArrayList<>()).add(v));
            raw.forEach((k, v) -> t.computeIfAbsent("hello " + k, x -> new ArrayList<>()).add(v));
            installed.forEach((k, v) -> t.computeIfAbsent("installed " + k, x -> new ArrayList<>()).add(v));
            if (signedIn.containsKey("interactive") && signedIn.containsKey("derivation")) {
                t.computeIfAbsent("protected derivation", x -> new ArrayList<>()).add(signedIn.get("derivation"));
                t.computeIfAbsent("protected less derivation", x -> new ArrayList<>())
                        .add(signedIn.get("interactive") - signedIn.get("derivation"));
            }
        }
        double baseline = median(t.get("hello first frame"));
        out.println("launch benchmark (median of " + rounds + " launches from JVM start, sample company database;"
                + " raw = the smallest JavaFX window)");
        out.printf("%-52s %12s %12s %8s %8s%n", "figure", "settle ms", "raw ms", "ratio", "goal");
        String[][] rows = {{"first frame", "launch to first frame", "-"},
            {"interactive", "launch to first interactive window", "1500 ms"},
            {"cds first frame", "  same, first frame, with a CDS archive", "-"},
            {"cds interactive", "  same, interactive, with a CDS archive", "1500 ms"},
            {"installed first frame", "installed launcher, first frame", "-"},
            {"installed interactive", "installed launcher, interactive", "1500 ms"}};
        for (String[] r : rows) {
            if (t.containsKey(r[0])) {
                double ms = median(t.get(r[0]));
                out.printf("%-52s %12.0f %12.0f %7.2fx %8s%n", r[1], ms, baseline, ms / baseline, r[2]);
            }
        }
        if (t.containsKey("protected less derivation") && t.containsKey("interactive")) {
            double plainLaunch = median(t.get("interactive"));
            double secure = median(t.get("protected less derivation"));
            out.printf("%-52s %12.0f %12s %8s %8s%n", "protected file: the sign-in's key derivation",
                    median(t.get("protected derivation")), "-", "-", ">=250 ms");
            out.printf("%-52s %12.0f %12.0f %7.2fx %8s%n", "protected file: interactive less the derivation",
                    secure, plainLaunch, secure / plainLaunch, "<=1.3x");
            out.println("  (raw for this row: the same file unprotected, launch to first interactive window above)");
        }
        out.flush();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static Map<String, Long> run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        Map<String, Long> times = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                for (String key : List.of("first frame", "interactive", "derivation")) {
                    if (line.startsWith(key + " ")) {
                        times.put(key, Long.parseLong(line.substring(key.length() + 1).trim()));
                    }
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("launch did not finish: " + command);
        }
        return times;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
