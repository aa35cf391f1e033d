package com.settle.store;

import com.settle.domain.model.Permission;
import com.settle.domain.model.RoleRow;
import com.settle.store.PermissionWrites.Write;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * What the clerks' roles may do on a team server, granted by the database itself: whatever tool a clerk connects
 * with, their role reads every table and adds rows, but changes or deletes no saved history (of a credit balance
 * adjustment, only the columns a cancellation sets), alters no table, switches off no trigger and truncates nothing
 * (only the owner may). The clerks are the members of a group role named after the database,
 * {@code <database>_clerks}, which the server's administrator makes ({@code CREATE ROLE ... NOLOGIN}). The members of
 * {@code <database>_readers}, if the administrator makes it, may only read. Finer still, each of Settle's roles may
 * have a group of its own, {@link #roleGroup}, whose members the database lets write only what that role's
 * permissions write ({@link PermissionWrites}).
 */
public final class ServerGrants {

    /** The table only Flyway writes. */
    private static final String SCHEMA_HISTORY = "flyway_schema_history";

    /** PostgreSQL's longest name. */
    private static final int MAX_NAME = 63;

    private ServerGrants() {
    }

    /** The group role whose members are the company's clerks on this database. */
    public static String clerksRole(String database) {
        return database.toLowerCase(Locale.ROOT) + "_clerks";
    }

    /**
     * The group role whose members may only read the company on this database: people whose Settle role only views
     * (Viewer). The database refuses them every change, whatever tool they connect with.
     */
    public static String readersRole(String database) {
        return database.toLowerCase(Locale.ROOT) + "_readers";
    }

    /** Whether the role exists on the server. */
    public static boolean roleExists(DSLContext dsl, String role) {
        return dsl.fetchExists(dsl.selectOne().from("pg_roles").where("rolname = ?", role));
    }

    /**
     * The group role that stands for one of Settle's roles on this database, {@code <database>_role_<role>} (the role's
     * code in lower case, anything but letters and digits as {@code _}): its members get, from the database, what
     * that role's permissions write and no more. A name longer than PostgreSQL's 63 characters ends in a hash of
     * the whole, so that two roles never share a group.
     */
    public static String roleGroup(String database, String roleCode) {
        String name = database.toLowerCase(Locale.ROOT) + "_role_"
                + roleCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        if (name.length() <= MAX_NAME) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode());
        return name.substring(0, MAX_NAME - hash.length() - 1) + "_" + hash;
    }

    /** One of Settle's roles, its group role on the server, and whether that group is there (and so was granted). */
    public record RoleGroup(String role, String group, boolean granted) {
    }

    /**
     * Grants each of Settle's roles' group roles that exists on the server what that role's permissions write (run by
     * the database's owner); a group not made yet is only named, for whoever runs the server to make.
     */
    public static List<RoleGroup> grantRoleGroups(DSLContext dsl, String database) {
        List<RoleGroup> groups = new ArrayList<>();
        for (RoleRow role : new UserRepository().roles(dsl)) {
            groups.add(grantRoleGroup(dsl, database, role));
        }
        return groups;
    }

    /** Grants the role's group, if it exists on the server, what the role's permissions write. */
    private static RoleGroup grantRoleGroup(DSLContext dsl, String database, RoleRow role) {
        String group = roleGroup(database, role.code());
        boolean exists = roleExists(dsl, group);
        if (exists) {
            grantPermissions(dsl, group, role.permissions().stream().map(Permission::fromCode).toList());
        }
        return new RoleGroup(role.code(), group, exists);
    }

    /**
     * After a role's permissions changed, in the same transaction: on a team server where the role's group is there
     * and the one signed in owns the database (or is a superuser), grants the group afresh, so that the database
     * follows at once. Otherwise nothing, and the owner's next {@code settle server init} does it.
     *
     * @return whether the group was granted
     */
    public static boolean follow(DSLContext tx, RoleRow role) {
        if (Engine.of(tx) != Engine.POSTGRESQL) {
            return false;
        }
        boolean owner = Boolean.TRUE.equals(tx.fetchValue("SELECT pg_has_role(current_user, datdba, 'USAGE') FROM"
                + " pg_database WHERE datname = current_database()"));
        return owner && grantRoleGroup(tx, tx.fetchValue("SELECT current_database()").toString(), role).granted();
    }

    /** Grants {@code role} what Settle's use cases write and nothing more (run by the database's owner). */
    public static void grant(DSLContext dsl, String role) {
        List<String> tables = tables(dsl);
        Map<String, Set<Write>> everything = new TreeMap<>();
        tables.stream().filter(t -> !t.equals(SCHEMA_HISTORY)).forEach(t -> everything.put(t,
                EnumSet.allOf(Write.class)));
        statements(schema(dsl), tables, role, everything).forEach(dsl::execute);
    }

    /** Grants {@code role} reading every table and nothing else (run by the database's owner). */
    public static void grantReading(DSLContext dsl, String role) {
        statements(schema(dsl), tables(dsl), role, Map.of()).forEach(dsl::execute);
    }

    /**
     * Grants {@code group} reading every table and what the use cases of these permissions write, and nothing more
     * (run by the database's owner).
     */
    public static void grantPermissions(DSLContext dsl, String group, Collection<Permission> permissions) {
        statements(schema(dsl), tables(dsl), group, PermissionWrites.of(permissions)).forEach(dsl::execute);
    }

    private static String schema(DSLContext dsl) {
        return dsl.fetchValue("SELECT CURRENT_SCHEMA").toString();
    }

    private static List<String> tables(DSLContext dsl) {
        return dsl.fetchValues("SELECT tablename FROM pg_tables WHERE schemaname = ? ORDER BY tablename",
                schema(dsl)).stream().map(String::valueOf).toList();
    }

    private static String quoted(String role) {
        return "\"" + role.replace("\"", "\"\"") + "\"";
    }

    /**
     * The statements that leave {@code role} reading the given tables and writing only as {@code writes} says:
     * everything revoked first, so a grant taken back does not linger. On a history table only INSERT and an
     * UPDATE of the columns its guard lets change are granted; Flyway's own table is only read.
     */
    static List<String> statements(String schema, List<String> tables, String role, Map<String, Set<Write>> writes) {
        String who = quoted(role);
        Map<String, Set<String>> history = AppendOnlyGuard.TABLES.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
        List<String> sql = new ArrayList<>();
        sql.add("GRANT USAGE ON SCHEMA " + schema + " TO " + who);
        if (!writes.isEmpty()) {
            sql.add("GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + who);
        }
        for (String table : tables) {
            sql.add("REVOKE ALL ON " + table + " FROM " + who);
            Set<Write> allowed = table.equals(SCHEMA_HISTORY) ? Set.of() : writes.getOrDefault(table, Set.of());
            List<String> privileges = new ArrayList<>(List.of("SELECT"));
            if (allowed.contains(Write.INSERT)) {
                privileges.add("INSERT");
            }
            String columns = null;
            if (allowed.contains(Write.UPDATE)) {
                if (!history.containsKey(table)) {
                    privileges.add("UPDATE");
                } else {
                    columns = history.get(table).stream().filter(c -> !c.equals("LIVE_SOURCE_REFERENCE"))
                            .map(c -> c.toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(", "));
                }
            }
            if (allowed.contains(Write.DELETE) && !history.containsKey(table)) {
                privileges.add("DELETE");
            }
            sql.add("GRANT " + String.join(", ", privileges) + " ON " + table + " TO " + who);
            if (columns != null && !columns.isEmpty()) {
                sql.add("GRANT UPDATE (" + columns + ") ON " + table + " TO " + who);
            }
        }
        return sql;
    }
}
