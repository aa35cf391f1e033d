package com.settle.ui;

import javafx.scene.control.DialogPane;
import static org.assertj.core.api.Assertions.assertThat;

import com.settle.app.AppContext;
import com.settle.domain.model.DocumentSummary;
import com.settle.service.ApplicationService;
import com.settle.support.TestBooks;
import com.settle.ui.payments.apply.Explanation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
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
 * A clerk's whole payment flow, headless: open the payment from the list, apply it by items (typed
 * and filled), see a bad amount refused, confirm, then unapply part, refund and transfer.
 */
@ExtendWith(ApplicationExtension.class)
class PaymentFlowTest {

    @TempDir
    static Path folder;
    static int run;

    private TestBooks books;
    private AppContext context;
    private String inv1;
    private String inv2;

    @Start
    void start(Stage stage) {
        Path dir = folder.resolve("run" + (++run));
        books = new TestBooks(dir).withCodes();
        String acme = books.account("Acme Logistics", "USD");
        inv1 = books.invoice(acme, LocalDate.of(2026, 10, 1), "60.00", "40.00");
        inv2 = books.invoice(acme, LocalDate.of(2026, 10, 15), "30.00");
        books.payment(acme, "150.00", LocalDate.of(2026, 10, 20));
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

    private static void waitFor(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private void openPayment(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#homeTotals").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#paymentsTable").tryQuery().isPresent()
                && !robot.lookup("#paymentsTable").queryTableView().getItems().isEmpty());
        robot.clickOn("P-00000001");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#titleLabel").tryQuery().isPresent()
                && "Payment P-00000001".equals(text(robot, "#titleLabel"))
                && "$150.00".equals(text(robot, "#unappliedValue")));
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, key).release(key, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    @Test
    void applyByItemsWithFillThenUnapplyRefundAndTransfer(FxRobot robot) throws Exception {
        openPayment(robot);
        shortcut(robot, KeyCode.A);
        waitFor(() -> robot.lookup("#documentsTree").tryQuery().isPresent()
                && robot.lookup("#documentsTree").queryAs(TreeTableView.class).getRoot() != null);
        TreeTableView<?> tree = robot.lookup("#documentsTree").queryAs(TreeTableView.class);
        assertThat(tree.getRoot().getChildren()).hasSize(2);
        // The dialog starts in the first document's amount.
        waitFor(() -> tree.getScene().getFocusOwner() != null && tree.getScene().getFocusOwner().getId() != null
                && tree.getScene().getFocusOwner().getId().startsWith("apply-"));
        // Expand the first invoice with its plus icon, as a clerk would.
        robot.clickOn(robot.from(tree).lookup(".tree-disclosure-node").nth(0).queryAs(Node.class));
        waitFor(() -> robot.lookup("#apply-" + inv1 + "-1").tryQuery().isPresent());
        robot.clickOn("#apply-" + inv1 + "-1").write("50");
        waitFor(() -> "$50.00".equals(text(robot, "#totalValue")));
        // Ctrl+Enter in an item's amount does what its ⇄ button does: its balance, or what is left.
        robot.clickOn("#apply-" + inv1 + "-2").press(KeyCode.CONTROL, KeyCode.ENTER)
                .release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(() -> "$90.00".equals(text(robot, "#totalValue")));
        assertThat(robot.lookup("#apply-" + inv1 + "-2").queryAs(TextField.class).getText()).isEqualTo("40.00");
        assertThat(text(robot, "#remainingValue")).isEqualTo("$60.00");
        // A bad amount is refused at the cell and blocks Apply.
        robot.clickOn("#apply-" + inv2).write("10.001");
        waitFor(() -> text(robot, "#applyErrorLabel").contains("has more decimals than USD allows"));
        Button apply = robot.lookup("#applyThisPaymentButton").queryButton();
        assertThat(apply.isDisabled()).isTrue();
        assertThat(robot.lookup("#apply-" + inv2).queryAs(TextField.class).getStyleClass()).contains("invalid");
        robot.eraseText(6).write("30");
        waitFor(() -> "$120.00".equals(text(robot, "#totalValue")) && !apply.isDisabled());
        // Explain says how each document's amount came about.
        // Explain is a table: document, item, balance, share and why, under the rule's one-line summary.
        robot.clickOn("#explainButton");
        waitFor(() -> robot.lookup("#explainTable").tryQuery().isPresent());
        assertThat(robot.lookup("#explainSummary").queryAs(Labeled.class).getText()).isEqualTo("Item amounts are"
                + " as you typed them; a document amount is spread over its items by First in, first out (oldest"
                + " item first).");
        TableView<Explanation.Row> explain = robot.lookup("#explainTable").queryTableView();
        assertThat(explain.getItems()).extracting(r -> r.document() + " " + r.item() + " " + r.balance().amount()
                + " " + r.share().amount() + " " + r.why()).containsExactly(
                inv1 + " #1 Charge 1 60.00 50.00 Typed by you", inv1 + " #2 Charge 2 40.00 40.00 Typed by you",
                inv2 + " #1 Charge 1 30.00 30.00 Its whole balance");
        assertThat(text(robot, "#explainTotal")).isEqualTo("$120.00");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#explainTable").tryQuery().isEmpty());
        robot.clickOn(apply);
        waitFor(() -> robot.lookup(".dialog-pane .content").tryQuery().isPresent()
                && robot.lookup("Yes").tryQuery().isPresent());
        robot.clickOn("Yes");
        waitFor(() -> "$30.00".equals(text(robot, "#unappliedValue")) && "$120.00".equals(text(robot, "#appliedValue")));

        // Unapply 20.00 of the first invoice.
        shortcut(robot, KeyCode.U);
        waitFor(() -> robot.lookup("#scopeChoice").tryQuery().isPresent());
        robot.clickOn("#scopeChoice");
        waitFor(() -> robot.lookup(".context-menu").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".context-menu").lookup(inv1 + " #2").queryAs(Node.class));
        robot.doubleClickOn("#amountField").eraseText(10).write("20");
        robot.clickOn("#okButton");
        confirm(robot, "Unapply $20.00 of P-00000001 from " + inv1 + " #2? Unapplied after: $50.00.");
        waitFor(() -> "$100.00".equals(text(robot, "#appliedValue")) && "$50.00".equals(text(robot, "#unappliedValue")));

        // Refund 10.00, then transfer what is left to the credit balance.
        shortcut(robot, KeyCode.R);
        waitFor(() -> robot.lookup("#amountField").tryQuery().isPresent());
        robot.doubleClickOn("#amountField").eraseText(10).write("10");
        robot.clickOn("#okButton");
        confirm(robot, "Refund $10.00 of P-00000001 to ");
        waitFor(() -> "$10.00".equals(text(robot, "#refundedValue")));
        shortcut(robot, KeyCode.T);
        waitFor(() -> robot.lookup("#amountField").tryQuery().isPresent());
        assertThat(robot.lookup("#amountField").queryAs(TextField.class).getText()).isEqualTo("40.00");
        robot.clickOn("#okButton");
        confirm(robot, "Transfer $40.00 of P-00000001 to the credit balance of A-00000001 ");
        waitFor(() -> "$40.00".equals(text(robot, "#transferredValue")) && "$0.00".equals(text(robot, "#unappliedValue")));
        assertThat(robot.lookup("#activityTable").queryTableView().getItems()).hasSize(3);
        // Escape on the ⋮ button (where the focus lands after its dialogs) goes back to the list, then Enter
        // opens the payment again.
        robot.clickOn("#actionsButton").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#actionsButton").query().requestFocus());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#paymentsTable").tryQuery().isPresent());
        robot.clickOn("P-00000001").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#activityTable").tryQuery().isPresent());
        // Enter on an application's line opens the invoice it paid.
        robot.clickOn(robot.lookup(inv2 + " #1").queryAs(Node.class));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(() -> ("Invoice " + inv2).equals(text(robot, "#titleLabel")));

        // The invoices' balances moved with it: 100 less 50 + 40 applied plus 20 unapplied; 30 less 30.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#documentsTable").tryQuery().isPresent()
                && robot.lookup("#documentsTable").queryTableView().getItems().size() == 2);
        assertThat(balance(robot, inv1)).isEqualByComparingTo("30.00");
        assertThat(balance(robot, inv2)).isEqualByComparingTo("0.00");
    }

    @Test
    void aChangeMadeElsewhereWhileTheDialogIsOpenIsRefusedAndTheDialogOffersToReload(FxRobot robot) throws Exception {
        openPayment(robot);
        shortcut(robot, KeyCode.A);
        waitFor(() -> robot.lookup("#apply-" + inv2).tryQuery().isPresent());
        robot.clickOn("#apply-" + inv2).write("30");
        waitFor(() -> "$30.00".equals(text(robot, "#totalValue")));
        // Meanwhile the command line (another connection to the same file) applies part of the payment.
        try (TestBooks other = new TestBooks(folder.resolve("run" + run))) {
            other.clerk().applications().apply(new ApplicationService.ApplyCommand("P-00000001",
                    LocalDate.of(2026, 10, 20), null, List.of(new ApplicationService
                    .DocumentAmount(inv1, new BigDecimal("5.00"), List.of())), null, false));
        }
        robot.clickOn("#applyThisPaymentButton");
        waitFor(() -> robot.lookup("Yes").tryQuery().isPresent());
        robot.clickOn("Yes");
        waitFor(() -> text(robot, "#applyErrorLabel").contains("changed since you opened it")
                && robot.lookup("#reloadButton").query().isVisible());
        robot.clickOn("#reloadButton");
        waitFor(() -> "$145.00".equals(text(robot, "#applyUnappliedValue")));
        robot.clickOn("#apply-" + inv2).write("30");
        waitFor(() -> "$30.00".equals(text(robot, "#totalValue")));
        robot.clickOn("#applyThisPaymentButton");
        waitFor(() -> robot.lookup("Yes").tryQuery().isPresent());
        robot.clickOn("Yes");
        waitFor(() -> "$35.00".equals(text(robot, "#appliedValue")));
    }

    private static BigDecimal balance(FxRobot robot, String number) {
        TableView<?> table = robot.lookup("#documentsTable").queryTableView();
        return table.getItems().stream().map(d -> (DocumentSummary) d).filter(d -> d.number().equals(number))
                .map(DocumentSummary::balance).findFirst().orElseThrow().amount();
    }

    /** Answers the question asked before money moves: checks its words, then Yes with Enter. */
    private static void confirm(FxRobot robot, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmDialog").queryAs(DialogPane.class).getContentText()).startsWith(expected);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialog").tryQuery().isEmpty());
    }

}
