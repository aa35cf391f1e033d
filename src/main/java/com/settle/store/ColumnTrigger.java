package com.settle.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.h2.api.Trigger;

/** A row trigger that knows its table and the table's columns in order, to read old and new rows by name. */
abstract class ColumnTrigger implements Trigger {

    private String table;
    private final List<String> columns = new ArrayList<>();

    @Override
    public final void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                           int type) throws SQLException {
        this.table = tableName;
        try (ResultSet rs = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
    }

    String table() {
        return table;
    }

    List<String> columns() {
        return columns;
    }

    Object value(Object[] row, String column) {
        return row[columns.indexOf(column)];
    }
}
