package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdPositionsTest {

    @TempDir
    Path dir;

    private Connection table(String... ids) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("ids"), "sa", "");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id BIGINT PRIMARY KEY)");
            for (String id : ids) {
                s.execute("INSERT INTO t VALUES (" + id + ")");
            }
        }
        return c;
    }

    @Test
    void nearlyGaplessIdsArePositionsFromTheSmallest() throws SQLException {
        try (Connection c = table("101", "102", "104", "105")) {
            IdPositions p = IdPositions.of(c, "t");
            assertThat(p.size()).isEqualTo(5);
            assertThat(p.of(101)).isZero();
            assertThat(p.of(105)).isEqualTo(4);
            assertThat(p.of(100)).isEqualTo(-1);
            assertThat(p.of(106)).isEqualTo(-1);
        }
    }

    @Test
    void scatteredIdsAreReadAndLookedUp() throws SQLException {
        try (Connection c = table("7", "5000000", "-3", "9000000000")) {
            IdPositions p = IdPositions.of(c, "t");
            assertThat(p.size()).isEqualTo(4);
            assertThat(p.of(-3)).isZero();
            assertThat(p.of(7)).isEqualTo(1);
            assertThat(p.of(5_000_000)).isEqualTo(2);
            assertThat(p.of(9_000_000_000L)).isEqualTo(3);
            assertThat(p.of(8)).isEqualTo(-1);
        }
    }

    @Test
    void anEmptyTableHasNoPositions() throws SQLException {
        try (Connection c = table()) {
            IdPositions p = IdPositions.of(c, "t");
            assertThat(p.size()).isZero();
            assertThat(p.of(1)).isEqualTo(-1);
        }
    }
}
