package com.settle.store;

import com.settle.domain.listing.SearchWords;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A list's search in SQL: a word matches a row when one of its columns contains it (as typed or as a number). A
 * word that cannot be part of an amount is not looked for in the amounts: on a large file those are the costly
 * columns (an account's open and unapplied amounts are sums over its documents and payments).
 */
final class Searches {

    static final char ESCAPE = '!';

    private Searches() {
    }

    static Condition anyContains(SearchWords.Word word, List<Field<?>> words, List<Field<?>> amounts) {
        List<Field<?>> columns = new ArrayList<>(words);
        if (word.mayBeInAmount()) {
            columns.addAll(amounts);
        }
        List<Condition> any = new ArrayList<>();
        for (Field<?> c : columns) {
            Field<String> text = DSL.lower(c.cast(String.class));
            any.add(text.like(DSL.inline(pattern(word.text())), ESCAPE));
            if (!word.plainNumber().equals(word.text())) {
                any.add(text.like(DSL.inline(pattern(word.plainNumber())), ESCAPE));
            }
        }
        return DSL.or(any);
    }

    /**
     * '%word%' with the word's own % and _ escaped, written into the statement: H2 compiles a constant pattern
     * once, where a pattern built in SQL from a parameter ('%' || ? || '%') is compiled again for every row.
     */
    static String pattern(String word) {
        return "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
