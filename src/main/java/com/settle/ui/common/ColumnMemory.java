package com.settle.ui.common;

import java.util.prefs.Preferences;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Remembers the column widths a clerk sets on each list, per operating-system user, and gives them back the
 * next time the list opens (never below what the column must show whole). The launched application turns it
 * on; tests leave it off, so no run depends on another's widths.
 */
public final class ColumnMemory {

    private static volatile Preferences store;

    private ColumnMemory() {
    }

    /** Turns remembering on, into {@code prefs} (the user's preferences); null turns it off. */
    public static void use(Preferences prefs) {
        store = prefs;
    }

    /** Gives the table's columns their remembered widths and remembers the widths the clerk sets from now on. */
    public static void remember(TableView<?> table) {
        Preferences prefs = store;
        if (prefs == null || table.getId() == null) {
            return;
        }
        Preferences node = prefs.node(table.getId());
        for (TableColumn<?, ?> column : table.getColumns()) {
            String key = key(column);
            double width = node.getDouble(key, -1);
            if (width > 0) {
                column.setPrefWidth(Math.max(width, column.getMinWidth()));
            }
            column.widthProperty().addListener((o, a, b) -> {
                if (table.getScene() != null && table.getWidth() > 0) {
                    node.putDouble(key, b.doubleValue());
                }
            });
        }
    }

    private static String key(TableColumn<?, ?> column) {
        return column.getId() != null ? column.getId() : column.getText();
    }
}
