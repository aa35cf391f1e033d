package com.settle.store;

import java.io.IOException;
import java.nio.file.Path;

/** Test helper run in a child JVM: opens a database file, says "open", and holds it until killed. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    /** Starts a child JVM that holds {@code file} open; it prints "open" once it does. */
    public static Process start(Path file) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), file.toString())
                .redirectErrorStream(true).start();
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("settle.log.dir", System.getProperty("java.io.tmpdir"));
        Database db = Database.open(Path.of(args[0]));
        System.out.println("open");
        System.out.flush();
        Thread.sleep(120_000);
        db.close();
    }
}
