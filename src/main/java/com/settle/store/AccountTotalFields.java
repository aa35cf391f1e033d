package com.settle.store;

import static com.settle.store.jooq.Tables.ACCOUNT;
import static com.settle.store.jooq.Tables.ACCOUNT_TOTAL;

import org.jooq.Field;
import org.jooq.impl.DSL;

/** An account's kept sum ({@link AccountTotals}) as a column of an accounts query: zero for an account without a row. */
final class AccountTotalFields {

    private AccountTotalFields() {
    }

    static <T extends Number> Field<T> kept(Field<T> column) {
        Field<T> stored = DSL.field(DSL.select(column).from(ACCOUNT_TOTAL).where(ACCOUNT_TOTAL.ACCOUNT_ID.eq(ACCOUNT.ID)));
        return DSL.coalesce(stored, DSL.inline(0).cast(column.getDataType()));
    }
}
