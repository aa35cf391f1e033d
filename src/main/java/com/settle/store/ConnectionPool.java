package com.settle.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/**
 * The connections to a company file, kept open and lent out (HikariCP). Every connection lives as long as the pool:
 * an embedded H2 database closes with its last connection, and a pool retiring its connections after a while would
 * close the file and give up its lock. A connection that cannot be made when the pool opens fails the open at once,
 * with the database's own exception as the cause.
 */
final class ConnectionPool {

    /** The most connections lent at once: the window's reads, a background task or two, Verify's second thread. */
    static final int MAX_CONNECTIONS = 8;

    private ConnectionPool() {
    }

    /** A pool over {@code connections}, which makes new ones (not pooled itself). */
    static HikariDataSource over(DataSource connections) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("settle");
        config.setDataSource(connections);
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(1);
        config.setIdleTimeout(0);
        config.setMaxLifetime(0);
        config.setKeepaliveTime(0);
        config.setInitializationFailTimeout(1);
        return new HikariDataSource(config);
    }
}
