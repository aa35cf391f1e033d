package com.settle.store;

import com.settle.domain.listing.SearchWords;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** A list's search in SQL: a word matches a row when one of its columns contains it (as typed or as a number). */
final class Searches {

    private Searches() {
    }

    static Condition anyContains(SearchWords.Word word, Field<?>... columns) {
        List<Condition> any = new ArrayList<>();
        for (Field<?> c : columns) {
            Field<String> text = DSL.lower(c.cast(String.class));
            any.add(text.contains(word.text()));
            if (!word.plainNumber().equals(word.text())) {
                any.add(text.contains(word.plainNumber()));
            }
        }
        return DSL.or(any);
    }
}
