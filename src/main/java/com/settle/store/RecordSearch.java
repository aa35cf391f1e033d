package com.settle.store;

import static com.settle.store.jooq.Tables.ACCOUNT;

import com.settle.domain.listing.SearchWords;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The search of the lists that hold every payment or every document of the file (hundreds of thousands of rows),
 * answered from indexes: a word finds the rows whose account's number or name contains it (the accounts are few),
 * whose number or reference starts with it (a number typed without its prefix and zeros, "250278", finds
 * P-00250278), whose method, status, type or currency says it, and, when the word can be money, whose amounts
 * start with it ("2507" finds 2,507.42). Each of those is an index lookup; the row's ids are their union. A
 * contains-anywhere search of every column read every row of the table for each key the clerk typed.
 */
final class RecordSearch {

    private final Table<?> table;
    private final Field<Long> id;
    private final List<Condition> any = new ArrayList<>();
    private final SearchWords.Word word;

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
        any.add(accountId.in(DSL.select(ACCOUNT.ID).from(ACCOUNT)
                .where(number.like(DSL.inline(pattern), Searches.ESCAPE)
                        .or(name.like(DSL.inline(pattern), Searches.ESCAPE)))));
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
        }
        return this;
    }

    /** Rows in the currency the word names (three letters). */
    RecordSearch currency(Field<String> column) {
        if (word.text().matches("[a-z]{3}")) {
            any.add(column.eq(word.text().toUpperCase(Locale.ROOT)));
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

    /** The rows any of the above finds: the union of their ids, each found by its own index. */
    Condition condition() {
        if (any.isEmpty()) {
            return DSL.falseCondition();
        }
        Select<Record1<Long>> ids = null;
        for (Condition c : any) {
            Select<Record1<Long>> one = DSL.select(id).from(table).where(c);
            ids = ids == null ? one : ids.union(one);
        }
        return id.in(ids);
    }

    private static String prefix(String text) {
        return Searches.pattern(text).substring(1);
    }
}
