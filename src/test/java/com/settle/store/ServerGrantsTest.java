package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.Permission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The statements a team server's group roles are granted with, and the names of Settle's roles' groups. */
class ServerGrantsTest {

    private static final List<String> TABLES = List.of("account", "application", "credit_balance_adjustment",
            "document", "flyway_schema_history", "history_chain", "payment", "role_permission");

    @Test
    void everyPermissionSaysWhatItWrites() {
        for (Permission p : Permission.values()) {
            assertThat(PermissionWrites.covers(p)).as(p.name()).isTrue();
        }
        assertThat(PermissionWrites.of(Set.of(Permission.EXPORT, Permission.BACKUP))).isEmpty();
        assertThat(PermissionWrites.of(Set.of(Permission.ACCOUNT_EDIT))).containsKeys("account", "history_chain",
                "number_counter").doesNotContainKeys("payment", "application");
    }

    @Test
    void aRolesGroupGetsItsPermissionsWritesAndHistoryStaysAddOnly() {
        List<String> sql = ServerGrants.statements("public", TABLES, "books_role_t1",
                PermissionWrites.of(EnumSet.of(Permission.PAYMENT_APPLY, Permission.JOURNAL_EXPORT)));
        assertThat(sql).contains("GRANT SELECT, INSERT ON application TO \"books_role_t1\"",
                "GRANT SELECT, UPDATE ON payment TO \"books_role_t1\"",
                "GRANT SELECT ON role_permission TO \"books_role_t1\"",
                "GRANT SELECT ON flyway_schema_history TO \"books_role_t1\"",
                "GRANT SELECT ON credit_balance_adjustment TO \"books_role_t1\"",
                "GRANT UPDATE (cancelled_on, reason_code, status, transferred_to_accounting, updated_by_id,"
                        + " updated_date) ON credit_balance_adjustment TO \"books_role_t1\"");
        assertThat(sql).noneMatch(s -> s.contains("DELETE")).noneMatch(s -> s.contains("UPDATE ON application"));
        // Every table is revoked first, so a permission taken from the role does not linger in its grants.
        assertThat(sql.stream().filter(s -> s.startsWith("REVOKE ALL ON "))).hasSize(TABLES.size());

        List<String> reading = ServerGrants.statements("public", TABLES, "books_role_viewer",
                PermissionWrites.of(EnumSet.of(Permission.EXPORT)));
        assertThat(reading).noneMatch(s -> s.contains("INSERT") || s.contains("UPDATE") || s.contains("SEQUENCES"));
    }

    @Test
    void aGroupIsNamedAfterTheDatabaseAndTheRoleWithinPostgresqlsLength() {
        assertThat(ServerGrants.roleGroup("Books", "Refund desk")).isEqualTo("books_role_refund_desk");
        String database = "settle_t_0123456789abcdef";
        String longer = ServerGrants.roleGroup(database, "CREDIT_BALANCE_ADJUSTMENT_CANCEL_X");
        String other = ServerGrants.roleGroup(database, "CREDIT_BALANCE_ADJUSTMENT_CANCEL_Y");
        assertThat(longer).hasSizeLessThanOrEqualTo(63).startsWith(database + "_role_credit").isNotEqualTo(other);
        assertThat(other).hasSizeLessThanOrEqualTo(63);
    }
}
