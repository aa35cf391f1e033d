package com.settle.ui;

import com.settle.domain.model.AccountStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.settle.app.AppContext;
import com.settle.service.AccountService;
import com.settle.service.ApplicationService;
import com.settle.support.TestBooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The payments list's filters and the New payment dialog, driven from the keyboard and the mouse. */
@ExtendWith(ApplicationExtension.class)
class PaymentsListTest {

    @TempDir
    static Path folder;
    static int run;

    private AppContext context;

    @Start
    void start(Stage stage) {
        Path dir = folder.resolve("run" + (++run));
        try (TestBooks books = new TestBooks(dir).withCodes()) {
            String acme = books.account("Acme Logistics", "USD");
            String yen = books.account("Tokyo Trading", "JPY");
            String inv = books.invoice(acme, LocalDate.of(2026, 9, 1), "100.00");
            String p1 = books.payment(acme, "100.00", LocalDate.of(2026, 9, 10));
            books.clerk().applications().apply(new ApplicationService.ApplyCommand(p1,
                    LocalDate.of(2026, 9, 10), null, List.of(), null, false));
            books.payment(acme, "40.00", LocalDate.of(2026, 10, 10));
            books.payment(yen, "5000", LocalDate.of(2026, 11, 1));
            books.clerk().payments().cancel(books.payment(yen, "10", LocalDate.of(2026, 11, 2)), null);
            String dormant = books.account("Dormant Dental", "USD");
            books.admin().accounts().update(dormant, new AccountService.UpdateAccountCommand(
                    "Dormant Dental", "USD", null, null, null, null, AccountStatus.INACTIVE, null));
            assertThat(inv).isNotNull();
        }
        context = new AppContext(dir.resolve("books.mv.db"), false, TestBooks.CLOCK, Locale.US);
        context.start(stage);
    }

    @AfterEach
    void close() {
        context.close();
        try (TestBooks books = new TestBooks(folder.resolve("run" + run))) {
            books.assertBalanced();
        }
    }

    private static void waitFor(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableView<?> payments(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#homeTotals").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#paymentsTable").tryQuery().isPresent()
                && robot.lookup("#paymentsTable").queryTableView().getItems().size() == 4);
        return robot.lookup("#paymentsTable").queryTableView();
    }

    @Test
    void filtersNarrowTheList(FxRobot robot) throws Exception {
        TableView<?> table = payments(robot);
        robot.clickOn("#unappliedFilter");
        waitFor(() -> table.getItems().size() == 2);
        robot.clickOn("#accountFilter").write("A-00000002");
        waitFor(() -> table.getItems().size() == 1);
        robot.clickOn("#unappliedFilter");
        waitFor(() -> table.getItems().size() == 2);
        robot.clickOn("#statusFilter");
        waitFor(() -> robot.lookup(".context-menu").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".context-menu").lookup("Canceled").queryAs(Node.class));
        waitFor(() -> table.getItems().size() == 1);
        assertThat(robot.lookup("#countLabel").queryAs(Labeled.class).getText()).isEqualTo("1 of 4 rows");

        // Export (Alt+X) writes the rows shown, as filtered: the one canceled yen payment.
        Path file = folder.resolve("run" + run).resolve("shown.csv");
        String[] suggested = new String[1];
        context.setExportChooser(name -> {
            suggested[0] = name;
            return file;
        });
        robot.clickOn("#paymentsTable");
        robot.press(KeyCode.ALT, KeyCode.X).release(KeyCode.X, KeyCode.ALT);
        waitFor(() -> Files.exists(file));
        List<String> lines = Files.readAllLines(file);
        assertThat(suggested[0]).isEqualTo("payments.csv");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("A-00000002").contains(",JPY,10,").endsWith(",Canceled");
        assertThat(lines.get(2)).startsWith("# Exported from Settle 2026-11-23T10:00 by clerk; history chain head ");
    }

    /** The unapplied column's cells now showing an amount. */
    private static List<TableCell<?, ?>> unappliedCells(FxRobot robot) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "unappliedColumn".equals(c.getTableColumn().getId())
                        && c.getText() != null && !c.getText().isEmpty())
                .<TableCell<?, ?>>map(c -> c).toList();
    }

    private static boolean zero(TableCell<?, ?> cell) {
        return cell.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("zero"));
    }

    @Test
    void zeroAmountsAreGreyAndACellShowingAnotherRowLosesTheMark(FxRobot robot) throws Exception {
        TableView<?> table = payments(robot);
        // P-00000001 was applied in full: nothing of it is unapplied.
        waitFor(() -> unappliedCells(robot).stream().anyMatch(c -> "$0.00".equals(c.getText())));
        for (TableCell<?, ?> cell : unappliedCells(robot)) {
            boolean isZero = cell.getText().equals("$0.00") || cell.getText().equals("¥0");
            assertThat(zero(cell)).as(cell.getText()).isEqualTo(isZero);
            assertThat(cell.getTextFill().equals(Color.web("#8a9492"))).as(cell.getText()).isEqualTo(isZero);
        }
        // The same cells, given the rows with something unapplied, show none of them grey.
        robot.clickOn("#unappliedFilter");
        waitFor(() -> table.getItems().size() == 2 && unappliedCells(robot).size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        for (TableCell<?, ?> cell : unappliedCells(robot)) {
            assertThat(zero(cell)).as(cell.getText()).isFalse();
            assertThat(cell.getTextFill()).as(cell.getText()).isNotEqualTo(Color.web("#8a9492"));
        }
    }

    @Test
    void searchFindsAnAmountAsTheClerkWritesItAndEnterOpensTheOnlyMatch(FxRobot robot) throws Exception {
        TableView<?> table = payments(robot);
        robot.clickOn("#searchField").write("$5,000");
        waitFor(() -> table.getItems().size() == 1);
        robot.eraseText(6).write("123.45");
        waitFor(() -> table.getItems().isEmpty());
        assertThat(((Labeled) table.getPlaceholder()).getText()).isEqualTo("Nothing matches \u201c123.45\u201d. Clear"
                + " the search (Escape) or the filters to see all 4 rows.");
        robot.eraseText(6).write("40.00");
        waitFor(() -> table.getItems().size() == 1);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#titleLabel").tryQuery()
                .map(n -> "Payment P-00000002".equals(((Labeled) n).getText())).orElse(false));
    }

    @Test
    void newPaymentFromTheKeyboardOpensItsDetailPage(FxRobot robot) throws Exception {
        payments(robot);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#accountChoice").tryQuery().isPresent());
        Button ok = robot.lookup("#okButton").queryButton();
        assertThat(ok.isDisabled()).isTrue();
        // The date shows as the tables show dates.
        assertThat(robot.lookup("#dateField").queryAs(DatePicker.class).getEditor().getText()).isEqualTo("Nov 23, 2026");
        // Before anything is typed, what the form needs is said in grey, not red.
        Labeled need = robot.lookup("#formError").queryAs(Labeled.class);
        assertThat(need.getText()).isEqualTo("Account is required");
        assertThat(need.getTextFill()).isEqualTo(Color.web("#5b6664"));
        robot.clickOn("#accountChoice").write("Tokyo").press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.clickOn("#amountField").write("1500.5");
        waitFor(() -> Color.web("#b3261e").equals(need.getTextFill()));
        waitFor(() -> robot.lookup("#formError").queryAs(Labeled.class).getText()
                .equals("Amount '1500.5' has more decimals than JPY allows (no decimals)"));
        assertThat(ok.isDisabled()).isTrue();
        robot.eraseText(2).write("0");
        waitFor(() -> !ok.isDisabled());
        robot.clickOn("#referenceField").write("WIRE-77").press(KeyCode.ENTER).release(KeyCode.ENTER);
        // Recording money asks first, in one line: how much, from whom, how and when.
        waitFor(() -> robot.lookup("#confirmDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmDialog").queryAs(DialogPane.class).getContentText()).startsWith(
                "Record ¥15,000 received from ").contains("by bank transfer on Nov 23, 2026?");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#titleLabel").tryQuery().isPresent()
                && "Payment P-00000005".equals(robot.lookup("#titleLabel").queryAs(Labeled.class).getText()));
        waitFor(() -> "¥15,000".equals(robot.lookup("#unappliedValue").queryAs(Labeled.class).getText()));
    }

    @Test
    void newPaymentNamesAnInactiveAccountAndRecordsNothing(FxRobot robot) throws Exception {
        payments(robot);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#accountChoice").tryQuery().isPresent());
        Button ok = robot.lookup("#okButton").queryButton();
        robot.clickOn("#accountChoice").write("Dormant").press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.clickOn("#amountField").write("25.00");
        waitFor(() -> robot.lookup("#formError").queryAs(Labeled.class).getText()
                .equals("Account A-00000003 is inactive; activate it first (Accounts > Edit account)"));
        assertThat(ok.isDisabled()).isTrue();
        // Something was typed: Escape asks before closing; Yes (Enter) closes.
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#askDialog").tryQuery().isPresent());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#accountChoice").tryQuery().isEmpty());
        assertThat(robot.lookup("#paymentsTable").queryTableView().getItems()).hasSize(4);
    }
}
