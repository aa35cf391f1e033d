package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.app.AppContext;
import com.settle.domain.model.AccountingTransfer;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.HistoryLine;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
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
 * A clerk's credit balance work, headless: open an account's history from the Credit balances page,
 * read the balance, running balances and chart, adjust, apply to the oldest invoice, cancel (refused
 * and allowed), then run the batch from its preview.
 */
@ExtendWith(ApplicationExtension.class)
class CreditHistoryFlowTest {

    @TempDir
    static Path folder;
    static int run;

    private TestBooks books;
    private AppContext context;
    private String inv1;
    private String negative;

    @Start
    void start(Stage stage) {
        Path dir = folder.resolve("run" + (++run));
        books = new TestBooks(dir).withCodes();
        String acme = books.account("Acme Logistics", "USD");
        inv1 = books.invoice(acme, LocalDate.of(2026, 10, 1), "30.00", "10.00");
        books.invoice(acme, LocalDate.of(2026, 10, 15), "50.00");
        books.clerk().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.INCREASE,
                new BigDecimal("100.00"), "Goodwill", null, "Outage", LocalDate.of(2026, 11, 1)));
        negative = books.invoice(acme, LocalDate.of(2026, 10, 5), "-12.50");
        String birch = books.account("Birch Dental", "USD");
        books.invoice(birch, LocalDate.of(2026, 10, 1), "20.00");
        books.clerk().creditBalances().adjust(new AdjustCommand(birch, AdjustmentType.INCREASE,
                new BigDecimal("5.00"), null, null, null, null));
        books.close();
        context = new AppContext(dir.resolve("books.mv.db"), false, TestBooks.CLOCK, Locale.US);
        context.start(stage);
    }

    @AfterEach
    void close() {
        context.close();
        books = new TestBooks(folder.resolve("run" + run));
        books.assertBalanced();
        books.close();
    }

    private static boolean onFx(Callable<Boolean> check) {
        try {
            return WaitForAsyncUtils.asyncFx(check).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void waitFor(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<HistoryLine> history(FxRobot robot) {
        return (TableView<HistoryLine>) robot.lookup("#historyTable").queryAs(TableView.class);
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
    }

    /** Waits until the history shows {@code lines} loaded rows and the balance label says {@code balance}. */
    private static void waitForHistory(FxRobot robot, int lines, String balance) throws Exception {
        try {
            waitFor(() -> robot.lookup("#historyTable").tryQuery().isPresent()
                && history(robot).getItems().size() == lines
                && history(robot).getItems().stream().allMatch(l -> l != null)
                && balance.equals(text(robot, "#balanceLabel")));
        } catch (TimeoutException e) {
            throw new AssertionError("history shows " + history(robot).getItems().size() + " rows and balance "
                    + text(robot, "#balanceLabel") + "; expected " + lines + " rows and " + balance, e);
        }
    }

    private BigDecimal invoiceBalance(String number) {
        return context.mainModel() == null ? null : books.clerk().documents().list().stream()
                .filter(d -> d.number().equals(number)).findFirst().orElseThrow().balance().amount();
    }

    @Test
    void historyAdjustApplyCancelAndBatch(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#homeTotals").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#creditTable").tryQuery().isPresent()
                && robot.lookup("#creditTable").queryTableView().getItems().size() == 2);
        robot.clickOn("Acme Logistics");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitForHistory(robot, 1, "$100.00");
        assertThat(text(robot, "#titleLabel")).contains("A-00000001 Acme Logistics");
        waitFor(() -> !robot.lookup("#chart").queryAs(LineChart.class).getData().isEmpty());
        // A step line from zero the day before the first change to today, on an axis spanning just that; hovering
        // says the date and the balance.
        LineChart<Number, Number> chart = robot.lookup("#chart").queryAs(LineChart.class);
        var line = chart.getData().get(0).getData();
        assertThat(line.get(0).getXValue().longValue()).isEqualTo(LocalDate.of(2026, 10, 31).toEpochDay());
        assertThat(line.get(0).getYValue().doubleValue()).isZero();
        assertThat(line.get(line.size() - 1).getXValue().longValue()).isEqualTo(LocalDate.now().toEpochDay());
        NumberAxis axis = (NumberAxis) chart.getXAxis();
        assertThat(axis.getLowerBound()).isEqualTo(LocalDate.of(2026, 10, 31).toEpochDay());
        assertThat(axis.getUpperBound()).isEqualTo(LocalDate.now().toEpochDay());
        robot.moveTo(chart);
        waitFor(() -> text(robot, "#chartHover").matches("[A-Z][a-z]{2} \\d{1,2}, 20\\d\\d: \\$\\d+\\.\\d\\d"));

        // Adjust balance: Increase 20.00.
        alt(robot, KeyCode.A);
        waitFor(() -> robot.lookup("#amountField").tryQuery().isPresent()
                && robot.lookup("#amountField").query().isFocused());
        robot.clickOn("#amountField").write("20.00");
        // The reason is chosen from the active codes for adjustments; a goodwill credit is not preselected as an
        // overpayment, so the form waits for the clerk's choice.
        waitFor(() -> robot.lookup("#formError").queryAs(Labeled.class).getText().startsWith("Reason code is"
                + " required"));
        @SuppressWarnings("unchecked")
        ComboBox<String> reasons = robot.lookup("#reasonField").queryAs(ComboBox.class);
        assertThat(reasons.getItems()).containsExactlyInAnyOrder("Overpayment", "Goodwill", "Standard Adjustment");
        robot.clickOn(reasons);
        robot.clickOn("Goodwill — Goodwill credit");
        robot.clickOn("#amountField").press(KeyCode.ENTER).release(KeyCode.ENTER);
        // No (Escape) goes back to the form with the amount kept; Enter again, then Yes, saves.
        waitFor(() -> robot.lookup("#confirmDialog").tryQuery().isPresent());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#confirmDialog").tryQuery().isEmpty());
        assertThat(robot.lookup("#amountField").queryTextInputControl().getText()).isEqualTo("20.00");
        robot.clickOn("#amountField").press(KeyCode.ENTER).release(KeyCode.ENTER);
        confirm(robot, "Increase the credit balance of A-00000001 by $20.00? It will be $120.00.");
        waitForHistory(robot, 2, "$120.00");
        assertThat(history(robot).getItems()).extracting(l -> l.balanceAfter().amount().toPlainString())
                .containsExactly("120.00", "100.00");
        assertThat(history(robot).getItems().get(0).reasonCode()).isEqualTo("Goodwill");

        // Apply to invoice: the oldest is preselected, the amount min(credit, invoice balance) = 40.00.
        alt(robot, KeyCode.I);
        waitFor(() -> robot.lookup("#invoiceField").tryQuery().isPresent());
        assertThat(robot.lookup("#amountField").queryTextInputControl().getText()).isEqualTo("40.00");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        confirm(robot, "Apply $40.00 of the credit balance of A-00000001 to " + inv1 + "? Credit balance after:"
                + " $80.00; " + inv1 + " balance after: $0.00.");
        waitForHistory(robot, 3, "$80.00");
        books = new TestBooks(folder.resolve("run" + run));
        assertThat(invoiceBalance(inv1)).isEqualByComparingTo("0.00");
        books.close();

        // Cancelling the spent 100.00 increase is refused and changes nothing.
        robot.clickOn("CBA-00000001");
        alt(robot, KeyCode.C);
        robot.clickOn("Yes");
        waitFor(() -> robot.lookup("#refusedDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#refusedDialog").queryAs(DialogPane.class).getContentText())
                .contains("would make the credit balance of A-00000001 negative");
        robot.clickOn("OK");
        // Cancelling the application gives the invoice its balance back and adds unapplied_from_invoice.
        robot.clickOn("CBA-00000004");
        alt(robot, KeyCode.C);
        robot.clickOn("Yes");
        waitForHistory(robot, 4, "$120.00");
        assertThat(history(robot).getItems().get(0).type().code()).isEqualTo("unapplied_from_invoice");

        // The batch: preview, Apply, done. Escape goes back from the history page, as from every detail page.
        robot.clickOn("#historyTable").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#creditTable").tryQuery().isPresent());
        robot.clickOn("#applyAllButton");
        waitFor(() -> robot.lookup("#planTable").tryQuery().isPresent()
                && robot.lookup("#planTable").queryTableView().getItems().size() == 3);
        // Totals per currency; Birch Dental's row is left out with Space, and the totals follow.
        assertThat(text(robot, "#batchTotals")).isEqualTo("To apply: $95.00 in 3 applications");
        robot.clickOn("A-00000002  Birch Dental").press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitFor(() -> text(robot, "#batchTotals").equals("To apply: $90.00 in 2 applications (1 left out)"));
        robot.clickOn("#applyAllOk");
        waitFor(() -> text(robot, "#batchStatus").startsWith("Done: 2 applications over 2 accounts; 0 refused."));
        robot.clickOn("Close");
        books = new TestBooks(folder.resolve("run" + run));
        assertThat(books.clerk().creditHistory().head("A-00000001").balance().amount()).isEqualByComparingTo("30.00");
        assertThat(books.clerk().creditHistory().head("A-00000002").balance().amount()).isEqualByComparingTo("5.00");
        books.close();
    }

    @Test
    void aNegativeInvoiceBecomesCreditThenARefundAndAnEdit(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#homeTotals").tryQuery().isPresent());
        // The invoice list: the credit invoice's negative balance moves to the credit balance (Alt+T).
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#documentsTable").tryQuery().isPresent()
                && robot.lookup("#documentsTable").queryTableView().getItems().size() == 4);
        assertThat(robot.lookup("#transferButton").queryButton().isDisabled()).isTrue();
        robot.clickOn(inv1);
        assertThat(robot.lookup("#transferButton").queryButton().getTooltip().getText())
                .isEqualTo(inv1 + " has no negative balance to transfer.");
        robot.clickOn(negative);
        alt(robot, KeyCode.T);
        waitFor(() -> robot.lookup("#commentField").tryQuery().isPresent());
        robot.clickOn("#commentField").write("Credit invoice");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        confirm(robot, "Move $12.50 from " + negative + " to the credit balance of A-00000001 Acme Logistics?");
        // The list reads its rows in pages: on the FX thread, a row not read yet is null until its page arrives.
        waitFor(() -> onFx(() -> robot.lookup("#documentsTable").queryTableView().getItems().stream()
                .filter(Objects::nonNull).map(d -> (DocumentSummary) d)
                .anyMatch(d -> d.number().equals(negative) && d.balance().amount().signum() == 0)));

        // Its history: a from_invoice line of 12.50 on top of the 100.00.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#creditTable").tryQuery().isPresent()
                && robot.lookup("#creditTable").queryTableView().getItems().size() == 2);
        robot.clickOn("Acme Logistics");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitForHistory(robot, 2, "$112.50");
        HistoryLine top = history(robot).getItems().get(0);
        assertThat(top.type().code()).isEqualTo("from_invoice");
        assertThat(top.sourceNumber()).isEqualTo(negative);
        assertThat(top.comment()).isEqualTo("Credit invoice");

        // Refund 12.50 by bank transfer (Alt+R): the amount starts at the whole balance.
        alt(robot, KeyCode.R);
        waitFor(() -> robot.lookup("#referenceField").tryQuery().isPresent());
        assertThat(robot.lookup("#amountField").queryTextInputControl().getText()).isEqualTo("112.50");
        robot.doubleClickOn("#amountField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("12.50");
        robot.clickOn("#referenceField").write("WIRE-7");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        confirm(robot, "Refund $12.50 of the credit balance of A-00000001 by bank transfer? Credit balance after:"
                + " $100.00.");
        waitForHistory(robot, 3, "$100.00");
        assertThat(history(robot).getItems().get(0).type().code()).isEqualTo("refund");

        // Edit (Alt+E): Transferred to accounting becomes Yes; nothing else changes.
        robot.clickOn("CBA-00000001");
        alt(robot, KeyCode.E);
        waitFor(() -> robot.lookup("#transferredField").tryQuery().isPresent());
        robot.clickOn("#transferredField");
        robot.clickOn("Yes");
        robot.clickOn("#okButton");
        waitFor(() -> history(robot).getItems().stream().allMatch(l -> l != null)
                && history(robot).getItems().get(2).transferredToAccounting() == AccountingTransfer.YES);
        assertThat(history(robot).getItems().get(2).amount().amount()).isEqualByComparingTo("100.00");
        books = new TestBooks(folder.resolve("run" + run));
        assertThat(books.clerk().documents().list().stream().filter(d -> d.number().equals(negative)).findFirst()
                .orElseThrow().balance().amount()).isEqualByComparingTo("0.00");
        books.close();
    }

    /** Answers the question asked before money moves: checks its words, then Yes with Enter. */
    private static void confirm(FxRobot robot, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmDialog").queryAs(DialogPane.class).getContentText()).startsWith(expected);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialog").tryQuery().isEmpty());
    }

}
