package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.ui.common.ColumnMemory;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A column width the clerk sets is the width the list opens with next time; remembering is off in tests. */
@ExtendWith(ApplicationExtension.class)
class ColumnMemoryTest {

    private final Preferences prefs = Preferences.userRoot().node("settle-test-" + UUID.randomUUID());
    private StackPane pane;

    @Start
    void start(Stage stage) {
        pane = new StackPane();
        stage.setScene(new Scene(pane, 600, 300));
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        ColumnMemory.use(null);
        prefs.removeNode();
    }

    private static TableView<String> table() {
        TableView<String> table = new TableView<>();
        table.setId("paymentsTable");
        TableColumn<String, String> number = new TableColumn<>("Number");
        number.setId("numberColumn");
        number.setPrefWidth(100);
        table.getColumns().add(number);
        return table;
    }

    @Test
    void aWidthSetIsTheWidthNextTime(FxRobot robot) {
        ColumnMemory.use(prefs);
        TableView<String> first = table();
        robot.interact(() -> {
            pane.getChildren().setAll(first);
            ColumnMemory.remember(first);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> first.resizeColumn(first.getColumns().get(0), 60));
        assertThat(first.getColumns().get(0).getWidth()).isEqualTo(160);
        TableView<String> next = table();
        robot.interact(() -> ColumnMemory.remember(next));
        assertThat(next.getColumns().get(0).getPrefWidth()).isEqualTo(160);
        // Off (as in every other test): nothing is read or written.
        ColumnMemory.use(null);
        TableView<String> off = table();
        robot.interact(() -> ColumnMemory.remember(off));
        assertThat(off.getColumns().get(0).getPrefWidth()).isEqualTo(100);
    }
}
