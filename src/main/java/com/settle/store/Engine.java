package com.settle.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/** The database engine a company lives in: an H2 file on one workstation, or a shared PostgreSQL server. */
public enum Engine {
    H2(SQLDialect.H2),
    POSTGRESQL(SQLDialect.POSTGRES);

    private final SQLDialect dialect;

    Engine(SQLDialect dialect) {
        this.dialect = dialect;
    }

    /** The dialect jOOQ renders for this engine. */
    public SQLDialect dialect() {
        return dialect;
    }

    /** The engine a jOOQ context renders for. */
    public static Engine of(DSLContext dsl) {
        return dsl.dialect().family() == SQLDialect.POSTGRES ? POSTGRESQL : H2;
    }

    /**
     * An UPDATE that gives back columns of the rows it changed, in one statement: H2 reads them from a data change
     * delta table ({@code FINAL TABLE}), PostgreSQL from {@code RETURNING}.
     */
    public String updateReturning(String update, String columns) {
        return this == POSTGRESQL ? update + " RETURNING " + columns
                : "SELECT " + columns + " FROM FINAL TABLE (" + update + ")";
    }

    /** The engine behind an open connection, from its own account of itself. */
    public static Engine of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new SQLException("Settle keeps its books in H2 or PostgreSQL, not in " + product);
    }
}
