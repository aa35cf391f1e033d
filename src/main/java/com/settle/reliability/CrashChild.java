package com.settle.reliability;

import com.settle.service.Services;
import com.settle.domain.ServerAddress;
import com.settle.store.Database;
import com.settle.store.TeamServer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * The process the crash loop kills: runs random use cases on a database file (or a team server's database) until it
 * is killed, and after each one the services committed, appends {@code <n> <kind> <signature>} to a journal and
 * forces it to disk. A line is written only after its commit returned, so a kill between the two loses only the
 * report, never a reported commit.
 */
public final class CrashChild {

    /** Printed once the database is open and the work is about to start. */
    public static final String READY = "ready";
    /** How DB names a team server's database instead of a file (user and password in SETTLE_USER, SETTLE_PASSWORD). */
    static final String SERVER_PREFIX = "postgresql://";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);

    private CrashChild() {
    }

    /**
     * {@code CrashChild DB JOURNAL SEED [STEPS]}: with STEPS, stops after that many use cases and exits
     * normally (a training run whose loaded classes become the class-data-sharing archive of the others).
     */
    public static void main(String[] args) throws IOException {
        Path journal = Path.of(args[1]);
        long seed = Long.parseLong(args[2]);
        long steps = args.length > 3 ? Long.parseLong(args[3]) : Long.MAX_VALUE;
        boolean onServer = args[0].startsWith(SERVER_PREFIX);
        String user = onServer ? System.getenv("SETTLE_USER") : "admin";
        try (Database database = onServer ? TeamServer.open(ServerAddress.parse("DB", args[0]), user,
                System.getenv("SETTLE_PASSWORD").toCharArray(), false) : Database.open(Path.of(args[0]));
             FileChannel out = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     StandardOpenOption.APPEND)) {
            Services services = onServer ? new Services(database.dsl(), user, CLOCK)
                    : Services.singlePerson(database.dsl(), user, CLOCK);
            RandomWork work = new RandomWork(services, database.dsl(), new Random(seed),
                    journal.toAbsolutePath().getParent());
            work.prepare();
            System.out.println(READY);
            System.out.flush();
            for (long n = 1; n <= steps; n++) {
                RandomWork.Kind done = work.step();
                if (done != null) {
                    String line = n + " " + done + " " + Signature.of(database.dsl()).text() + "\n";
                    out.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
                    out.force(false);
                }
            }
        }
    }
}
