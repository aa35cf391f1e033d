package com.settle.reliability;

import com.settle.domain.ServerAddress;
import com.settle.service.ServiceException;
import com.settle.service.Services;
import com.settle.service.StaleDataException;
import com.settle.store.Database;
import com.settle.store.TeamServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;

/**
 * Clerks working on one team server at once, each a thread with books (and connections) of its own, running random
 * use cases ({@link RandomWork}) on the same few accounts for a while. What each saw is kept: use cases stored, the
 * history chain's last entry after each (an acknowledged use case must still be in the chain at the end), refusals
 * as stale data or as the business's, and failures: anything else, such as a deadlock or a database error, which
 * must not happen.
 */
public final class ServerClerks {

    /** What the clerks saw. */
    public record Report(long stored, long stale, long refused, List<String> failures, List<String> chainPoints) {

        public Report plus(Report o) {
            List<String> f = new ArrayList<>(failures);
            f.addAll(o.failures);
            List<String> c = new ArrayList<>(chainPoints);
            c.addAll(o.chainPoints);
            return new Report(stored + o.stored, stale + o.stale, refused + o.refused, f, c);
        }

        static final Report NONE = new Report(0, 0, 0, List.of(), List.of());

        /** One line per figure, then the failures and the chain points, for a report file. */
        public List<String> lines() {
            List<String> out = new ArrayList<>(List.of("stored " + stored, "stale " + stale, "refused " + refused));
            failures.forEach(f -> out.add("failure " + f.replace('\n', ' ')));
            chainPoints.forEach(c -> out.add("chain " + c));
            return out;
        }

        public static Report parse(List<String> lines) {
            long stored = 0;
            long stale = 0;
            long refused = 0;
            List<String> failures = new ArrayList<>();
            List<String> chain = new ArrayList<>();
            for (String line : lines) {
                String[] p = line.split(" ", 2);
                switch (p[0]) {
                    case "stored" -> stored = Long.parseLong(p[1]);
                    case "stale" -> stale = Long.parseLong(p[1]);
                    case "refused" -> refused = Long.parseLong(p[1]);
                    case "failure" -> failures.add(p[1]);
                    case "chain" -> chain.add(p[1]);
                    default -> failures.add("unreadable report line: " + line);
                }
            }
            return new Report(stored, stale, refused, failures, chain);
        }
    }

    /** The history chain's newest entry: after a use case is acknowledged, it must stay in the chain for good. */
    static final String LAST_CHAIN_ENTRY = "SELECT seq, chain_hash FROM history_chain ORDER BY seq DESC LIMIT 1";

    private final ServerAddress server;
    private final String user;
    private final char[] password;
    private final Path scratch;

    public ServerClerks(ServerAddress server, String user, char[] password, Path scratch) {
        this.server = server;
        this.user = user;
        this.password = password.clone();
        this.scratch = scratch;
    }

    /** Runs {@code clerks} threads for {@code millis}, each from its own seed; returns what they saw together. */
    public Report run(int clerks, long millis, long seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clerks);
        try {
            List<Future<Report>> futures = new ArrayList<>();
            long until = System.currentTimeMillis() + millis;
            for (int i = 0; i < clerks; i++) {
                long clerkSeed = seed + i;
                futures.add(pool.submit(() -> clerk(clerkSeed, until)));
            }
            Report all = Report.NONE;
            for (Future<Report> f : futures) {
                all = all.plus(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private Report clerk(long seed, long until) throws IOException {
        long stored = 0;
        long stale = 0;
        long refused = 0;
        List<String> failures = new ArrayList<>();
        List<String> chain = new ArrayList<>();
        Path own = Files.createTempDirectory(scratch, "clerk");
        try (Database db = TeamServer.open(server, user, password, false)) {
            Services services = new Services(db.dsl(), user, CrashChild.CLOCK);
            RandomWork work = new RandomWork(services, db.dsl(), new Random(seed), own);
            while (System.currentTimeMillis() < until) {
                try {
                    RandomWork.Outcome o = work.attempt();
                    if (o.refusal() == null) {
                        stored++;
                        Record last = db.dsl().fetchOne(LAST_CHAIN_ENTRY);
                        if (last != null) {
                            chain.add(last.get(0) + " " + last.get(1));
                        }
                    } else if (o.refusal() instanceof StaleDataException) {
                        stale++;
                    } else if (fromTheDatabase(o.refusal())) {
                        failures.add(o.kind() + ": " + o.refusal().getMessage() + " (" + rootCause(o.refusal()) + ")");
                    } else {
                        refused++;
                    }
                } catch (RuntimeException e) {
                    failures.add(e + " (" + rootCause(e) + ")");
                }
            }
        }
        return new Report(stored, stale, refused, failures, chain);
    }

    /** A refusal the database made, not the business rules: a deadlock, a broken constraint, a lost connection. */
    private static boolean fromTheDatabase(RuntimeException refusal) {
        for (Throwable t = refusal.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof DataAccessException) {
                return true;
            }
        }
        return refusal instanceof ServiceException && refusal.getMessage().startsWith("The database");
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.toString().lines().findFirst().orElse("");
    }
}
