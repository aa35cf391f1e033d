package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.app.AppContext;
import com.settle.service.Protection;
import com.settle.service.Services;
import com.settle.store.Database;
import com.settle.support.TestBooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first run over a new database file: the clerk chooses an empty company or the sample company. */
@ExtendWith(ApplicationExtension.class)
class FirstRunTest {

    @TempDir
    Path folder;

    private static final String OS_USER = System.getProperty("user.name");

    private AppContext context;
    private Path file;

    @Start
    void start(Stage stage) {
        file = folder.resolve("new.mv.db");
        assertThat(file).doesNotExist();
        context = AppContext.asLaunched(file, null, TestBooks.CLOCK, Locale.US);
        context.start(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static void waitForChoice(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#chooseDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableView<?> homeTotals(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#progressBar").query().isVisible()
                && robot.lookup("#homeTotals").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#homeTotals").queryTableView();
    }

    @Test
    void enterStartsWithAnEmptyCompany(FxRobot robot) throws Exception {
        waitForChoice(robot);
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("How would you like to start?");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#chooseDialog").tryQuery().isEmpty());
        assertThat(homeTotals(robot).getItems()).isEmpty();
        context.close();
        assertThat(accounts()).isZero();
    }

    @Test
    void theSampleCompanyLoadsWhenChosenAndItsBooksBalance(FxRobot robot) throws Exception {
        waitForChoice(robot);
        robot.clickOn("Explore the sample company");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !homeTotalsRows(robot).isEmpty());
        assertThat(homeTotalsRows(robot)).hasSize(3);
        context.close();
        assertThat(accounts()).isEqualTo(25);
        try (Database db = Database.open(file)) {
            assertThat(Services.singlePerson(db.dsl(), OS_USER, TestBooks.CLOCK).verify().verify().balanced())
                    .isTrue();
        }
    }

    @Test
    void theThirdAnswerOpensTheProtectDialogOverTheEmptyCompany(FxRobot robot) throws Exception {
        waitForChoice(robot);
        robot.clickOn("Empty and protected…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#protectPassword").tryQuery().isPresent());
        assertThat(robot.lookup("#protectAdministrator").queryLabeled().getText()).isEqualTo(OS_USER);
        // Cancel leaves the new company as it is: empty, open, not protected.
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#protectPassword").tryQuery().isEmpty());
        assertThat(homeTotals(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#protectionLabel").queryLabeled().getText()).startsWith("Unprotected");
        context.close();
        assertThat(Protection.isProtected(file)).isFalse();
    }

    private static List<?> homeTotalsRows(FxRobot robot) {
        return robot.lookup("#homeTotals").tryQuery().map(n -> ((TableView<?>) n).getItems())
                .orElse(FXCollections.emptyObservableList());
    }

    @Test
    void escapeAlsoStartsEmptyAndTheNextOpenDoesNotAskAgain(FxRobot robot) throws Exception {
        waitForChoice(robot);
        robot.type(KeyCode.ESCAPE);
        assertThat(homeTotals(robot).getItems()).isEmpty();
        context.close();
        assertThat(Files.exists(file)).isTrue();
        AppContext again = AppContext.asLaunched(file, null, TestBooks.CLOCK, Locale.US);
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            again.start(stage[0]);
        });
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#progressBar").query().isVisible());
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            assertThat(robot.lookup("#chooseDialog").tryQuery()).isEmpty();
        } finally {
            again.close();
            robot.interact(stage[0]::close);
        }
    }

    private long accounts() {
        try (Database db = Database.open(file)) {
            return Services.singlePerson(db.dsl(), OS_USER, TestBooks.CLOCK).accounts().count();
        }
    }
}
