package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.app.AppContext;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.PaymentSummary;
import com.settle.service.ApplicationService;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
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
 * Receive payment as a clerk uses it: Ctrl+R from anywhere, the customer and the amount, the rule's spread
 * over the open invoices, a confirmation, and the payment page of what was recorded; an overpayment to the
 * credit balance; bad input that saves nothing; a refusal that keeps the window and what was typed.
 */
@ExtendWith(ApplicationExtension.class)
class ReceivePaymentFlowTest {

    @TempDir
    static Path folder;
    static int run;

    private AppContext context;
    private Path dir;
    private String acme;
    private String inv1;
    private String inv2;

    @Start
    void start(Stage stage) {
        dir = folder.resolve("run" + (++run));
        TestBooks books = new TestBooks(dir).withCodes();
        acme = books.account("Acme Logistics", "USD");
        inv1 = books.invoice(acme, LocalDate.of(2026, 10, 1), "60.00", "40.00");
        inv2 = books.invoice(acme, LocalDate.of(2026, 10, 15), "30.00");
        books.close();
        context = new AppContext(dir.resolve("books.mv.db"), false, TestBooks.CLOCK, Locale.US);
        context.start(stage);
    }

    @AfterEach
    void close() {
        context.close();
        TestBooks books = new TestBooks(dir);
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

    /** Ctrl+R, the customer chosen by typing, the amount typed; waits for the rule's spread. */
    private Button receive(FxRobot robot, String amount, String remaining) throws Exception {
        waitFor(() -> robot.lookup("#homeTotals").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#accountChoice").tryQuery().isPresent());
        assertThat(text(robot, "#formError")).as("named as the form's label names it").isEqualTo("Customer is required");
        robot.clickOn("#accountChoice").write("Acme").press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.clickOn("#amountField").write(amount);
        waitFor(() -> remaining.equals(text(robot, "#remainingValue")));
        return robot.lookup("#okButton").queryButton();
    }

    private void confirm(FxRobot robot, String expected) throws Exception {
        waitFor(() -> robot.lookup("#confirmDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmDialog").queryAs(DialogPane.class).getContentText()).isEqualTo(expected);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    }

    /** Escape, then Yes (Enter) to the question whether to close without saving. */
    private static void closeWithoutSaving(FxRobot robot) throws Exception {
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#askDialog").tryQuery().isPresent());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#accountChoice").tryQuery().isEmpty());
    }

    private List<DocumentSummary> documents() {
        try (TestBooks books = new TestBooks(dir)) {
            return books.clerk().documents().list();
        }
    }

    @Test
    void aPaymentIsRecordedAndSpreadOverTheOldestInvoicesInOneStep(FxRobot robot) throws Exception {
        Button ok = receive(robot, "100.00", "$0.00");
        // The rule (oldest first) fills the first invoice: its amount reads as a real amount, not a hint.
        TextInputControl first = robot.lookup("#apply-" + inv1).queryAs(TextInputControl.class);
        assertThat(first.getPromptText()).isEqualTo("$100.00");
        assertThat(first.getStyleClass()).contains("preview");
        assertThat(robot.lookup("#overpaymentChoice").queryAs(ChoiceBox.class).isDisabled()).isTrue();
        robot.clickOn("#referenceField").write("CHK-501");
        robot.clickOn(ok);
        confirm(robot, "Record $100.00 from Acme Logistics (" + acme + ") and apply $100.00 to 1 document"
                + " (2 items)?");
        waitFor(() -> robot.lookup("#titleLabel").tryQuery().isPresent()
                && "Payment P-00000001".equals(text(robot, "#titleLabel")));
        waitFor(() -> "$0.00".equals(text(robot, "#unappliedValue")));
        assertThat(documents()).filteredOn(d -> d.number().equals(inv1)).singleElement()
                .satisfies(d -> assertThat(d.balance().isZero()).isTrue());
    }

    @Test
    void anOverpaymentGoesToTheCreditBalanceWhenTheClerkSaysSo(FxRobot robot) throws Exception {
        Button ok = receive(robot, "200.00", "$70.00");
        robot.clickOn("#overpaymentChoice");
        robot.clickOn("Transfer to credit balance");
        robot.clickOn(ok);
        confirm(robot, "Record $200.00 from Acme Logistics (" + acme + ") and apply $130.00 to 2 documents"
                + " (3 items)?\n$70.00 left over goes to the customer's credit balance.");
        waitFor(() -> robot.lookup("#titleLabel").tryQuery().isPresent()
                && "Payment P-00000001".equals(text(robot, "#titleLabel")));
        try (TestBooks books = new TestBooks(dir)) {
            assertThat(books.clerk().creditHistory().head(acme).balance().amount()).isEqualByComparingTo("70.00");
            PaymentSummary p = books.clerk().payments().list().get(0);
            assertThat(p.applied().amount()).isEqualByComparingTo("130.00");
            assertThat(p.transferred().amount()).isEqualByComparingTo("70.00");
        }
    }

    @Test
    void badInputIsNamedAndSavesNothing(FxRobot robot) throws Exception {
        Button ok = receive(robot, "10.005", "$0.00");
        waitFor(() -> text(robot, "#formError").startsWith("Amount '10.005' has more decimals than USD allows"));
        assertThat(ok.isDisabled()).isTrue();
        robot.eraseText(1);
        waitFor(() -> "$0.00".equals(text(robot, "#remainingValue")));
        // More for one invoice than the payment brings.
        robot.doubleClickOn("#apply-" + inv2).write("30.00");
        waitFor(() -> text(robot, "#formError").contains("more than"));
        assertThat(ok.isDisabled()).isTrue();
        // Escape after typing asks first; Keep Editing (Escape) goes back with everything typed, Close Without
        // Saving (Enter) closes.
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#askDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#askDialog").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Close without saving?");
        assertThat(robot.lookup("#askDialog").queryAs(DialogPane.class).getContentText())
                .isEqualTo("What you typed in Receive payment is not saved.");
        assertThat(robot.lookup("#askDialog").queryAs(DialogPane.class).getButtonTypes())
                .extracting(ButtonType::getText).containsExactly("Close Without Saving", "Keep Editing");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#askDialog").tryQuery().isEmpty());
        assertThat(robot.lookup("#amountField").queryAs(TextInputControl.class).getText()).isEqualTo("10.00");
        assertThat(robot.lookup("#apply-" + inv2).queryAs(TextInputControl.class).getText()).isEqualTo("30.00");
        closeWithoutSaving(robot);
        try (TestBooks books = new TestBooks(dir)) {
            assertThat(books.clerk().payments().list()).isEmpty();
        }
    }

    @Test
    void beforeACustomerIsChosenTheWindowSaysWhatToDoAndClosesAtOnce(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#homeTotals").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#accountChoice").tryQuery().isPresent());
        // Before a customer is chosen nothing loads: the table says what to do, with no spinner over it.
        assertThat(text(robot, "#documentsPlaceholder"))
                .isEqualTo("Choose a customer to see their open invoices and debit memos.");
        assertThat(robot.lookup("#loadingIndicator").query().isVisible()).isFalse();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#accountChoice").tryQuery().isEmpty());
        assertThat(robot.lookup("#askDialog").tryQuery()).isEmpty();
    }

    @Test
    void aDateThatIsNotADateIsNamedAndNothingIsSaved(FxRobot robot) throws Exception {
        Button ok = receive(robot, "20.00", "$0.00");
        DatePicker date = robot.lookup("#dateField").queryAs(DatePicker.class);
        robot.doubleClickOn(date.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Nov 31, 2026");
        waitFor(() -> date.getEditor().getStyleClass().contains("invalid"));
        robot.clickOn(ok);
        waitFor(() -> text(robot, "#saveRefusal").startsWith("Date 'Nov 31, 2026' is not a date; type it as"));
        assertThat(robot.lookup("#confirmDialog").tryQuery()).isEmpty();
        closeWithoutSaving(robot);
        try (TestBooks books = new TestBooks(dir)) {
            assertThat(books.clerk().payments().list()).isEmpty();
        }
    }

    @Test
    void aRefusedSaveKeepsTheWindowAndEverythingTyped(FxRobot robot) throws Exception {
        Button ok = receive(robot, "20.00", "$0.00");
        robot.clickOn("#referenceField").write("CHK-9");
        // Meanwhile, another clerk pays part of the same invoice.
        try (TestBooks books = new TestBooks(dir)) {
            String other = books.payment(acme, "5.00", LocalDate.of(2026, 10, 20));
            books.clerk().applications().apply(new ApplicationService.ApplyCommand(other,
                    LocalDate.of(2026, 10, 20), null, List.of(new ApplicationService.DocumentAmount(inv1,
                    new BigDecimal("5.00"), List.of())), null, false));
        }
        robot.clickOn(ok);
        confirm(robot, "Record $20.00 from Acme Logistics (" + acme + ") and apply $20.00 to 1 document"
                + " (1 item)?");
        waitFor(() -> text(robot, "#saveRefusal").contains("changed since"));
        assertThat(text(robot, "#saveRefusal")).contains("Nothing was saved");
        assertThat(robot.lookup("#referenceField").queryAs(TextInputControl.class).getText()).isEqualTo("CHK-9");
        assertThat(robot.lookup("#amountField").queryAs(TextInputControl.class).getText()).isEqualTo("20.00");
        // The documents were read again; saving now goes through.
        waitFor(() -> !ok.isDisabled());
        robot.clickOn(ok);
        confirm(robot, "Record $20.00 from Acme Logistics (" + acme + ") and apply $20.00 to 1 document"
                + " (1 item)?");
        waitFor(() -> robot.lookup("#titleLabel").tryQuery().isPresent()
                && "Payment P-00000002".equals(text(robot, "#titleLabel")));
    }
}
