package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.app.AppContext;
import com.settle.service.ApplicationService;
import com.settle.support.TestBooks;
import com.settle.ui.print.PagePrinter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A statement from the account page and a receipt from the payment page, saved as PDF and read back. */
@ExtendWith(ApplicationExtension.class)
class StatementFlowTest {

    @TempDir
    static Path folder;
    static int run;

    private AppContext context;
    private Path dir;
    private String invoice;
    private final List<String> suggested = new ArrayList<>();

    @Start
    void start(Stage stage) {
        dir = folder.resolve("run" + (++run));
        try (TestBooks books = new TestBooks(dir).withCodes()) {
            String acme = books.account("Acme Logistics", "USD");
            invoice = books.invoice(acme, LocalDate.of(2026, 10, 1), "60.00", "40.00");
            String pay = books.payment(acme, "75.00", LocalDate.of(2026, 11, 5));
            books.clerk().applications().apply(new ApplicationService.ApplyCommand(pay, LocalDate.of(2026, 11, 5),
                    null, List.of(new ApplicationService.DocumentAmount(invoice, new BigDecimal("75.00"), List.of())),
                    null, false));
        }
        context = new AppContext(dir.resolve("books.mv.db"), false, TestBooks.CLOCK, Locale.US);
        context.setPdfChooser(name -> {
            suggested.add(name);
            return dir.resolve(name.replace(' ', '-'));
        });
        context.start(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static void waitFor(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void theStatementOfAPeriodIsSavedAsPdfFromTheAccountPage(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#homeTotals").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#accountsTable").tryQuery().isPresent()
                && !robot.lookup("#accountsTable").queryTableView().getItems().isEmpty());
        robot.clickOn("Acme Logistics").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#statementButton").tryQuery().isPresent());
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        waitFor(() -> robot.lookup("#fromField").tryQuery().isPresent());
        // This month so far by default; the clerk widens it to October.
        assertThat(robot.lookup("#fromField").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 11, 1));
        robot.interact(() -> robot.lookup("#fromField").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 10, 1)));
        waitFor(() -> robot.lookup("#statementSummary").queryAs(Labeled.class).getText()
                .equals("Balance due $25.00 in 1 open document; credit balance $0.00; 2 charges and payments in"
                        + " the period."));
        robot.clickOn("#okButton");
        Path pdf = dir.resolve("Statement-A-00000001-2026-11-23.pdf");
        waitFor(() -> Files.exists(pdf) && robot.lookup("#fromField").tryQuery().isEmpty());
        assertThat(suggested).containsExactly("Statement A-00000001 2026-11-23.pdf");
        assertThat(pdfText(pdf)).contains("Acme Logistics (A-00000001)")
                .contains("Period: Oct 1, 2026 – Nov 23, 2026")
                .contains(invoice + " Oct 1, 2026 Oct 31, 2026 $100.00 $25.00 23")
                .contains("Payment received (Check CHK-1) P-00000001 $75.00");
        // Print sends these same pages, drawn at 150 dpi on US Letter.
        var pages = PagePrinter.pages(Files.readAllBytes(pdf));
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).getWidth()).isEqualTo(8.5 * 150);
        assertThat(pages.get(0).getPixelReader().getArgb(40, 40)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void aReceiptIsSavedFromThePaymentPage(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#homeTotals").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#paymentsTable").tryQuery().isPresent()
                && !robot.lookup("#paymentsTable").queryTableView().getItems().isEmpty());
        robot.clickOn("P-00000001").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#titleLabel").tryQuery().isPresent()
                && "Payment P-00000001".equals(robot.lookup("#titleLabel").queryAs(Labeled.class).getText()));
        robot.clickOn("#actionsButton");
        robot.clickOn("Save receipt as PDF…");
        Path pdf = dir.resolve("Receipt-P-00000001.pdf");
        waitFor(() -> Files.exists(pdf));
        assertThat(pdfText(pdf)).contains("Payment receipt").contains("Received from Acme Logistics (A-00000001)")
                .contains("Amount received $75.00").contains(invoice + " Invoice $75.00").contains("Unapplied $0.00");
    }
}
