package com.settle.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A form dialog keeps its width when a save is refused at length: the refusal wraps, the dialog grows down. */
@ExtendWith(ApplicationExtension.class)
class FormHostTest {

    private static final String LONG = "The team server does not let your sign-in change the books. Nothing was"
            + " saved; ask whoever runs the server to make your role a member of the company's clerks role"
            + " (README, Team mode).";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new VBox(), 800, 600));
        stage.show();
    }

    @Test
    void aLongRefusalWrapsInsideTheFormAndTheButtonsStayWhole(FxRobot robot) throws Exception {
        TextField field = new TextField();
        field.setPrefWidth(300);
        VBox content = new VBox(new Label("Amount"), field);
        FormModel<String> model = new FormModel<>() {
            private final SimpleStringProperty error = new SimpleStringProperty("");

            @Override
            public ReadOnlyStringProperty errorProperty() {
                return error;
            }

            @Override
            public String result() {
                return field.getText();
            }
        };
        Platform.runLater(() -> FormHost.showAndSave(stage, content, new FormHost.Words("New thing", "Record a thing",
                "Record"), model, field, (result, saved, refused) -> refused.accept(LONG)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#okButton").tryQuery().isPresent());
        Button ok = robot.lookup("#okButton").queryAs(Button.class);
        Window dialog = ok.getScene().getWindow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog.isShowing() && !Double.isNaN(dialog.getWidth()));
        WaitForAsyncUtils.waitForFxEvents();
        double width = dialog.getWidth();
        double height = dialog.getHeight();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#saveRefusal").queryAs(Label.class)
                .getText().startsWith("The team server"));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200); // the dialog resizes once the refusal is laid out
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getWidth()).as("the dialog's width").isEqualTo(width);
        assertThat(dialog.getHeight()).as("the dialog grows down").isGreaterThan(height);
        assertThat(inside(ok)).as("the main button is inside the dialog").isTrue();
        assertThat(inside(robot.lookup("#saveRefusal").query())).as("the refusal is inside the dialog").isTrue();
        robot.interact(() -> ((Stage) dialog).close());
    }

    private static boolean inside(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= node.getScene().getWidth() + 0.5
                && b.getMaxY() <= node.getScene().getHeight() + 0.5;
    }
}
