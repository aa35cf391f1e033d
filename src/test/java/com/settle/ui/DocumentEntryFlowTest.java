package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.app.AppContext;
import com.settle.domain.model.DocumentDetail;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.HomeFigures;
import com.settle.support.TestBooks;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * A clerk's first invoice, headless: create an account, enter an invoice with three items (a bad
 * quantity and a unit price with too many decimals are refused at their fields), save it as a draft,
 * change it, post it, find it in the list and in Home's totals. The stored document is checked through the services.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentEntryFlowTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private Path dir;

    @Start
    void start(Stage stage) {
        dir = folder.resolve("run" + System.nanoTime());
        try (TestBooks books = new TestBooks(dir).withCodes()) {
            books.account("Acme Logistics", "USD");
        }
        context = new AppContext(dir.resolve("books.mv.db"), false, TestBooks.CLOCK, Locale.US);
        context.start(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void close() {
        context.close();
        try (TestBooks books = new TestBooks(dir)) {
            books.assertBalanced();
        }
    }

    private static void waitFor(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n instanceof Label l ? l.getText() : ((TextField) n).getText();
    }

    private static void type(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.interact(() -> ((TextField) robot.lookup(field).query()).clear());
        robot.write(text);
    }

    private static void key(FxRobot robot, KeyCode modifier, KeyCode code) {
        robot.press(modifier, code).release(code, modifier);
    }

    @Test
    void createAnAccountEnterAnInvoiceWithThreeItemsPostItAndSeeItEverywhere(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#homeTotals").tryQuery().isPresent());
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        waitFor(() -> robot.lookup("#newAccountButton").tryQuery().isPresent());
        robot.clickOn("#newAccountButton");
        waitFor(() -> robot.lookup("#accountNameField").tryQuery().isPresent());
        type(robot, "#accountNameField", "Nordic Tools");
        assertThat(text(robot, "#accountCurrencyField")).isEqualTo("USD");
        type(robot, "#accountEmailField", "ap@nordic.example");
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#titleLabel").tryQuery().isPresent()
                && text(robot, "#titleLabel").endsWith("Nordic Tools"));
        String account = text(robot, "#titleLabel").split(" ")[0];
        assertThat(account).isEqualTo("A-00000002");

        // New invoice from the account's page: the account is chosen already.
        key(robot, KeyCode.ALT, KeyCode.I);
        waitFor(() -> robot.lookup("#chargeField1").tryQuery().isPresent());
        Button save = robot.lookup("#okButton").queryAs(Button.class);
        type(robot, "#chargeField1", "Setup");
        type(robot, "#unitPriceField1", "100.00");
        waitFor(() -> text(robot, "#itemAmount1").equals("$100.00"));
        robot.clickOn("#addItemButton");
        waitFor(() -> robot.lookup("#chargeField2").tryQuery().isPresent());
        type(robot, "#chargeField2", "Seats");
        type(robot, "#quantityField2", "three");
        type(robot, "#unitPriceField2", "19.99");
        waitFor(() -> text(robot, "#formError").startsWith("Item 2 quantity"));
        assertThat(save.isDisabled()).isTrue();
        assertThat(robot.lookup("#quantityField2").query().getStyleClass()).contains("invalid");
        type(robot, "#quantityField2", "3");
        type(robot, "#unitPriceField2", "19.9912345");
        waitFor(() -> text(robot, "#formError").startsWith("Item 2 unit price"));
        assertThat(text(robot, "#formError")).isEqualTo("Item 2 unit price '19.9912345' has more than 6 decimals");
        assertThat(save.isDisabled()).isTrue();
        type(robot, "#unitPriceField2", "19.99");
        waitFor(() -> text(robot, "#itemAmount2").equals("$59.97"));
        robot.clickOn("#addItemButton");
        waitFor(() -> robot.lookup("#chargeField3").tryQuery().isPresent());
        type(robot, "#chargeField3", "Loyalty discount");
        type(robot, "#unitPriceField3", "-10.00");
        waitFor(() -> text(robot, "#documentTotal").equals("$149.97"));
        assertThat(robot.lookup("#itemAmount3").query().getStyleClass()).contains("negative");
        assertThat(save.isDisabled()).isFalse();
        robot.type(KeyCode.ENTER);

        // Saved as a draft, it opens on its page; Edit draft (Alt+E) changes a quantity, Post (Alt+P) fixes it.
        waitFor(() -> robot.lookup("#statusLabel").tryQuery().isPresent()
                && "Draft".equals(text(robot, "#statusLabel")));
        assertThat(robot.lookup("#cancelButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#transferButton").queryAs(Button.class).isDisabled()).isTrue();
        key(robot, KeyCode.ALT, KeyCode.E);
        waitFor(() -> robot.lookup("#quantityField2").tryQuery().isPresent()
                && text(robot, "#quantityField2").equals("3"));
        assertThat(text(robot, "#unitPriceField2")).isEqualTo("19.99");
        type(robot, "#quantityField2", "4");
        waitFor(() -> text(robot, "#documentTotal").equals("$169.96"));
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#amountValue").tryQuery().isPresent()
                && "$169.96".equals(text(robot, "#amountValue")));
        key(robot, KeyCode.ALT, KeyCode.P);
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ENTER); // Yes
        waitFor(() -> "Open".equals(text(robot, "#statusLabel")));
        assertThat(text(robot, "#amountValue")).isEqualTo("$169.96");
        assertThat(text(robot, "#balanceValue")).isEqualTo("$169.96");
        @SuppressWarnings("unchecked")
        TableView<DocumentDetail.Item> items = robot.lookup("#itemsTable").queryAs(TableView.class);
        assertThat(items.getItems()).extracting(DocumentDetail.Item::chargeName)
                .containsExactly("Setup", "Seats", "Loyalty discount");
        assertThat(robot.lookup("#postButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#editButton").queryAs(Button.class).isDisabled()).isTrue();
        String number = text(robot, "#titleLabel").replace("Invoice ", "");

        // The list finds it, filtered by account.
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        waitFor(() -> robot.lookup("#documentsTable").tryQuery().isPresent());
        type(robot, "#accountFilter", account);
        @SuppressWarnings("unchecked")
        TableView<DocumentSummary> list = robot.lookup("#documentsTable").queryAs(TableView.class);
        waitFor(() -> list.getItems().size() == 1 && list.getItems().get(0).number().equals(number));
        assertThat(list.getItems().get(0).balance().amount()).isEqualByComparingTo("169.96");

        // Home's totals count it as open receivables.
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        @SuppressWarnings("unchecked")
        TableView<HomeFigures> home = robot.lookup("#homeTotals").queryAs(TableView.class);
        waitFor(() -> home.getItems().size() == 1);
        assertThat(home.getItems().get(0).receivables().amount()).isEqualByComparingTo("169.96");

        context.close();
        try (TestBooks books = new TestBooks(dir)) {
            var stored = books.clerk().documents().detail(number);
            assertThat(stored.summary().status().code()).isEqualTo("Posted");
            assertThat(stored.items()).extracting(i -> i.amount().amount().toPlainString())
                    .containsExactly("100.00", "79.96", "-10.00");
        }
    }
}
