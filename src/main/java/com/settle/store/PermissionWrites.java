package com.settle.store;

import com.settle.domain.model.Permission;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the use cases behind each permission write, table by table: on a team server, the grants of the group role
 * that stands for a Settle role are the union of its permissions' writes. A permission that only reads (Export,
 * Back up) writes nothing; every role that writes anything also writes {@link #EVERY_CHANGE}. A history table is
 * only ever added to: {@link ServerGrants} narrows an UPDATE there to the columns its guard lets change and never
 * grants DELETE on it, whatever this map says.
 */
final class PermissionWrites {

    /** A kind of write a grant allows. */
    enum Write { INSERT, UPDATE, DELETE }

    private static final Set<Write> I = EnumSet.of(Write.INSERT);
    private static final Set<Write> U = EnumSet.of(Write.UPDATE);
    private static final Set<Write> IU = EnumSet.of(Write.INSERT, Write.UPDATE);
    private static final Set<Write> IUD = EnumSet.allOf(Write.class);

    /**
     * What every change writes, whatever its use case: its link in the history chain, the numbers it takes, and the
     * sums the triggers keep (Home's open totals and the accounts' totals).
     */
    static final Map<String, Set<Write>> EVERY_CHANGE = Map.of("history_chain", I, "history_chain_head", IU,
            "number_counter", U, "open_total", IU, "account_total", IU);

    /** The balances moved when cash or credit meets a document: the document's, its items' and the account's. */
    private static final Map<String, Set<Write>> DOCUMENT_BALANCES = Map.of("document", U,
            "document_item_balance", U, "account", U);

    /** A write-off or a discount, spread over the document's items. */
    private static final Map<String, Set<Write>> WRITE_OFFS = Map.of("write_off", I, "write_off_item", I);

    private static final Map<Permission, Map<String, Set<Write>>> WRITES = new EnumMap<>(Permission.class);

    static {
        put(Permission.ACCOUNT_EDIT, Map.of("account", IU));
        put(Permission.DOCUMENT_EDIT, Map.of("document", IU, "document_item", IUD, "document_item_balance", IUD));
        put(Permission.DOCUMENT_POST, Map.of("document", U, "document_item_balance", IUD, "account", U));
        put(Permission.DOCUMENT_CANCEL, DOCUMENT_BALANCES);
        put(Permission.PAYMENT_CREATE, Map.of("payment", I, "account", U));
        // Applying cash may write off a small remainder or give a discount within terms; unapplying may reverse one.
        put(Permission.PAYMENT_APPLY, Map.of("application", I, "application_document", I, "application_item", I,
                "payment", U), WRITE_OFFS, DOCUMENT_BALANCES);
        put(Permission.PAYMENT_UNAPPLY, Map.of("unapplication", I, "unapplication_document", I,
                "unapplication_item", I, "payment", U, "write_off_reversal", I), DOCUMENT_BALANCES);
        put(Permission.PAYMENT_REFUND, Map.of("refund", I, "payment", U, "account", U));
        put(Permission.PAYMENT_TRANSFER, Map.of("credit_balance_adjustment", I, "credit_balance_adjustment_item", I,
                "credit_balance_entry", I, "payment", U, "account", U));
        put(Permission.PAYMENT_CANCEL, Map.of("payment", U, "account", U));
        put(Permission.CREDIT_BALANCE_ADJUSTMENT_CREATE, Map.of("credit_balance_adjustment", I,
                "credit_balance_adjustment_item", I, "credit_balance_entry", I, "payment", U, "account", U));
        put(Permission.CREDIT_BALANCE_ADJUSTMENT_CANCEL, Map.of("credit_balance_adjustment", U,
                "credit_balance_entry", I, "payment", U), DOCUMENT_BALANCES);
        put(Permission.CREDIT_BALANCE_APPLY, Map.of("credit_balance_adjustment", I,
                "credit_balance_adjustment_item", I, "credit_balance_entry", I), DOCUMENT_BALANCES);
        put(Permission.CREDIT_BALANCE_REFUND, Map.of("refund", I, "credit_balance_adjustment", I,
                "credit_balance_adjustment_item", I, "credit_balance_entry", I, "account", U));
        put(Permission.IMPORT, Map.of("import_batch", IU));
        put(Permission.JOURNAL_EXPORT, Map.of("journal_run", IU, "journal_run_record", I, "journal_ignore", I,
                "credit_balance_adjustment", U));
        put(Permission.CLOSE_BOOKS, Map.of("closing_date_change", I, "app_setting", IU));
        put(Permission.REOPEN_BOOKS, Map.of("closing_date_change", I, "app_setting", IU));
        put(Permission.WRITE_OFF, Map.of("write_off_reversal", I, "app_setting", IU), WRITE_OFFS,
                DOCUMENT_BALANCES);
        put(Permission.EXPORT, Map.of());
        put(Permission.BACKUP, Map.of());
        put(Permission.SETTINGS_EDIT, Map.of("app_setting", IUD, "accounting_code", IUD, "reason_code", IUD,
                "reason_code_type", IUD, "accounting_default_change", I));
        put(Permission.USERS_MANAGE, Map.of("app_user", IU, "app_role", IUD, "role_permission", IUD,
                "user_role", IUD));
    }

    private PermissionWrites() {
    }

    @SafeVarargs
    private static void put(Permission permission, Map<String, Set<Write>>... parts) {
        Map<String, Set<Write>> all = new TreeMap<>();
        for (Map<String, Set<Write>> part : parts) {
            addTo(all, part);
        }
        WRITES.put(permission, all);
    }

    /** Every permission has its writes written down here (a new permission must add its line). */
    static boolean covers(Permission permission) {
        return WRITES.containsKey(permission);
    }

    /** The tables, and the writes on each, that a role with these permissions needs; empty if it only reads. */
    static Map<String, Set<Write>> of(Collection<Permission> permissions) {
        Map<String, Set<Write>> all = new TreeMap<>();
        for (Permission p : permissions) {
            addTo(all, WRITES.getOrDefault(p, Map.of()));
        }
        if (!all.isEmpty()) {
            addTo(all, EVERY_CHANGE);
        }
        return all;
    }

    /** Adds {@code part}'s writes to {@code all}, table by table. */
    private static void addTo(Map<String, Set<Write>> all, Map<String, Set<Write>> part) {
        part.forEach((table, writes) -> all.computeIfAbsent(table, t -> EnumSet.noneOf(Write.class)).addAll(writes));
    }
}
