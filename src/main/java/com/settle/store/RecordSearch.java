package com.settle.store;

import static com.settle.store.jooq.Tables.ACCOUNT;

import com.settle.domain.listing.SearchWords;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The search of the lists that hold every payment or every document of the file (hundreds of thousands of rows),
 * answered without reading every row for every word: a word finds the rows whose number or reference starts with
 * it (a number typed without its prefix and zeros, "250278", finds P-00250278) and, when the word can be money,
 * whose amounts start with it ("2507" finds 2,507.42): each an index lookup, the rows' ids their union. It finds
 * too the rows of the accounts whose number or name contains it (the accounts are few: read first) and the rows
 * whose method, status, type or currency says it: when those are many (a common name, "cash") they are tested on
 * each row the list reads, cheaply, as the list walks its order's index to the end of its page.
 */
final class RecordSearch {

    private final SearchLimits limits;
    private final Table<?> table;
    private final Field<Long> id;
    /** The parts answered by an index: the rows' ids are read first. */
    private final List<Condition> indexed = new ArrayList<>();
    /** The parts tested on each row: a coded value or a currency the word says, a large share of the table. */
    private final List<Function<Reading, Condition>> eachRow = new ArrayList<>();
    private final SearchWords.Word word;
    private Field<Long> accountId;
    /** Which accounts' rows the word finds: their number or name contains it, or the word is their currency. */
    private Condition accounts;
    private Condition everyColumn = DSL.falseCondition();

    private RecordSearch(SearchLimits limits, Table<?> table, Field<Long> id, SearchWords.Word word) {
        this.limits = limits;
        this.table = table;
        this.id = id;
        this.word = word;
    }

    /** A search of {@code table} (whose ids are {@code id}) for one word. */
    static RecordSearch of(SearchLimits limits, Table<?> table, Field<Long> id, SearchWords.Word word) {
        return new RecordSearch(limits, table, id, word);
    }

    /** Rows of the accounts whose number or name contains the word. */
    RecordSearch account(Field<Long> accountId) {
        Field<String> number = DSL.lower(ACCOUNT.NUMBER);
        Field<String> name = DSL.lower(ACCOUNT.NAME);
        String pattern = Searches.pattern(word.text());
        this.accountId = accountId;
        this.accounts = number.like(DSL.inline(pattern), Searches.ESCAPE)
                .or(name.like(DSL.inline(pattern), Searches.ESCAPE));
        return this;
    }

    /**
     * Rows whose number starts with the word, or is the number the word's digits make with one of the
     * {@code prefixes} (P: 250278 is P-00250278).
     */
    RecordSearch number(Field<String> number, String... prefixes) {
        startsWith(number);
        if (word.text().matches("[0-9]{1,8}")) {
            long value = Long.parseLong(word.text());
            List<String> numbers = new ArrayList<>();
            for (String prefix : prefixes) {
                numbers.add(Numbers.format(prefix, value));
            }
            indexed.add(number.in(numbers));
        }
        return this;
    }

    /** Rows whose text in {@code column} starts with the word, typed in capitals or in small letters. */
    RecordSearch startsWith(Field<String> column) {
        String upper = word.text().toUpperCase(Locale.ROOT);
        indexed.add(column.like(DSL.inline(prefix(upper)), Searches.ESCAPE));
        if (!upper.equals(word.text())) {
            indexed.add(column.like(DSL.inline(prefix(word.text())), Searches.ESCAPE));
        }
        return this;
    }

    /**
     * Rows whose coded value (a status, a method, a type) says the word: {@code said} gives each value's words (its
     * code, its label), {@code stored} what the column holds for it.
     */
    @SafeVarargs
    final <E, T> RecordSearch coded(Field<T> column, E[] values, Function<E, T> stored, Function<E, String>... said) {
        List<T> found = new ArrayList<>();
        for (E e : values) {
            for (Function<E, String> words : said) {
                if (words.apply(e).toLowerCase(Locale.ROOT).contains(word.text())) {
                    found.add(stored.apply(e));
                    break;
                }
            }
        }
        if (!found.isEmpty()) {
            eachRow.add(reading -> reading.test(column).in(found));
        }
        return this;
    }

    /**
     * Rows in the currency the word names (three letters): the rows of the accounts in that currency (every row of
     * an account is in its currency), after {@link #account}.
     */
    RecordSearch currency() {
        if (word.text().matches("[a-z]{3}")) {
            accounts = accounts.or(ACCOUNT.CURRENCY.eq(word.text().toUpperCase(Locale.ROOT)));
        }
        return this;
    }

    /** Rows whose amount in {@code column} starts with the word's number: 2507 is 2,507.00 to 2,507.99…. */
    RecordSearch amount(Field<BigDecimal> column) {
        if (!word.mayBeInAmount()) {
            return this;
        }
        BigDecimal from;
        try {
            from = new BigDecimal(word.plainNumber());
        } catch (NumberFormatException e) {
            return this;
        }
        BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(0, from.scale()));
        indexed.add(from.signum() < 0 ? column.gt(from.subtract(step)).and(column.le(from))
                : column.ge(from).and(column.lt(from.add(step))));
        return this;
    }

    /**
     * The rows any of the above finds, as the list's count and its page read them ({@link ListWhere}). The indexed
     * parts' ids are read first, each part by its own index, and the list then reads those rows by id: asked as one
     * {@code id IN (union)} beside other conditions, H2 can run the union again for every row of the table. The
     * word's accounts are read first too: when they are at most {@link SearchLimits#mostAccounts} their rows are read by id
     * like the others; when more (a common name: hundreds of accounts, a tenth of the table) their rows are tested
     * one by one, as the coded values are. When the indexed parts find more than {@link SearchLimits#mostIds} rows, the word
     * is looked for in every column of each row instead ({@link #orEveryColumn}): one pass over the table. No
     * answer needs the accounts joined.
     */
    void addTo(ListWhere where, DSLContext tx) {
        List<Long> accountIds = accounts == null ? List.of()
                : tx.select(ACCOUNT.ID).from(ACCOUNT).where(accounts).fetch(ACCOUNT.ID);
        boolean manyAccounts = accountIds.size() > limits.mostAccounts();
        List<Condition> byIndex = new ArrayList<>(indexed);
        if (!accountIds.isEmpty() && !manyAccounts) {
            byIndex.add(IdSet.among(accountId, accountIds));
        }
        List<Long> ids = byIndex.isEmpty() ? List.of() : ids(tx, byIndex);
        boolean everyRow = ids.size() > limits.mostIds();
        boolean testsRows = everyRow || manyAccounts || !eachRow.isEmpty();
        where.add(testsRows, form(Reading.COUNT, accountIds, ids), form(Reading.PAGE, accountIds, ids));
    }

    private Condition form(Reading reading, List<Long> accountIds, List<Long> ids) {
        List<Condition> any = new ArrayList<>();
        for (Function<Reading, Condition> c : eachRow) {
            any.add(c.apply(reading));
        }
        Condition ofAccounts = IdSet.among(reading.test(accountId), accountIds);
        if (ids.size() > limits.mostIds()) {
            any.add(everyColumn);
            if (!accountIds.isEmpty()) {
                any.add(ofAccounts);
            }
        } else {
            if (!ids.isEmpty()) {
                any.add(IdSet.among(id, ids));
            }
            if (accountIds.size() > limits.mostAccounts()) {
                any.add(ofAccounts);
            }
        }
        return any.isEmpty() ? DSL.falseCondition() : DSL.or(any);
    }

    private List<Long> ids(DSLContext tx, List<Condition> byIndex) {
        Select<Record1<Long>> union = null;
        for (Condition c : byIndex) {
            Select<Record1<Long>> one = DSL.select(id).from(table).where(c);
            union = union == null ? one : union.union(one);
        }
        Table<Record1<Long>> found = union.asTable("found");
        return tx.select(found.field(0, Long.class)).from(found).limit(limits.mostIds() + 1)
                .fetch(found.field(0, Long.class));
    }

    /** How the list reads the rows a search finds. */
    enum Reading {
        /** Every row found, counted: a test of many accounts or of a code is best answered by the column's index. */
        COUNT,
        /**
         * The first rows in the list's order: H2 walks the order's index and tests each row, where the column's
         * index would read all of those rows (a tenth of the table, a quarter) and sort them first.
         */
        PAGE;

        /**
         * The column as the test of a row reads it: for a page, as an expression H2 finds no index for (it reads
         * {@code x || ''} as the column itself, not COALESCE). The accounts' ids are written into the
         * statement: H2 then looks a row's value up in a set, where against parameters it compares the value with
         * each in turn.
         */
        <T> Field<T> test(Field<T> column) {
            return this == PAGE ? DSL.coalesce(column, column) : column;
        }
    }

    /**
     * The test of a row for a broad word: contains it in any of the row's own columns the list searches (the
     * account's number and name are tested through the word's accounts).
     */
    RecordSearch orEveryColumn(Condition contains) {
        this.everyColumn = contains;
        return this;
    }

    private static String prefix(String text) {
        return Searches.pattern(text).substring(1);
    }
}
