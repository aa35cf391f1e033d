package com.settle.store.migration;

import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Removes the two users the first schema seeded without a password ({@code admin}, "Administrator", and
 * {@code clerk}, "Finance clerk") from a file that is not protected, when nothing they did is in the
 * history and neither is the file's first user. On an unprotected file everyone works as the
 * operating-system user, so they only made the users list lie; history that names them keeps them. A
 * protected file keeps its users as they are: nobody without a password signs in to it, and a seeded name
 * may have been given one.
 */
public final class V12__Remove_seeded_users extends BaseJavaMigration {

    /** The Flyway placeholder that says the file being migrated is protected ("true") or not. */
    public static final String PROTECTED = "protected";

    private static final String[][] SEEDED = {{"admin", "Administrator"}, {"clerk", "Finance clerk"}};
    /** Every column that names a user. */
    private static final String[][] REFERENCES = {
        {"payment", "created_by_id"}, {"application", "created_by_id"}, {"unapplication", "created_by_id"},
        {"refund", "created_by_id"}, {"credit_balance_adjustment", "created_by_id"},
        {"credit_balance_adjustment", "updated_by_id"}, {"credit_balance_entry", "created_by_id"},
        {"import_batch", "created_by_id"}, {"import_batch", "undone_by_id"},
    };

    @Override
    public void migrate(Context context) throws Exception {
        if ("true".equals(context.getConfiguration().getPlaceholders().get(PROTECTED))) {
            return;
        }
        var c = context.getConnection();
        for (String[] user : SEEDED) {
            StringBuilder unused = new StringBuilder("DELETE FROM %s WHERE user_id IN (SELECT id FROM app_user u"
                    + " WHERE u.username = ? AND u.display_name = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM app_setting WHERE name = 'first_user' AND setting_value = ?)");
            for (String[] ref : REFERENCES) {
                unused.append(" AND NOT EXISTS (SELECT 1 FROM ").append(ref[0]).append(" WHERE ").append(ref[1])
                        .append(" = u.id)");
            }
            unused.append(')');
            String roles = unused.toString().formatted("user_role");
            String users = unused.toString().formatted("app_user").replace("WHERE user_id IN", "WHERE id IN");
            for (String sql : new String[] {roles, users}) {
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    p.setString(1, user[0]);
                    p.setString(2, user[1]);
                    p.setString(3, user[0]);
                    p.executeUpdate();
                }
            }
        }
    }
}
