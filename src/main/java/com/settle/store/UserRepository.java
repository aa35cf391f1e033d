package com.settle.store;

import java.util.Locale;
import org.jooq.impl.DSL;
import static com.settle.store.jooq.Tables.APP_ROLE;
import static com.settle.store.jooq.Tables.APP_USER;
import static com.settle.store.jooq.Tables.ROLE_PERMISSION;
import static com.settle.store.jooq.Tables.USER_ROLE;

import com.settle.domain.model.RoleRow;
import com.settle.domain.model.UserRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Record2;

/** Users, roles and the permissions roles grant. */
public final class UserRepository {

    /** An active user's id and display name. */
    public Optional<Record2<Long, String>> findActive(DSLContext tx, String username) {
        return tx.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER)
                .where(APP_USER.USERNAME.eq(username)).and(APP_USER.ACTIVE.isTrue())
                .fetchOptional();
    }

    public Optional<UserRow> find(DSLContext tx, String username) {
        return users(tx).stream().filter(u -> u.username().equalsIgnoreCase(username)).findFirst();
    }

    public Set<String> permissions(DSLContext tx, long userId) {
        return tx.selectDistinct(ROLE_PERMISSION.PERMISSION).from(USER_ROLE).join(ROLE_PERMISSION)
                .on(ROLE_PERMISSION.ROLE_CODE.eq(USER_ROLE.ROLE_CODE))
                .where(USER_ROLE.USER_ID.eq(userId))
                .fetchSet(ROLE_PERMISSION.PERMISSION);
    }

    /** The database id of an existing user (any case of the username); the services name users by username. */
    public long idOf(DSLContext tx, String username) {
        return tx.select(APP_USER.ID).from(APP_USER).where(DSL.lower(APP_USER.USERNAME).eq(username.toLowerCase(
                Locale.ROOT))).fetchOptional(APP_USER.ID).orElseThrow(() -> new IllegalStateException(
                "no user " + username));
    }

    /** Every user, by username, with their roles. */
    public List<UserRow> users(DSLContext tx) {
        Map<Long, UserRow> rows = new LinkedHashMap<>();
        tx.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ACTIVE).from(APP_USER)
                .orderBy(APP_USER.USERNAME).forEach(r -> rows.put(r.value1(),
                        new UserRow(r.value2(), r.value3(), r.value4(), new ArrayList<>())));
        tx.select(USER_ROLE.USER_ID, USER_ROLE.ROLE_CODE).from(USER_ROLE).orderBy(USER_ROLE.ROLE_CODE)
                .forEach(r -> rows.get(r.value1()).roles().add(r.value2()));
        return rows.values().stream().map(u -> new UserRow(u.username(), u.displayName(), u.active(),
                List.copyOf(u.roles()))).toList();
    }

    /** Every role, by code, with the permissions it grants. */
    public List<RoleRow> roles(DSLContext tx) {
        Map<String, String> names = new LinkedHashMap<>();
        tx.select(APP_ROLE.CODE, APP_ROLE.NAME).from(APP_ROLE).orderBy(APP_ROLE.CODE)
                .forEach(r -> names.put(r.value1(), r.value2()));
        Map<String, Set<String>> granted = new LinkedHashMap<>();
        tx.select(ROLE_PERMISSION.ROLE_CODE, ROLE_PERMISSION.PERMISSION).from(ROLE_PERMISSION)
                .forEach(r -> granted.computeIfAbsent(r.value1(), k -> new TreeSet<>()).add(r.value2()));
        return names.entrySet().stream().map(e -> new RoleRow(e.getKey(), e.getValue(),
                List.copyOf(granted.getOrDefault(e.getKey(), Set.of())))).toList();
    }

    public long insertUser(DSLContext tx, String username, String displayName) {
        return tx.insertInto(APP_USER, APP_USER.USERNAME, APP_USER.DISPLAY_NAME).values(username, displayName)
                .returning(APP_USER.ID).fetchOne(APP_USER.ID);
    }

    public void setActive(DSLContext tx, long userId, boolean active) {
        tx.update(APP_USER).set(APP_USER.ACTIVE, active).where(APP_USER.ID.eq(userId)).execute();
    }

    public void setRoles(DSLContext tx, long userId, Collection<String> roles) {
        tx.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId)).execute();
        for (String role : roles) {
            tx.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE_CODE).values(userId, role).execute();
        }
    }

    public void insertRole(DSLContext tx, String code, String name) {
        tx.insertInto(APP_ROLE, APP_ROLE.CODE, APP_ROLE.NAME).values(code, name).execute();
    }

    public void setPermissions(DSLContext tx, String role, Collection<String> permissions) {
        tx.deleteFrom(ROLE_PERMISSION).where(ROLE_PERMISSION.ROLE_CODE.eq(role)).execute();
        for (String p : permissions) {
            tx.insertInto(ROLE_PERMISSION, ROLE_PERMISSION.ROLE_CODE, ROLE_PERMISSION.PERMISSION).values(role, p)
                    .execute();
        }
    }

    /** How many active users hold {@code permission} through some role. */
    public int activeHolders(DSLContext tx, String permission) {
        return tx.fetchCount(tx.selectDistinct(APP_USER.ID).from(APP_USER)
                .join(USER_ROLE).on(USER_ROLE.USER_ID.eq(APP_USER.ID))
                .join(ROLE_PERMISSION).on(ROLE_PERMISSION.ROLE_CODE.eq(USER_ROLE.ROLE_CODE))
                .where(APP_USER.ACTIVE.isTrue()).and(ROLE_PERMISSION.PERMISSION.eq(permission)));
    }
}
