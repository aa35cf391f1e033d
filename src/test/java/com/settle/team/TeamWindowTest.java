package com.settle.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.app.AppContext;
import com.settle.support.TestBooks;
import com.settle.support.TestServer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a team server, driven as a clerk would: File &gt; Connect to a team server from a window over a
 * file, a bad address and a wrong password refused in words, then the server's company; another clerk's change is
 * offered as a Refresh; Settings says whose business backups are.
 */
@ExtendWith(ApplicationExtension.class)
class TeamWindowTest {

    @TempDir
    static Path folder;
    static TestServer.Fresh fresh;
    static TestBooks otherClerk;

    private AppContext context;

    @BeforeAll
    static void aCompanyOnTheServer() {
        fresh = TestServer.migratedDatabase();
        otherClerk = new TestBooks(TestServer.open(fresh.address()));
        otherClerk.account("Server Only Ltd", "USD");
        otherClerk.admin().users().ensureAdministrator(TestServer.user());
        try (TestBooks file = new TestBooks(folder)) {
            file.account("File Only Ltd", "USD");
        }
    }

    @AfterAll
    static void dropIt() {
        otherClerk.close();
        fresh.close();
    }

    @Start
    void start(Stage stage) {
        context = new AppContext(folder.resolve("books.mv.db"), false, "admin", TestBooks.CLOCK, Locale.US);
        context.start(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aClerkConnectsFromTheFileMenuAndSeesOtherClerksChangesOnRefresh(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#navigation").query().isDisabled());
        robot.clickOn("File").clickOn("Connect to a team server…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#connectServer").tryQuery().isPresent());

        robot.clickOn("#connectServer").write("books");
        robot.clickOn("#connectUsername").write(TestServer.user());
        robot.clickOn("#connectPassword").write("not the password");
        robot.type(KeyCode.ENTER);
        assertThat(message(robot)).startsWith("Server ").contains("postgresql://host:port/database");

        robot.doubleClickOn("#connectServer").eraseText(5).write(fresh.address().toString());
        robot.clickOn("#connectPassword").write("not the password");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message(robot).contains("did not accept user"));
        assertThat(robot.lookup("#connectPassword").queryTextInputControl().getText()).isEmpty();
        // Still the file's books behind the dialog.
        assertThat(robot.lookup("#databaseLabel").queryLabeled().getText()).isEqualTo("books.mv.db");

        robot.clickOn("#connectPassword").write(new String(TestServer.password()));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#connectServer").tryQuery().isEmpty()
                && robot.lookup("#databaseLabel").queryLabeled().getText().equals(fresh.address().toString()));
        // The title and the status bar name the server first, in the same step as the books open: let it end.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#protectionLabel").queryLabeled().getText()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows(robot).contains("Server Only Ltd"));
        assertThat(rows(robot)).doesNotContain("File Only Ltd");
        assertThat(robot.lookup("#changedByOthers").query().isVisible()).isFalse();

        // Another clerk adds an account at their workstation: the window offers to refresh, and then shows it.
        otherClerk.account("Added Elsewhere Inc", "USD");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#changedByOthers").query().isVisible());
        assertThat(rows(robot)).doesNotContain("Added Elsewhere Inc");
        robot.clickOn("#changedByOthers");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows(robot).contains("Added Elsewhere Inc"));
        assertThat(robot.lookup("#changedByOthers").query().isVisible()).isFalse();

        // Settings: no backups to take here, and who looks after the server's.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#backupLabel").tryQuery().isPresent());
        assertThat(robot.lookup("#backupLabel").queryLabeled().getText()).contains("the server's business")
                .contains("settle server export-file --to FILE --server " + fresh.address());
        assertThat(robot.lookup("Back up now").tryQuery()).matches(b -> b.isEmpty() || !b.get().isVisible());
        robot.clickOn("Security");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#protectionStatus").queryLabeled()
                .getText().startsWith("On a team server"));
    }

    private static String message(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#connectMessage").queryAs(Labeled.class).getText();
    }

    private static String rows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".table-view").queryAll().stream().filter(n -> n.isVisible())
                .map(n -> ((TableView<?>) n).getItems().toString()).reduce("", String::concat);
    }
}
