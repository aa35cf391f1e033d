package com.settle.store.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extends the tamper-evident chain over saved history inside the transaction that wrote it: every new row
 * of a written kind and every noted event gets an entry whose hash covers its rows and the entry before it.
 * Write transactions run one at a time (the file's write lock), so two of them cannot interleave their
 * rows; the entries are added by {@link #extend} just before the transaction commits.
 */
public final class HistoryChain {

    private static final ThreadLocal<Map<ChainKind, TreeSet<Long>>> NOTED = new ThreadLocal<>();
    /** The newest row of each written kind when the transaction under way started. */
    private static final ThreadLocal<Map<ChainKind, Long>> STARTED = new ThreadLocal<>();
    private static final Logger LOG = LoggerFactory.getLogger(HistoryChain.class);

    /** The head: how many entries the chain has and the hash of the last (the genesis hash when none). */
    public record Head(long entries, String hash) {
        /** The first 12 characters: enough to compare two copies by eye. */
        public String shortForm() {
            return hash.substring(0, 12);
        }
    }

    private HistoryChain() {
    }

    /**
     * Starts collecting the events of one write transaction on this thread; false when one is already being
     * collected (a transaction inside another: the outer one extends the chain).
     */
    public static boolean begin() {
        if (NOTED.get() != null) {
            return false;
        }
        NOTED.set(new EnumMap<>(ChainKind.class));
        return true;
    }

    /**
     * Remembers the newest row of each written kind as the transaction starts (under the write lock). Rows
     * above the chain's last entry at that moment were committed by no Settle transaction, since each one
     * chains its rows before it commits: written outside Settle. {@link #extend} leaves them out, so Verify
     * books keeps naming them, however much is written after.
     */
    public static void started(DSLContext t) {
        STARTED.set(newestIds(t, ChainKind.all()));
    }

    /** Stops collecting (after commit or rollback). */
    public static void end() {
        NOTED.remove();
        STARTED.remove();
    }

    /** Records that these rows changed state as {@code kind} says, in the transaction under way. */
    public static void note(ChainKind kind, Collection<Long> ids) {
        Map<ChainKind, TreeSet<Long>> noted = NOTED.get();
        if (noted == null) {
            throw new IllegalStateException("history changed outside a write transaction");
        }
        noted.computeIfAbsent(kind, k -> new TreeSet<>()).addAll(ids);
    }

    public static void note(ChainKind kind, long id) {
        note(kind, List.of(id));
    }

    /** The head as stored. */
    public static Head head(DSLContext t) {
        Record r = t.fetchOne("SELECT last_id, chain_hash FROM history_chain_head WHERE kind = '*'");
        return new Head(r.get(0, Long.class), r.get(1, String.class));
    }

    /** Adds the entries for every new row and every event noted in this transaction. */
    public static void extend(DSLContext t) {
        Map<ChainKind, TreeSet<Long>> noted = NOTED.get();
        extend(t, noted == null ? Map.of() : noted, STARTED.get(), ChainKind.all());
    }

    /**
     * Starts the chain over the history a file already holds: the head rows, then one entry per run of
     * existing rows and of existing events. Run once, by the migration that adds the chain.
     */
    public static void start(DSLContext t) {
        t.execute("INSERT INTO history_chain_head (kind, last_id, chain_hash) VALUES ('*', 0, ?)",
                ChainDigest.GENESIS);
        join(t, ChainKind.FIRST);
    }

    /**
     * Adds the kinds migration {@code version} brings to the chain, with the rows and events of them a file
     * already holds. Run once, by that migration.
     */
    public static void join(DSLContext t, int version) {
        Map<ChainKind, List<Long>> events = new EnumMap<>(ChainKind.class);
        for (ChainKind kind : ChainKind.addedIn(version)) {
            if (kind.written()) {
                t.execute("INSERT INTO history_chain_head (kind, last_id) VALUES (?, 0)", kind.name());
            } else {
                events.put(kind, t.fetch("SELECT id FROM " + kind.table() + " WHERE " + kind.eligible()
                        + " ORDER BY id").getValues(0, Long.class));
            }
        }
        extend(t, events, null, ChainKind.upTo(version));
    }

    /**
     * Adds entries for every new row and for the given events. Also used by the migration that starts the
     * chain over a file's existing history, with every eligible event.
     */
    static void extend(DSLContext t, Map<ChainKind, ? extends Collection<Long>> events,
                       Map<ChainKind, Long> atStart, List<ChainKind> kinds) {
        Map<String, Long> lastIds = new HashMap<>();
        Head head = null;
        for (Record r : t.fetch("SELECT kind, last_id, chain_hash FROM history_chain_head")) {
            if ("*".equals(r.get(0, String.class))) {
                head = new Head(r.get(1, Long.class), r.get(2, String.class));
            } else {
                lastIds.put(r.get(0, String.class), r.get(1, Long.class));
            }
        }
        if (head == null) {
            throw new IllegalStateException("the history chain has no head row");
        }
        Map<ChainKind, Long> newest = newestIds(t, kinds);
        List<Object[]> entries = new ArrayList<>();
        for (ChainKind kind : kinds) {
            if (kind.written()) {
                long last = lastIds.getOrDefault(kind.name(), 0L);
                if (atStart != null && atStart.get(kind) > last) {
                    LOG.warn("{} rows with ids {} to {} were written outside Settle: left out of the history"
                            + " chain, so that Verify books names them", kind.label(), last + 1, atStart.get(kind));
                    last = atStart.get(kind);
                }
                if (newest.get(kind) > last) {
                    head = addWritten(t, kind, last, head, entries);
                }
            } else if (events.containsKey(kind)) {
                head = addEvents(t, kind, new TreeSet<>(events.get(kind)), head, entries);
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        var insert = t.batch(t.query("INSERT INTO history_chain (seq, kind, first_id, last_id, row_count,"
                + " row_digest, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?)", new Object[7]));
        entries.forEach(insert::bind);
        insert.execute();
        Map<String, Long> moved = new HashMap<>();
        for (Object[] e : entries) {
            if (ChainKind.valueOf((String) e[1]).written()) {
                moved.put((String) e[1], (Long) e[3]);
            }
        }
        moved.forEach((kind, last) -> t.execute("UPDATE history_chain_head SET last_id = ? WHERE kind = ?",
                last, kind));
        t.execute("UPDATE history_chain_head SET last_id = ?, chain_hash = ? WHERE kind = '*'", head.entries(),
                head.hash());
    }

    private static Map<ChainKind, Long> newestIds(DSLContext t, List<ChainKind> kinds) {
        List<ChainKind> written = kinds.stream().filter(ChainKind::written).toList();
        Record r = t.fetchOne("SELECT " + String.join(", ", written.stream()
                .map(k -> "(SELECT COALESCE(MAX(id), 0) FROM " + k.table() + ")").toList()));
        Map<ChainKind, Long> newest = new EnumMap<>(ChainKind.class);
        for (int i = 0; i < written.size(); i++) {
            newest.put(written.get(i), r.get(i, Long.class));
        }
        return newest;
    }

    private static Head addWritten(DSLContext t, ChainKind kind, long after, Head head, List<Object[]> entries) {
        List<Long> ids = t.fetch("SELECT id FROM " + kind.table() + " WHERE id > ? ORDER BY id", after)
                .getValues(0, Long.class);
        for (int from = 0; from < ids.size(); from += ChainDigest.ROWS_PER_ENTRY) {
            int to = Math.min(ids.size(), from + ChainDigest.ROWS_PER_ENTRY) - 1;
            head = add(t, kind, ids.get(from), ids.get(to), head, entries);
        }
        return head;
    }

    /** One entry per run of consecutive ids, so that each entry's range holds exactly the rows noted. */
    private static Head addEvents(DSLContext t, ChainKind kind, TreeSet<Long> ids, Head head,
                                  List<Object[]> entries) {
        long first = -1;
        long previous = -1;
        int run = 0;
        for (long id : ids) {
            if (run > 0 && (id != previous + 1 || run == ChainDigest.ROWS_PER_ENTRY)) {
                head = add(t, kind, first, previous, head, entries);
                run = 0;
            }
            if (run == 0) {
                first = id;
            }
            previous = id;
            run++;
        }
        if (run > 0) {
            head = add(t, kind, first, previous, head, entries);
        }
        return head;
    }

    private static Head add(DSLContext t, ChainKind kind, long first, long last, Head head, List<Object[]> entries) {
        ChainDigest.RangeDigest d = ChainDigest.range(t, kind, first, last);
        if (d.rows() == 0) {
            throw new IllegalStateException("no " + kind.label() + " rows between ids " + first + " and " + last);
        }
        String hash = ChainDigest.link(head.hash(), kind, first, last, d.rows(), d.digest());
        long seq = head.entries() + 1;
        entries.add(new Object[] {seq, kind.name(), first, last, d.rows(), d.digest(), hash});
        return new Head(seq, hash);
    }
}
