package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.app.AppContext;
import com.settle.domain.model.CreditAccount;
import com.settle.domain.model.HomeFigures;
import com.settle.service.SampleCompany;
import com.settle.support.TestBooks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
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

/** The main window over the sample company, driven like a clerk: click, type, keys. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path folder;

    private AppContext context;

    @BeforeAll
    static void sampleCompany() {
        try (TestBooks books = new TestBooks(folder)) {
            new SampleCompany(books.admin(), TestBooks.CLOCK).load(p -> { });
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

    private static TableView<?> table(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent()
                && !robot.lookup(id).queryTableView().getItems().isEmpty());
        return robot.lookup(id).queryTableView();
    }

    private static void waitUntilIdle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#progressBar").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnHomeThenTheAccountsWithRealRowsAndFormattedAmounts(FxRobot robot) throws Exception {
        // Home: the sample company's three currencies, an aging chart, the credit work queue.
        TableView<?> home = table(robot, "#homeTotals");
        assertThat(robot.lookup("#protectionLabel").queryLabeled().getText())
                .isEqualTo("Unprotected: anyone with this file can open it");
        assertThat(home.getItems()).extracting(f -> ((HomeFigures) f).currency())
                .containsExactly("EUR", "JPY", "USD");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#agingChart")
                .queryAs(BarChart.class).getData().isEmpty());
        var series = (XYChart.Series<?, ?>) robot.lookup("#agingChart")
                .queryAs(BarChart.class).getData().get(0);
        assertThat(series.getData()).hasSize(5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#queueLabel").queryLabeled().getText()
                .isEmpty());
        assertThat(robot.lookup("#queueLabel").queryLabeled().getText()).matches("(No account|\\d+ accounts?) ha.*");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        TableView<?> accounts = table(robot, "#accountsTable");
        assertThat(accounts.getItems()).hasSize(25);
        assertThat(robot.lookup("#countLabel").queryLabeled().getText()).isEqualTo("25 rows");
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
        // Amount cells are right-aligned and formatted in the account's currency.
        for (String[] currency : new String[][] {{"JPY", "¥[0-9,]+"}, {"EUR", "€[0-9,]+\\.[0-9]{2}"},
            {"USD", "\\$[0-9,]+\\.[0-9]{2}"}}) {
            robot.clickOn("#searchField").eraseText(3).write(currency[0]);
            waitUntilIdle(robot);
            assertThat(accounts.getItems()).isNotEmpty();
            // The rows arrive a page at a time after the count: wait for the first row's page to be drawn.
            String format = currency[1];
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstRowCells(robot, accounts, "openBalanceColumn")
                    .anyMatch(c -> c.getText() != null && c.getText().matches(format)));
            assertThat(firstRowCells(robot, accounts, "openBalanceColumn").filter(c -> c.getText() != null))
                    .isNotEmpty().allSatisfy(c -> {
                        assertThat(c.getAlignment()).isEqualTo(Pos.CENTER_RIGHT);
                        assertThat(c.getText()).matches(format);
                    });
        }
    }

    /** The cells of the first row in the column that are on screen. */
    static Stream<TableCell<?, ?>> firstRowCells(FxRobot robot, TableView<?> table, String columnId) {
        return robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .<TableCell<?, ?>>map(c -> c)
                .filter(c -> c.getIndex() == 0 && c.isVisible() && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()));
    }

    /** The cell of the first row in the column, as shown on screen. */
    static TableCell<?, ?> firstRowCell(FxRobot robot, TableView<?> table, String columnId) {
        return robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == 0 && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void navigatesToEachListAndFiltersIt(FxRobot robot) throws Exception {
        table(robot, "#homeTotals");
        robot.clickOn("#navDocuments");
        TableView<?> documents = table(robot, "#documentsTable");
        assertThat(documents.getItems().size()).isBetween(250, 350);
        robot.clickOn("#searchField").write("Debit");
        waitUntilIdle(robot);
        assertThat(documents.getItems()).isNotEmpty().hasSizeLessThan(60);
        assertThat(robot.lookup("#countLabel").queryLabeled().getText()).matches("\\d+ of \\d+ rows");

        robot.clickOn("#navPayments");
        TableView<?> payments = table(robot, "#paymentsTable");
        int all = payments.getItems().size();
        robot.clickOn("#searchField").write("Acme");
        waitUntilIdle(robot);
        assertThat(payments.getItems()).isNotEmpty().hasSizeLessThan(all);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntilIdle(robot);
        assertThat(payments.getItems()).hasSize(all);
    }

    @Test
    void noTwoKeysOfAPageOrOfTheMenusAreTheSame(FxRobot robot) throws Exception {
        table(robot, "#homeTotals");
        for (String nav : List.of("#navHome", "#navAccounts", "#navDocuments", "#navPayments", "#navCreditBalances",
                "#navJournal", "#navSettings")) {
            robot.clickOn(nav);
            waitUntilIdle(robot);
            assertNoKeyTwice(robot, "the page of " + nav);
        }
        // The detail pages: an account's, one of its payments, a document's.
        robot.clickOn("#navAccounts");
        opened(robot, "#accountsTable", "#statementButton");
        assertNoKeyTwice(robot, "an account's page");
        opened(robot, "#paymentsTable", "#activityTable");
        assertNoKeyTwice(robot, "a payment's page");
        robot.clickOn("#navDocuments");
        opened(robot, "#documentsTable", "#postButton");
        assertNoKeyTwice(robot, "a document's page");
    }

    /** Enter on the first row of {@code table} opens a page with {@code shown} on it. */
    private static void opened(FxRobot robot, String table, String shown) throws Exception {
        robot.clickOn(table(robot, table)).press(KeyCode.HOME).release(KeyCode.HOME);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(shown).tryQuery().isPresent());
        waitUntilIdle(robot);
    }

    private static void assertNoKeyTwice(FxRobot robot, String page) throws Exception {
        List<String> keys = WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = robot.lookup("#navHome").query().getScene();
            List<String> found = new ArrayList<>();
            for (Menu menu : ((MenuBar) scene.lookup(".menu-bar")).getMenus()) {
                mnemonic(menu.getText(), found);
            }
            shownMnemonics(scene.getRoot(), found);
            return found;
        }).get(10, TimeUnit.SECONDS);
        assertThat(keys).as("Alt keys on " + page + " and the menu bar").isNotEmpty().doesNotHaveDuplicates();
    }

    /** The Alt key of each shown control whose text marks one ("_From"), in upper case. */
    private static void shownMnemonics(Node node, List<String> found) {
        if (!node.isVisible() || node instanceof MenuBar) {
            // The menu bar's own buttons repeat its menus' keys, counted once from the menus.
            return;
        }
        if (node instanceof Labeled l && l.isMnemonicParsing()) {
            mnemonic(l.getText(), found);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> shownMnemonics(child, found));
        }
    }

    private static void mnemonic(String text, List<String> found) {
        int at = text == null ? -1 : text.indexOf('_');
        if (at >= 0 && at + 1 < text.length()) {
            found.add(text.substring(at + 1, at + 2).toUpperCase(Locale.ROOT));
        }
    }

    @Test
    void theSidebarFollowsADrillDownAndItsSectionGoesBackToTheList(FxRobot robot) throws Exception {
        table(robot, "#homeTotals");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        TableView<?> accounts = table(robot, "#accountsTable");
        robot.clickOn(accounts).press(KeyCode.HOME).release(KeyCode.HOME);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#editButton").tryQuery().isPresent());
        // From the account's page to one of its payments: the highlight moves to Payments.
        TableView<?> payments = table(robot, "#paymentsTable");
        robot.clickOn(payments).press(KeyCode.HOME).release(KeyCode.HOME);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#activityTable").tryQuery().isPresent());
        assertThat(robot.lookup("#navPayments").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#navAccounts").queryAs(ToggleButton.class).isSelected()).isFalse();
        // Clicking the highlighted section shows its list again.
        robot.clickOn("#navPayments");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#activityTable").tryQuery().isEmpty()
                && robot.lookup("#paymentsTable").tryQuery().map(n -> n.getScene() != null).orElse(false)
                && robot.lookup("#searchField").tryQuery().isPresent());
        assertThat(robot.lookup("#navPayments").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void keyboardReachesEveryPageAndLaterScreensSaySo(FxRobot robot) throws Exception {
        table(robot, "#homeTotals");
        // Home's work-queue link opens Credit balances with only the queue shown; Ctrl+0 comes back.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#queueLink").query().isVisible());
        robot.clickOn("#queueLink");
        TableView<?> queue = table(robot, "#creditTable");
        assertThat(robot.lookup("#queueFilter").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(queue.getItems()).allMatch(a -> ((CreditAccount) a).queued());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        table(robot, "#homeTotals");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        table(robot, "#paymentsTable");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        table(robot, "#creditTable");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        // The Journal: the month's entries by accounting code, the records behind one, totals per currency.
        TableView<?> entries = table(robot, "#entriesTable");
        robot.interact(() -> robot.lookup("#fromField").queryAs(DatePicker.class).setValue(LocalDate.of(2025, 1, 1)));
        robot.clickOn("#showButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !entries.getItems().isEmpty());
        assertThat(robot.lookup("#totalsLabel").queryLabeled().getText()).contains("USD: debits $");
        robot.interact(() -> entries.getSelectionModel().select(0));
        TableView<?> records = robot.lookup("#recordsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !records.getItems().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        table(robot, "#paymentsTable");
    }

    @Test
    void verifyBooksFromTheMenuSaysTheBooksBalance(FxRobot robot) throws Exception {
        table(robot, "#homeTotals");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        var pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("The books balance.");
        assertThat(pane.getContentText()).contains("25 accounts checked");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }
}
