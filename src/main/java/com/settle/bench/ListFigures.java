package com.settle.bench;

import com.settle.domain.listing.AccountListQuery;
import com.settle.domain.listing.CreditAccountListQuery;
import com.settle.domain.listing.DocumentListQuery;
import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.PaymentListQuery;
import com.settle.domain.listing.SearchWords;
import com.settle.service.Services;
import com.settle.store.Database;
import java.util.List;
import java.util.Locale;

/**
 * The list figures of the scale benchmark: the first page of each list (its count and its first screenful, as
 * the list screens read them) in its own order and sorted by each column both ways, and a search by number,
 * name, reference and amount, each against the same page written as one plain SQL query.
 */
final class ListFigures {

    /** The rows a list screen reads at a time. */
    static final int PAGE = 200;
    /** First pages read by each side of each list before the timed rounds. */
    private static final int WARM_UP = 300;

    /** One list as Settle reads it: the count and the first page, for a sort (null key: its own) and a search. */
    interface SettleList {
        void firstPage(ListSort sort, SearchWords search);
    }

    /** A search of one kind and the word searched. */
    record Search(String kind, String word) {
    }

    private final FigureTable table;
    private final Database db;
    private final int rounds;

    ListFigures(FigureTable table, Database db, int rounds) {
        this.table = table;
        this.db = db;
        this.rounds = rounds;
    }

    void run(Services s, Samples samples) {
        SettleList payments = (sort, search) -> {
            var q = new PaymentListQuery(search, null, null, false, null, null, sort);
            s.payments().count(q);
            s.payments().page(q, 0, PAGE);
        };
        SettleList documents = (sort, search) -> {
            var q = new DocumentListQuery(search, null, null, false, null, null, sort);
            s.documents().count(q);
            s.documents().page(q, 0, PAGE);
        };
        SettleList accounts = (sort, search) -> {
            var q = new AccountListQuery(search, sort);
            s.accounts().count(q);
            s.accounts().page(q, 0, PAGE);
        };
        SettleList credit = (sort, search) -> {
            var q = new CreditAccountListQuery(search, false, sort);
            s.creditHistory().count(q);
            s.creditHistory().page(q, 0, PAGE);
        };
        warmUp(RawList.payments(), payments);
        warmUp(RawList.documents(), documents);
        warmUp(RawList.accounts(), accounts);
        warmUp(RawList.creditAccounts(), credit);
        sorts(RawList.payments(), payments);
        sorts(RawList.documents(), documents);
        sorts(RawList.accounts(), accounts);
        sorts(RawList.creditAccounts(), credit);
        searches(RawList.payments(), payments, List.of(new Search("number", samples.paymentNumber()),
                new Search("name", samples.nameWord()), new Search("reference", samples.reference()),
                new Search("amount", samples.amount()), new Search("method", "Cash")));
        searches(RawList.documents(), documents, List.of(new Search("number", samples.documentNumber()),
                new Search("name", samples.nameWord()), new Search("amount", samples.amount()),
                new Search("currency", "EUR")));
        searches(RawList.accounts(), accounts, List.of(new Search("number", samples.accountNumber()),
                new Search("name", samples.nameWord())));
        searches(RawList.creditAccounts(), credit, List.of(new Search("number", samples.accountNumber()),
                new Search("name", samples.nameWord())));
    }

    /**
     * Both ways of reading a list's first page, {@link #WARM_UP} times each before any is timed: the figures are
     * those of a window in use, not of the Java runtime's first seconds (seven rounds after one warm-up timed the
     * compiler: Settle's reads, through more code than raw JDBC, took up to five times as long at first and under
     * twice as long once compiled).
     */
    private void warmUp(RawList raw, SettleList settle) {
        for (int i = 0; i < WARM_UP; i++) {
            settle.firstPage(ListSort.natural(), SearchWords.none());
            db.dsl().connection(c -> raw.firstPage(c, null, false, null, PAGE));
        }
    }

    private void sorts(RawList raw, SettleList settle) {
        figure(raw.name() + ", first page, own order", raw, settle, null, false, null);
        for (String key : raw.keys()) {
            figure(raw.name() + " by " + key + " up", raw, settle, key, false, null);
            figure(raw.name() + " by " + key + " down", raw, settle, key, true, null);
        }
    }

    private void searches(RawList raw, SettleList settle, List<Search> searches) {
        for (Search search : searches) {
            String word = search.word().toLowerCase(Locale.ROOT);
            // Three rounds: the raw baseline reads every row of the table, seconds each time.
            double[][] t = Timing.alternating(Math.min(rounds, 3),
                    () -> settle.firstPage(ListSort.natural(), SearchWords.parse(search.word(), Locale.ROOT)),
                    () -> db.dsl().connection(c -> raw.firstPage(c, null, false, word, PAGE)));
            table.row(raw.name() + ", search " + search.kind() + " '" + search.word() + "' (raw: LIKE, every column)", t,
                    "200 ms");
        }
    }

    private void figure(String name, RawList raw, SettleList settle, String key, boolean descending, String word) {
        ListSort sort = key == null ? ListSort.natural() : new ListSort(key, descending);
        double[][] t = Timing.alternatingCalls(rounds, () -> settle.firstPage(sort, SearchWords.none()),
                () -> db.dsl().connection(c -> raw.firstPage(c, key, descending, word, PAGE)));
        table.row(name, t, "100 ms, 2x");
    }
}
