package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.store.jooq.Tables;
import com.settle.store.keys.FileEncryption;
import com.settle.store.keys.FileKey;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passwordless users the first schema seeded are gone from new files and from unused old ones. */
class SeededUsersMigrationTest {

    @TempDir
    Path folder;

    @Test
    void aNewFileHasNoUsersUntilSomeoneWorksOnIt() {
        try (Database db = Database.open(folder.resolve("new.mv.db"))) {
            assertThat(db.dsl().fetchCount(Tables.APP_USER)).isZero();
            assertThat(db.dsl().fetchCount(Tables.USER_ROLE)).isZero();
        }
    }

    @Test
    void anOldFileLosesTheSeededUsersNobodyUsedAndKeepsTheFirstUser() throws Exception {
        Path file = folder.resolve("old.mv.db");
        String url = "jdbc:h2:file:" + folder.resolve("old");
        migrateTo(url, "11", false);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO app_setting (name, setting_value) VALUES ('first_user', 'admin')");
            s.execute("INSERT INTO app_user (username, display_name) VALUES ('maria', 'Maria')");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.dsl().select(Tables.APP_USER.USERNAME).from(Tables.APP_USER)
                    .orderBy(Tables.APP_USER.USERNAME).fetch(Tables.APP_USER.USERNAME)).containsExactly("admin",
                    "maria");
            assertThat(db.dsl().fetchCount(Tables.USER_ROLE)).isEqualTo(1);
        }
    }

    @Test
    void aProtectedFileKeepsItsUsers() throws Exception {
        Path file = folder.resolve("locked.mv.db");
        migrateTo("jdbc:h2:file:" + folder.resolve("locked"), "11", false);
        FileKey key = FileKey.random();
        FileEncryption.encrypt(file, key);
        try (Database db = Database.open(file, Database.Mode.EXISTING, key)) {
            assertThat(db.dsl().fetchCount(Tables.APP_USER)).isEqualTo(2);
        }
    }

    private static void migrateTo(String url, String version, boolean protectedFile) {
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:com/settle/store/migration")
                .placeholders(Map.of("protected", String.valueOf(protectedFile)))
                .target(version)
                .load()
                .migrate();
    }
}
