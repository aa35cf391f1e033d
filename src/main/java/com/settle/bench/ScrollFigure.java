package com.settle.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Payments list dragged from top to end in the real window, as the launcher starts it (its heap, software
 * rendering under Xvfb here): a child process with the scroll probe on reports the FX thread's frames, beside a
 * plain table of as many rows made in memory in the same window (the raw baseline: JavaFX itself).
 */
final class ScrollFigure {

    private final FigureTable table;

    ScrollFigure(FigureTable table) {
        this.table = table;
    }

    void run(Path file) throws Exception {
        if (System.getenv("DISPLAY") == null && !System.getProperty("os.name").startsWith("Windows")
                && !System.getProperty("os.name").startsWith("Mac")) {
            table.note("Payments list dragged in the window: not measured, no display (run under Xvfb)");
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path data = Files.createTempDirectory("settle-scroll");
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx512m", "-Dprism.order=sw",
                "-Dsettle.scroll.probe=exit", "-cp", System.getProperty("java.class.path"), "com.settle.app.Main",
                "--db", file.toString())).redirectErrorStream(true);
        // A data folder of its own: the window's remembered size and the log stay out of the clerk's.
        pb.environment().put("XDG_DATA_HOME", data.toString());
        Process p = pb.start();
        Map<String, Map<String, String>> seen = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] words = line.split(" ");
                if (words.length > 1 && (words[0].equals("payments") || words[0].equals("plain"))) {
                    Map<String, String> values = new HashMap<>();
                    for (int i = 1; i < words.length; i++) {
                        String[] kv = words[i].split("=", 2);
                        if (kv.length == 2) {
                            values.put(kv[0], kv[1]);
                        }
                    }
                    seen.put(words[0], values);
                } else if (line.startsWith("failed ")) {
                    table.note("Payments list dragged in the window: the probe " + line);
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        Map<String, String> settle = seen.get("payments");
        Map<String, String> plain = seen.get("plain");
        if (settle == null || plain == null) {
            table.note("Payments list dragged in the window: the probe reported nothing");
            return;
        }
        table.note(String.format("Payments list dragged top to bottom in the window (%,d rows, 1024x700, %s steps;"
                + " raw: a plain table of as many rows in memory): frames drawn %s / %s, over 100 ms %s / %s; the drag"
                + " began %s ms after the list showed, once the startup check of the totals was over",
                Integer.parseInt(settle.get("rows")), settle.get("steps"), settle.get("frames"), plain.get("frames"),
                settle.get("over100"), plain.get("over100"), settle.get("waitedForCheckMs")));
        table.row("  the longest FX frame", number(settle, "longest"), number(plain, "longest"), "100 ms");
        table.row("  the FX frame at the 99th percentile", number(settle, "p99"), number(plain, "p99"), "-");
        table.row("  the slowest wait for the rows in view", number(settle, "slowestWait"),
                number(plain, "slowestWait"), "-");
        table.note("  heap in use in the window after the drag: " + settle.get("heapMb") + " MB of 512 MB");
    }

    private static double number(Map<String, String> values, String key) {
        return Double.parseDouble(values.get(key));
    }
}
