package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.app.AppContext;
import com.settle.support.TestBooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/** File > Import (Ctrl+I): a file with problems lists them and imports nothing; a good file previews, then imports. */
@ExtendWith(ApplicationExtension.class)
class ImportFlowTest {

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

    @SuppressWarnings("unchecked")
    private static ListView<String> lines(FxRobot robot) {
        return robot.lookup("#importLines").queryAs(ListView.class);
    }

    @Test
    void problemsFirstThenAPreviewThenTheImport(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#homeTotals").tryQuery().isPresent());
        Path bad = Files.writeString(dir.resolve("bad.csv"), """
                DocumentNumber,Account,DocumentDate,Charge,UnitPrice
                X-1,A-00000009,2026-10-01,Hosting,10
                """);
        Path good = Files.writeString(dir.resolve("good.csv"), """
                DocumentNumber,Account,DocumentDate,Charge,Quantity,UnitPrice
                X-1,A-00000001,2026-10-01,Hosting,2,10.00
                X-1,A-00000001,2026-10-01,Setup,1,5.00
                X-2,A-00000001,2026-10-05,Support,1,7.50
                """);
        Path[] next = {bad};
        context.setImportChooser(title -> next[0]);

        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#importLines").tryQuery().isPresent());
        assertThat(robot.lookup("#importDialog").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("bad.csv has 1 problem. Nothing was imported; correct the file and import it again.");
        assertThat(lines(robot).getItems()).containsExactly("line 2, Account: 'A-00000009' does not exist");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#importLines").tryQuery().isEmpty());

        next[0] = good;
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#importLines").tryQuery().isPresent());
        assertThat(lines(robot).getItems()).containsExactly("new Invoice X-1 for A-00000001, 2 items, posted",
                "new Invoice X-2 for A-00000001, 1 item, posted");
        robot.clickOn("Import 2 records");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#documentsTable").tryQuery().isPresent()
                && robot.lookup("#documentsTable").queryTableView().getItems().size() == 2);
        try (TestBooks books = new TestBooks(dir)) {
            context.close();
            assertThat(books.clerk().documents().list()).extracting(d -> d.amount().amount().toPlainString())
                    .containsExactlyInAnyOrder("25.00", "7.50");
        }
    }

    @Test
    void rowsImportedBeforeCanBeSkippedAndAnImportUndoneFromItsHistory(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#homeTotals").tryQuery().isPresent());
        Path first = Files.writeString(dir.resolve("october.csv"), """
                DocumentNumber,Account,DocumentDate,Charge,UnitPrice
                X-1,A-00000001,2026-10-01,Hosting,10.00
                """);
        Path second = Files.writeString(dir.resolve("november.csv"), """
                DocumentNumber,Account,DocumentDate,Charge,UnitPrice
                X-1,A-00000001,2026-10-01,Hosting,10.00
                X-3,A-00000001,2026-11-01,Hosting,30.00
                """);
        Path[] next = {first};
        context.setImportChooser(title -> next[0]);
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#importLines").tryQuery().isPresent());
        robot.clickOn("Import 1 record");
        waitFor(() -> robot.lookup("#importLines").tryQuery().isEmpty());

        next[0] = second;
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#importLines").tryQuery().isPresent());
        assertThat(robot.lookup("#importDialog").queryAs(DialogPane.class).getHeaderText()).isEqualTo("november.csv"
                + " has 1 problem. Nothing was imported; every one is a row imported before: skip those rows, or"
                + " correct the file.");
        assertThat(lines(robot).getItems()).singleElement().asString().startsWith("line 2, DocumentNumber:"
                + " 'X-1' for A-00000001 was already imported as INV-00000001 (IB-00000001 from"
                + " october.csv, ");
        robot.clickOn("Skip rows already imported");
        waitFor(() -> robot.lookup("Import 1 record").tryQuery().isPresent());
        assertThat(lines(robot).getItems()).first().isEqualTo("new Invoice X-3 for A-00000001, 1 item, posted");
        assertThat(lines(robot).getItems()).contains("Skipped as already imported (1):");
        robot.clickOn("Import 1 record");
        waitFor(() -> robot.lookup("#importLines").tryQuery().isEmpty());

        robot.interact(() -> context.navigator().showImportHistory());
        waitFor(() -> robot.lookup("#importBatches").tryQuery().isPresent()
                && robot.lookup("#importBatches .table-view").queryTableView().getItems().size() == 2);
        var table = robot.lookup("#importBatches .table-view").queryTableView();
        assertThat(robot.lookup("#undoBatchButton").queryButton().isDisabled()).as("nothing chosen").isTrue();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#undoBatchButton");
        robot.clickOn("Yes");
        Label message = robot.lookup("#importMessage").queryAs(Label.class);
        try {
            waitFor(() -> message.getText().startsWith("Undid IB-00000002"));
        } catch (TimeoutException e) {
            throw new AssertionError("the history says: " + message.getText(), e);
        }
        assertThat(robot.lookup("#undoBatchButton").queryButton().isDisabled()).as("undone once").isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        try (TestBooks books = new TestBooks(dir)) {
            context.close();
            assertThat(books.clerk().documents().list()).extracting(d -> d.number() + " " + d.status())
                    .containsExactlyInAnyOrder("INV-00000001 Posted", "INV-00000002 Canceled");
        }
    }
}
