package com.settle.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.app.AppContext;
import com.settle.service.SampleCompany;
import com.settle.support.TestBooks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.Labeled;
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

/**
 * The clerk's screens and dialogs over the sample company at 1024×700 and at 1600×1000: no amount, number or
 * action is cut short anywhere (its drawn text is its text, without an ellipsis).
 */
@ExtendWith(ApplicationExtension.class)
class TruncationTest {

    @TempDir
    static Path folder;
    static int run;

    private AppContext context;
    private Stage stage;
    private final List<String> found = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Path dir = folder.resolve("run" + (++run));
        try (TestBooks books = new TestBooks(dir)) {
            new SampleCompany(books.admin(), TestBooks.CLOCK).load(p -> { });
        }
        this.stage = stage;
        context = new AppContext(dir.resolve("books.mv.db"), false, TestBooks.CLOCK, Locale.US);
        context.start(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void nothingIsCutAt1024x700(FxRobot robot) throws Exception {
        walk(robot, 1024, 700);
    }

    @Test
    void nothingIsCutAt1600x1000(FxRobot robot) throws Exception {
        walk(robot, 1600, 1000);
    }

    private static void waitFor(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean rows(FxRobot robot, String table) {
        return robot.lookup(table).tryQuery().isPresent()
                && !robot.lookup(table).queryAs(TableView.class).getItems().isEmpty();
    }

    private static boolean titled(FxRobot robot, String prefix) {
        return robot.lookup("#titleLabel").tryQuery().isPresent()
                && robot.lookup("#titleLabel").queryAs(Labeled.class).getText().startsWith(prefix);
    }

    private void look(String screen) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300); // background loads finish and the layout settles
        WaitForAsyncUtils.waitForFxEvents();
        found.addAll(Truncation.find(screen));
        found.addAll(Truncation.beyond(screen, stage));
    }

    private static void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    /** Opens a form with its button, looks at it, and closes it with Escape. */
    private void dialog(FxRobot robot, String button, String name) throws Exception {
        robot.clickOn(button);
        waitFor(() -> robot.lookup("#okButton").tryQuery().isPresent());
        look(name);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#okButton").tryQuery().isEmpty());
    }

    private void walk(FxRobot robot, int width, int height) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setX(0);
            stage.setY(0);
        });
        waitFor(() -> rows(robot, "#homeTotals"));
        look("Home");

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        waitFor(() -> rows(robot, "#accountsTable"));
        look("Accounts");
        dialog(robot, "#newAccountButton", "New account");
        robot.clickOn("#accountsTable").type(KeyCode.HOME).type(KeyCode.ENTER);
        waitFor(() -> titled(robot, "A-"));
        look("Account page");
        key(robot, KeyCode.ALT, KeyCode.S);
        waitFor(() -> robot.lookup("#statementSummary").tryQuery().isPresent()
                && !robot.lookup("#statementSummary").queryAs(Labeled.class).getText().isEmpty());
        look("Statement dialog");
        robot.type(KeyCode.ESCAPE);

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        waitFor(() -> rows(robot, "#documentsTable"));
        look("Invoices and debit memos");
        dialog(robot, "#newDocumentButton", "New invoice");
        robot.clickOn("#documentsTable").type(KeyCode.HOME).type(KeyCode.ENTER);
        waitFor(() -> titled(robot, "Invoice") || titled(robot, "Debit memo"));
        look("Document page");

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        waitFor(() -> rows(robot, "#paymentsTable"));
        look("Payments");
        dialog(robot, "#newPaymentButton", "New payment");
        // A payment with money left to apply, refund or transfer: its page and each of its forms.
        robot.clickOn("#unappliedFilter");
        waitFor(() -> rows(robot, "#paymentsTable"));
        robot.clickOn("#paymentsTable").type(KeyCode.HOME).type(KeyCode.ENTER);
        waitFor(() -> titled(robot, "Payment ") && !robot.lookup("#unappliedValue").queryAs(Labeled.class)
                .getText().isEmpty());
        look("Payment page");
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        waitFor(() -> robot.lookup("#applyThisPaymentButton").tryQuery().isPresent()
                && !robot.lookup("#remainingValue").queryAs(Labeled.class).getText().isEmpty());
        look("Apply this payment");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#applyThisPaymentButton").tryQuery().isEmpty());
        for (KeyCode form : List.of(KeyCode.R, KeyCode.T)) {
            key(robot, KeyCode.CONTROL, KeyCode.SHIFT, form);
            waitFor(() -> robot.lookup("#okButton").tryQuery().isPresent());
            look(form == KeyCode.R ? "Refund" : "Transfer to credit balance");
            robot.type(KeyCode.ESCAPE);
            waitFor(() -> robot.lookup("#okButton").tryQuery().isEmpty());
        }
        // A payment with something applied, for Unapply.
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        waitFor(() -> rows(robot, "#paymentsTable"));
        robot.clickOn("#searchField").write("P-00000077");
        // Enter opens the one match once it is shown.
        waitFor(() -> robot.lookup("#countLabel").queryLabeled().getText().startsWith("1 of ")
                && robot.lookup("#paymentsTable").queryTableView().getItems().get(0) != null);
        robot.type(KeyCode.ENTER);
        waitFor(() -> titled(robot, "Payment P-00000077"));
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U);
        waitFor(() -> robot.lookup("#okButton").tryQuery().isPresent());
        look("Unapply");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#okButton").tryQuery().isEmpty());

        key(robot, KeyCode.CONTROL, KeyCode.R);
        waitFor(() -> robot.lookup("#accountChoice").tryQuery().isPresent());
        robot.clickOn("#accountChoice").write("A-00000001").type(KeyCode.ENTER);
        robot.clickOn("#amountField").write("125000");
        waitFor(() -> robot.lookup("#documentsTree").tryQuery().isPresent()
                && robot.lookup("#remainingValue").queryAs(Labeled.class).getText().startsWith("$"));
        look("Receive payment");
        robot.clickOn("#explainButton");
        waitFor(() -> robot.lookup("#explainTable").tryQuery().isPresent());
        look("Explain");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#explainTable").tryQuery().isEmpty());
        // Something was typed: Escape asks before the form closes, Enter closes it.
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#askDialog").tryQuery().isPresent());
        look("Close without saving");
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#accountChoice").tryQuery().isEmpty());

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT4);
        waitFor(() -> rows(robot, "#creditTable"));
        look("Credit balances");
        robot.clickOn("#applyAllButton");
        waitFor(() -> robot.lookup("#planTable").tryQuery().isPresent());
        look("Apply credit balances");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#planTable").tryQuery().isEmpty());
        robot.clickOn("#creditTable").type(KeyCode.HOME).type(KeyCode.ENTER);
        waitFor(() -> rows(robot, "#historyTable"));
        look("Credit balance history");
        key(robot, KeyCode.ALT, KeyCode.A);
        waitFor(() -> robot.lookup("#reasonField").tryQuery().isPresent());
        look("Adjust balance");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#reasonField").tryQuery().isEmpty());
        for (KeyCode form : List.of(KeyCode.R, KeyCode.I)) {
            key(robot, KeyCode.ALT, form);
            waitFor(() -> robot.lookup("#okButton").tryQuery().isPresent());
            look(form == KeyCode.R ? "Refund credit balance" : "Apply to invoice");
            robot.type(KeyCode.ESCAPE);
            waitFor(() -> robot.lookup("#okButton").tryQuery().isEmpty());
        }
        robot.clickOn("#historyTable").type(KeyCode.HOME);
        key(robot, KeyCode.ALT, KeyCode.E);
        waitFor(() -> robot.lookup("#okButton").tryQuery().isPresent());
        look("Edit adjustment");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#okButton").tryQuery().isEmpty());

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT5);
        waitFor(() -> robot.lookup("#entriesTable").tryQuery().isPresent());
        look("Journal");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
        WaitForAsyncUtils.waitForFxEvents();
        look("Settings");

        assertThat(found).as("cut at " + width + "×" + height).isEmpty();
    }
}
