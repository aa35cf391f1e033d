package com.settle.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.app.AppContext;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.PaymentMethod;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.service.PaymentService.NewPaymentCommand;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
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
 * An account whose name is long (a ten-year company has many): its page, one of its payments and its credit history
 * stay within a 1024×700 window: the page's title gives way ("…", the whole title in its tooltip) instead of pushing
 * the page, its figures and the status bar past the window's edge.
 */
@ExtendWith(ApplicationExtension.class)
class LongNameFitsTest {

    private static final String NAME = "Northwind Regional Logistics and Warehousing 4711";

    @TempDir
    Path folder;
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        try (TestBooks books = new TestBooks(folder)) {
            String account = books.account(NAME, "USD");
            books.invoice(account, LocalDate.of(2026, 10, 1), "120.00");
            books.clerk().payments().record(new NewPaymentCommand(account, new BigDecimal("40.00"),
                    LocalDate.of(2026, 10, 20), PaymentMethod.CHECK, "CHK-1", null));
            books.clerk().creditBalances().adjust(new AdjustCommand(account, AdjustmentType.INCREASE,
                    new BigDecimal("25.00"), null, null, "Goodwill", LocalDate.of(2026, 11, 1)));
        }
        this.stage = stage;
        context = new AppContext(folder.resolve("books.mv.db"), false, TestBooks.CLOCK, Locale.US);
        context.start(stage);
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theAccountsPagesFitTheWindow(FxRobot robot) throws Exception {
        waitFor(robot, "#homeTotals");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        open(robot, "#accountsTable", "#statementButton");
        assertFits("the account's page");
        open(robot, "#paymentsTable", "#activityTable");
        assertFits("a payment's page");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        open(robot, "#creditTable", "#historyTable");
        assertFits("the credit balance history");
        Labeled title = robot.lookup("#titleLabel").queryLabeled();
        assertThat(title.getTooltip().getText()).as("the whole title").endsWith(NAME);
    }

    private void assertFits(String page) throws Exception {
        double[] widths = WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = stage.getScene();
            return new double[] {scene.getRoot().minWidth(-1), scene.getWidth()};
        }).get(10, TimeUnit.SECONDS);
        assertThat(widths[0]).as("the narrowest the window's content can be, on " + page)
                .isLessThanOrEqualTo(widths[1]);
    }

    private static void open(FxRobot robot, String table, String shown) throws Exception {
        waitFor(robot, table);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup(table).queryTableView().getItems()
                .isEmpty());
        robot.clickOn(table).type(KeyCode.HOME).type(KeyCode.ENTER);
        waitFor(robot, shown);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
    }
}
