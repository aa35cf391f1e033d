package com.settle.store.chain;

import com.settle.store.Futures;
import com.settle.store.RowWalk;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Verify books' view of the history chain: recomputes every entry from the rows it covers and from the
 * entry before it, and finds history rows the chain never recorded. Read-only.
 */
public final class ChainCheck {

    /** Reports at most this many broken entries; the first is the one that matters. */
    private static final int SHOWN = 20;
    /**
     * Rows are read a range of ids at a time: one statement over a whole table (then a posted document joined to
     * its items, sorted) had the database write its result to temporary files first, and so did ranges of 10,000
     * documents (50,000 rows with their items, sorted in memory only up to a few ten thousand): 2,000 ids
     * a read checked the ten-year company's chain in 9 s instead of 15. The posted documents are now read without
     * the join ({@link PostedWalk}).
     */
    private static final long IDS_PER_READ = 2_000;

    /** One finding: which record, what the chain expected, what the rows now say. */
    public record Break(String record, String expected, String found) {
    }

    /** Breaks of the links and the head, found as the entries are read. */
    private final List<Break> out = new ArrayList<>();
    /** The entries of each kind, in id order. */
    private final Map<ChainKind, List<Entry>> byKind;
    /** What the kinds but the posted documents' were found to differ in ({@link #others}). */
    private final List<Found> others = new ArrayList<>();
    /** What the posted documents were found to differ in, as their walk goes ({@link #posted}). */
    private final List<Found> posted = new ArrayList<>();
    private Merge postedMerge;
    private PostedWalk postedWalk;
    /** The written kinds a pass reads for the chain ({@link #walk}): each one's merge and what it found to differ. */
    private final Map<ChainKind, Walked> walked = new EnumMap<>(ChainKind.class);

    private record Walked(Merge merge, List<Found> found) {
    }

    private ChainCheck(DSLContext t) {
        this.byKind = entries(t, out);
        byKind.values().forEach(entries -> entries.sort(Comparator.comparingLong(Entry::first)));
    }

    /** A chain entry as stored. */
    private record Entry(long seq, long first, long last, int rows, String digest) {
    }

    /** Runs a read on a connection of its own ({@code Transactions::read}). */
    public interface Reader {
        <T> T read(Function<DSLContext, T> work);
    }

    /**
     * Every break found, the first broken entry first. The posted documents with their items, most of the rows,
     * are read on {@code beside} while this thread reads the other kinds: the caller must keep writes out
     * meanwhile, so that both connections see the same history.
     */
    public static List<Break> check(Reader reader, Executor beside) {
        return check(reader, beside, IDS_PER_READ);
    }

    /** The same, reading {@code idsPerRead} ids of a table at a time (tests cross many ranges on a small file). */
    public static List<Break> check(Reader reader, Executor beside, long idsPerRead) {
        ChainCheck chain = reader.read(ChainCheck::start);
        RowWalk walk = chain.posted();
        CompletableFuture<Void> posted = CompletableFuture.runAsync(() -> reader.read(t -> {
            PostedScan.scan(t, walk);
            return null;
        }), beside);
        reader.read(t -> {
            chain.others(t, idsPerRead);
            return null;
        });
        Futures.join(posted);
        return reader.read(chain::breaks);
    }

    /**
     * Reads the chain's entries, each link and the head checked on the way; the rows are compared with them by
     * {@link #posted} and {@link #others}, on any threads and connections (writes kept out meanwhile), and what
     * differs is named by {@link #breaks} once both are done.
     */
    public static ChainCheck start(DSLContext t) {
        return new ChainCheck(t);
    }

    /**
     * The posted documents' part, for a pass over all document items to carry ({@link RowWalk}): each posted
     * document with its items against its entries.
     */
    public RowWalk posted() {
        postedMerge = new Merge(ChainKind.DOCUMENT_POSTED, byKind.getOrDefault(ChainKind.DOCUMENT_POSTED, List.of()),
                posted);
        postedWalk = new PostedWalk(postedMerge::row);
        return postedWalk;
    }

    /**
     * A written kind's part (a table whose rows are only ever added), for a pass over the whole table in id order to
     * carry: each row against its entry. Asked for before {@link #others} starts, which then leaves the kind out.
     */
    public RowWalk walk(ChainKind kind) {
        List<Found> found = new ArrayList<>();
        Merge merge = new Merge(kind, byKind.getOrDefault(kind, List.of()), found);
        walked.put(kind, new Walked(merge, found));
        return new KindWalk(kind, merge::row);
    }

    /** Every kind but the posted documents and those walked by a pass, each against its entries. */
    public void others(DSLContext t) {
        others(t, IDS_PER_READ);
    }

    private void others(DSLContext t, long idsPerRead) {
        for (ChainKind kind : ChainKind.values()) {
            if (!kind.withItems() && !walked.containsKey(kind)) {
                rows(t, kind, byKind.getOrDefault(kind, List.of()), others, idsPerRead);
            }
        }
    }

    /**
     * Every break found, the first broken entry first, once {@link #others} has returned and the walk of {@link
     * #posted} has finished; the entries of posted documents whose items the walk did not meet in order are read
     * again here, through the join.
     */
    public List<Break> breaks(DSLContext t) {
        List<Found> rows = new ArrayList<>(others);
        rows.addAll(postedFindings(t));
        walked.values().forEach(w -> {
            w.merge().rest();
            rows.addAll(w.found());
        });
        rows.sort(Comparator.comparingLong(Found::seq));
        List<Break> all = new ArrayList<>(out);
        rows.stream().limit(SHOWN).forEach(b -> all.add(b.found(t)));
        return all;
    }

    /** The chain's entries by kind, each link and the head checked on the way. */
    private static Map<ChainKind, List<Entry>> entries(DSLContext t, List<Break> out) {
        String previous = ChainDigest.GENESIS;
        long expectedSeq = 1;
        boolean linkBroken = false;
        Map<ChainKind, List<Entry>> byKind = new EnumMap<>(ChainKind.class);
        try (var entries = t.resultQuery("SELECT seq, kind, first_id, last_id, row_count, row_digest, chain_hash"
                + " FROM history_chain ORDER BY seq").fetchSize(1000).fetchLazy()) {
            for (Record e : entries) {
                long seq = e.get(0, Long.class);
                ChainKind kind = ChainKind.valueOf(e.get(1, String.class).strip());
                Entry entry = new Entry(seq, e.get(2, Long.class), e.get(3, Long.class), e.get(4, Integer.class),
                        e.get(5, String.class));
                String hash = e.get(6, String.class);
                if (!linkBroken && (seq != expectedSeq || !hash.equals(ChainDigest.link(previous, kind,
                        entry.first(), entry.last(), entry.rows(), entry.digest())))) {
                    linkBroken = true;
                    out.add(new Break("history chain entry " + seq, seq != expectedSeq ? "entry " + expectedSeq
                            + " next" : "a hash over the entry before it and its rows", seq != expectedSeq
                            ? "entry " + seq + " (entries removed or renumbered)" : "a different hash (the chain"
                            + " was rewritten from here)"));
                }
                expectedSeq = seq + 1;
                previous = hash;
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(entry);
            }
        }
        head(t, expectedSeq - 1, previous, out);
        return byKind;
    }

    /** A difference between an entry, or no entry, and the rows, named once all kinds are read. */
    private record Found(long seq, ChainKind kind, long first, long last, int rowsThen, int rowsNow, String number) {
        Break found(DSLContext t) {
            if (seq == Long.MAX_VALUE) {
                return new Break(kind.label() + " " + named(kind, number), "an entry in the history chain",
                        "none (written outside Settle)");
            }
            return new Break(describe(t, kind, first, last) + " (history chain entry " + seq + ")", rowsThen
                    + (rowsThen == 1 ? " row" : " rows") + " as written", rowsNow == rowsThen
                    ? "a changed value (edited outside Settle)" : rowsNow + " rows (rows"
                    + (rowsNow < rowsThen ? " deleted" : " added") + " outside Settle)");
        }
    }

    /**
     * One pass over a kind's rows beside its entries (both in id order): each entry's digest recomputed from
     * the rows in its range, and every row outside all ranges reported as written outside Settle.
     */
    private static void rows(DSLContext t, ChainKind kind, List<Entry> entries, List<Found> out, long idsPerRead) {
        Merge merge = new Merge(kind, entries, out);
        Record bounds = t.fetchOne("SELECT MIN(id), MAX(id) FROM " + kind.table());
        Long min = bounds.get(0, Long.class);
        if (min != null) {
            long max = bounds.get(1, Long.class);
            for (long first = min; first <= max; first += idsPerRead) {
                ChainDigest.scan(t, kind, first, Math.min(max, first + idsPerRead - 1), merge::row);
            }
        }
        merge.rest();
    }

    /** What the walk of the posted documents found; an entry with a document met out of order is read again. */
    private List<Found> postedFindings(DSLContext t) {
        if (postedMerge == null) {
            throw new IllegalStateException("the posted documents were not walked");
        }
        postedMerge.rest();
        ChainKind kind = ChainKind.DOCUMENT_POSTED;
        TreeSet<Long> outOfOrder = new TreeSet<>(postedWalk.outOfOrder());
        Set<Long> again = new HashSet<>();
        List<Found> found = new ArrayList<>();
        for (Entry e : byKind.getOrDefault(kind, List.of())) {
            Long first = outOfOrder.ceiling(e.first());
            if (first != null && first <= e.last()) {
                again.add(e.seq());
                ChainDigest.RangeDigest now = ChainDigest.range(t, kind, e.first(), e.last());
                if (now.rows() != e.rows() || !now.digest().equals(e.digest())) {
                    found.add(new Found(e.seq(), kind, e.first(), e.last(), e.rows(), now.rows(), null));
                }
            }
        }
        posted.stream().filter(f -> !again.contains(f.seq())).forEach(found::add);
        return found;
    }

    /** Walks a kind's rows beside its entries, both in id order. */
    private static final class Merge {
        private final ChainKind kind;
        private final List<Entry> entries;
        private final List<Found> out;
        private int i;
        private MessageDigest md = ChainDigest.sha256();
        private int count;
        private int unchained;
        private boolean covered;

        Merge(ChainKind kind, List<Entry> entries, List<Found> out) {
            this.kind = kind;
            this.entries = entries;
            this.out = out;
        }

        void row(long id, Object[] head, boolean parent, CanonicalRow bytes) {
            if (parent) {
                while (i < entries.size() && id > entries.get(i).last()) {
                    next();
                }
                covered = i < entries.size() && id >= entries.get(i).first();
                if (covered) {
                    count++;
                } else if (unchained++ < 5) {
                    out.add(new Found(Long.MAX_VALUE, kind, id, id, 0, 0, kind.numberColumn() == null
                            ? String.valueOf(id) : String.valueOf(head[kind.columns().indexOf("number")])));
                }
            }
            if (covered) {
                bytes.into(md);
            }
        }

        private void next() {
            finish(kind, entries.get(i++), md, count, out);
            md = ChainDigest.sha256();
            count = 0;
        }

        void rest() {
            while (i < entries.size()) {
                next();
            }
        }
    }

    private static void finish(ChainKind kind, Entry e, MessageDigest md, int count, List<Found> out) {
        if (count != e.rows() || !HexFormat.of().formatHex(md.digest()).equals(e.digest())) {
            out.add(new Found(e.seq(), kind, e.first(), e.last(), e.rows(), count, null));
        }
    }

    private static void head(DSLContext t, long entries, String hash, List<Break> out) {
        HistoryChain.Head head = HistoryChain.head(t);
        if (head.entries() != entries || !head.hash().equals(hash)) {
            out.add(new Break("history chain head", "entry " + entries + " " + hash.substring(0, 12),
                    "entry " + head.entries() + " " + head.shortForm()));
        }
    }

    private static String named(ChainKind kind, String number) {
        return kind.numberColumn() == null ? "with id " + number : number;
    }

    /** The rows an entry covers as a clerk names them: a number, or a first and last number. */
    private static String describe(DSLContext t, ChainKind kind, long first, long last) {
        if (kind.numberColumn() == null) {
            return kind.label() + (first == last ? " with id " + first : "s with ids " + first + " to " + last);
        }
        List<String> numbers = t.fetch("SELECT number FROM " + kind.table() + " WHERE id BETWEEN ? AND ?"
                + " ORDER BY id", first, last).getValues(0, String.class);
        if (numbers.isEmpty()) {
            return kind.label() + " with id " + first + (first == last ? "" : " to " + last);
        }
        String span = numbers.size() == 1 ? numbers.get(0) : numbers.get(0) + " to " + numbers.get(numbers.size() - 1);
        return kind.label() + " " + span;
    }
}
