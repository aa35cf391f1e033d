package com.settle.store;

import static com.settle.store.jooq.Tables.APP_SETTING;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;

/** Application-wide settings, one value per name. */
public final class SettingsRepository {

    public Optional<String> get(DSLContext tx, String name) {
        return tx.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.NAME.eq(name))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    /** Every setting whose name starts with {@code prefix}, by the rest of its name. */
    public Map<String, String> byPrefix(DSLContext tx, String prefix) {
        Map<String, String> out = new TreeMap<>();
        tx.select(APP_SETTING.NAME, APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.NAME.startsWith(prefix))
                .forEach(r -> out.put(r.value1().substring(prefix.length()), r.value2()));
        return out;
    }

    public void remove(DSLContext tx, String name) {
        tx.deleteFrom(APP_SETTING).where(APP_SETTING.NAME.eq(name)).execute();
    }

    public void put(DSLContext tx, String name, String value) {
        tx.mergeInto(APP_SETTING).using(tx.selectOne())
                .on(APP_SETTING.NAME.eq(name))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(APP_SETTING.NAME, APP_SETTING.SETTING_VALUE).values(name, value)
                .execute();
    }
}
