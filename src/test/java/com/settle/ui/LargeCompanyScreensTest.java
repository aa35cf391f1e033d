package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.app.AppContext;
import com.settle.service.LargeCompany;
import com.settle.support.TestBooks;
import com.settle.ui.common.PagedList;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
 * The large company at the suite's size, in the heap the launcher gives (this class runs in its own JVM with
 * -Xmx512m, see the pom): every list opens, shows its whole count, and reads from the database only the pages on
 * screen, also after a jump to its end.
 */
@ExtendWith(ApplicationExtension.class)
class LargeCompanyScreensTest {

    /** The pages a list may read for one screenful: the one in view and the one beside it. */
    private static final int PAGES_FOR_A_SCREEN = 2;

    @TempDir
    static Path folder;
    static LargeCompany.Written written;

    private AppContext context;

    @BeforeAll
    static void largeCompany() {
        try (TestBooks books = new TestBooks(folder)) {
            written = new LargeCompany(books.database().dsl(), books.admin(), TestBooks.CLOCK)
                    .write(new LargeCompany.Size(150, 2), p -> { });
        }
    }

    @Start
    void start(Stage stage) {
        context = new AppContext(folder.resolve("books.mv.db"), false, TestBooks.CLOCK, Locale.US);
        context.start(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void eachListOpensInTheLaunchersHeapAndReadsOnlyThePagesOnScreen(FxRobot robot) throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("the test JVM's heap (-Xmx512m in the pom)")
                .isLessThanOrEqualTo(512L << 20);
        PagedList<?> payments = open(robot, "#navPayments", "#paymentsTable", written.payments());
        assertThat(payments.rowsRead()).as("payments read to show the first screen")
                .isLessThanOrEqualTo((long) PAGES_FOR_A_SCREEN * PagedList.PAGE);
        TableView<?> table = robot.lookup("#paymentsTable").queryTableView();
        robot.clickOn(table).press(KeyCode.END).release(KeyCode.END);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> table.getSelectionModel()
                .getSelectedIndex() == written.payments() - 1 && table.getItems().get(written.payments() - 1) != null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(payments.rowsRead()).as("payments read after a jump to the last row").isLessThanOrEqualTo(
                2L * PAGES_FOR_A_SCREEN * PagedList.PAGE).isLessThan(written.payments());
        // A search typed there shows its first rows, not the place the whole list was scrolled to.
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        robot.interact(() -> search.setText("usd"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#countLabel").queryLabeled().getText()
                .contains(" of ") && onFx(() -> table.getItems().get(0) != null));
        WaitForAsyncUtils.waitForFxEvents();
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        assertThat(WaitForAsyncUtils.asyncFx(() -> flow.getFirstVisibleCell().getIndex()).get(10, TimeUnit.SECONDS))
                .as("the first row shown after a new search").isZero();
        robot.interact(() -> search.setText(""));

        PagedList<?> documents = open(robot, "#navDocuments", "#documentsTable", written.documents());
        assertThat(documents.rowsRead()).isLessThanOrEqualTo((long) PAGES_FOR_A_SCREEN * PagedList.PAGE)
                .isLessThan(written.documents());
        PagedList<?> accounts = open(robot, "#navAccounts", "#accountsTable", written.accounts());
        assertThat(accounts.rowsRead()).isLessThanOrEqualTo((long) PAGES_FOR_A_SCREEN * PagedList.PAGE);
        robot.clickOn("#navCreditBalances");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#creditTable").tryQuery().isPresent()
                && !robot.lookup("#progressBar").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        PagedList<?> credit = (PagedList<?>) robot.lookup("#creditTable").queryTableView().getItems();
        assertThat(credit.rowsRead()).isLessThanOrEqualTo((long) PAGES_FOR_A_SCREEN * PagedList.PAGE);
    }

    /** Asks on the FX thread (a paged list is read and filled there only). */
    private static boolean onFx(Callable<Boolean> question) throws Exception {
        return WaitForAsyncUtils.asyncFx(question).get(10, TimeUnit.SECONDS);
    }

    /** Opens a list from the navigation and waits until it shows its count and its first rows. */
    private static PagedList<?> open(FxRobot robot, String nav, String tableId, int rows) throws Exception {
        robot.clickOn(nav);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(tableId).tryQuery().isPresent()
                && onFx(() -> {
                    var items = robot.lookup(tableId).queryTableView().getItems();
                    return items.size() == rows && items.get(0) != null;
                }));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#countLabel").queryLabeled().getText())
                .isEqualTo(String.format(Locale.US, "%,d rows", rows));
        return (PagedList<?>) robot.lookup(tableId).queryTableView().getItems();
    }
}
