package com.settle.store;

/** Test helper run in a child JVM: opens a database file, says "open", and holds it until killed. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("settle.log.dir", System.getProperty("java.io.tmpdir"));
        Database db = Database.open(java.nio.file.Path.of(args[0]));
        System.out.println("open");
        System.out.flush();
        Thread.sleep(120_000);
        db.close();
    }
}
