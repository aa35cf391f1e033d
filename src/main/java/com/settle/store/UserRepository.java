package com.settle.store;

import static com.settle.store.jooq.Tables.APP_USER;
import static com.settle.store.jooq.Tables.ROLE_PERMISSION;
import static com.settle.store.jooq.Tables.USER_ROLE;

import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record2;

/** Users and the permissions their roles grant. */
public final class UserRepository {

    /** An active user's id and display name. */
    public Optional<Record2<Long, String>> findActive(DSLContext tx, String username) {
        return tx.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER)
                .where(APP_USER.USERNAME.eq(username)).and(APP_USER.ACTIVE.isTrue())
                .fetchOptional();
    }

    public Set<String> permissions(DSLContext tx, long userId) {
        return tx.selectDistinct(ROLE_PERMISSION.PERMISSION).from(USER_ROLE).join(ROLE_PERMISSION)
                .on(ROLE_PERMISSION.ROLE_CODE.eq(USER_ROLE.ROLE_CODE))
                .where(USER_ROLE.USER_ID.eq(userId))
                .fetchSet(ROLE_PERMISSION.PERMISSION);
    }
}
