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
 * The search of the lists that hold every payment or every document of the file (hundreds of thousands of rows;
 * the list joins the accounts while it searches),
 * answered from indexes: a word finds the rows whose account's number or name contains it (the accounts are few),
 * whose number or reference starts with it (a number typed without its prefix and zeros, "250278", finds
 * P-00250278), whose method, status, type or currency says it, and, when the word can be money, whose amounts
 * start with it ("2507" finds 2,507.42). Each of those is an index lookup; the row's ids are their union. A
 * contains-anywhere search of every column read every row of the table for each key the clerk typed.
 */
final class RecordSearch {

    /** The most rows a word's lookups hand to the list by id. */
    static final int MOST_IDS = 20_000;
    /** More accounts than this whose name or number has the word: their rows are tested one by one. */
    static final int MOST_ACCOUNTS = 100;

    private final Table<?> table;
    private final Field<Long> id;
    private final List<Condition> any = new ArrayList<>();
    private final SearchWords.Word word;
    private Field<Long> accountId;
    private Select<Record1<Long>> accounts;
    private int accountPart = -1;
    private Condition everyColumn = DSL.falseCondition();
    /** Whether the word names a method, status, type or currency: a large share of the table, tested row by row. */
    private boolean broad;

    private RecordSearch(Table<?> table, Field<Long> id, SearchWords.Word word) {
        this.table = table;
        this.id = id;
        this.word = word;
    }

    /** A search of {@code table} (whose ids are {@code id}) for one word. */
    static RecordSearch of(Table<?> table, Field<Long> id, SearchWords.Word word) {
        return new RecordSearch(table, id, word);
    }

    /** Rows of the accounts whose number or name contains the word. */
    RecordSearch account(Field<Long> accountId) {
        Field<String> number = DSL.lower(ACCOUNT.NUMBER);
        Field<String> name = DSL.lower(ACCOUNT.NAME);
        String pattern = Searches.pattern(word.text());
        this.accountId = accountId;
        this.accounts = DSL.select(ACCOUNT.ID).from(ACCOUNT).where(number.like(DSL.inline(pattern), Searches.ESCAPE)
                .or(name.like(DSL.inline(pattern), Searches.ESCAPE)));
        accountPart = any.size();
        any.add(accountId.in(accounts));
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
            any.add(number.in(numbers));
        }
        return this;
    }

    /** Rows whose text in {@code column} starts with the word, typed in capitals or in small letters. */
    RecordSearch startsWith(Field<String> column) {
        String upper = word.text().toUpperCase(Locale.ROOT);
        any.add(column.like(DSL.inline(prefix(upper)), Searches.ESCAPE));
        if (!upper.equals(word.text())) {
            any.add(column.like(DSL.inline(prefix(word.text())), Searches.ESCAPE));
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
            any.add(column.in(found));
            broad = true;
        }
        return this;
    }

    /** Rows in the currency the word names (three letters). */
    RecordSearch currency(Field<String> column) {
        if (word.text().matches("[a-z]{3}")) {
            any.add(column.eq(word.text().toUpperCase(Locale.ROOT)));
            broad = true;
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
        any.add(from.signum() < 0 ? column.gt(from.subtract(step)).and(column.le(from))
                : column.ge(from).and(column.lt(from.add(step))));
        return this;
    }

    /**
     * The rows any of the above finds. Their ids are read first, each part by its own index, and the list then
     * reads those rows by id: asked as one {@code id IN (union)} beside other conditions, H2 can run the union
     * again for every row of the table. A word that finds a large share of the rows (a method, a status, a
     * currency, more than {@link #MOST_ACCOUNTS} accounts, more than {@link #MOST_IDS} rows) is looked for in every
     * column of each row instead ({@link #orEveryColumn}): one pass over the table.
     */
    Condition condition(DSLContext tx) {
        if (any.isEmpty()) {
            return DSL.falseCondition();
        }
        List<Condition> each = new ArrayList<>(any);
        if (accountPart >= 0) {
            // The accounts are few: their ids are read once, here.
            List<Long> ids = tx.fetch(accounts).getValues(0, Long.class);
            each.set(accountPart, ids.isEmpty() ? DSL.falseCondition() : accountId.in(ids));
            broad |= ids.size() > MOST_ACCOUNTS;
        }
        if (broad) {
            return everyColumn;
        }
        Select<Record1<Long>> union = null;
        for (Condition c : each) {
            Select<Record1<Long>> one = DSL.select(id).from(table).where(c);
            union = union == null ? one : union.union(one);
        }
        Table<Record1<Long>> found = union.asTable("found");
        List<Long> ids = tx.select(found.field(0, Long.class)).from(found).limit(MOST_IDS + 1)
                .fetch(found.field(0, Long.class));
        if (ids.size() <= MOST_IDS) {
            return ids.isEmpty() ? DSL.falseCondition() : id.in(ids);
        }
        return everyColumn;
    }

    /** The test of a row for a broad word: contains it in any column the list searches (the list joins the accounts). */
    RecordSearch orEveryColumn(Condition contains) {
        this.everyColumn = contains;
        return this;
    }

    private static String prefix(String text) {
        return Searches.pattern(text).substring(1);
    }
}
