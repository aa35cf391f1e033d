package com.settle.ui.print;

import com.settle.domain.MoneyText;
import com.settle.print.PdfDocuments;
import com.settle.print.ReceiptPdf;
import com.settle.print.StatementPdf;
import com.settle.service.StatementService;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.FormHost;
import com.settle.ui.common.FxDialogService;
import com.settle.ui.common.TaskRunner;
import com.settle.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Statements and receipts, saved as PDF or printed: the same pages either way. Reading, drawing and writing run
 * in the background; a file goes to a temporary file first and is moved into place.
 */
public final class PrintFlow {

    private final Supplier<Window> owner;
    private final ViewLoader loader;
    private final TaskRunner runner;
    private final StatementService statements;
    private final MoneyText format;
    private final Clock clock;
    private final Function<String, Path> chooser;
    private final Consumer<String> notice;

    /** @param chooser asks where to save a PDF, given a suggested name; null when the clerk canceled */
    public PrintFlow(Supplier<Window> owner, ViewLoader loader, TaskRunner runner, StatementService statements,
                     MoneyText format, Clock clock, Function<String, Path> chooser, Consumer<String> notice) {
        this.owner = owner;
        this.loader = loader;
        this.runner = runner;
        this.statements = statements;
        this.format = format;
        this.clock = clock;
        this.chooser = chooser;
        this.notice = notice;
    }

    /** The Statement dialog of an account: a period, its figures, Save as PDF and Print. */
    public void statement(String account) {
        LocalDate today = LocalDate.now(clock);
        StatementViewModel model = new StatementViewModel(account, today, format, runner,
                (from, to) -> statements.statement(account, from, to));
        var view = loader.load(StatementView.class, new StatementView(model,
                s -> print(() -> StatementPdf.pdf(s, format, today))));
        FormHost.showAndSave(owner.get(), view.root(), new FormHost.Words("Statement", model.header(),
                "Save as PDF…"), model, view.controller().first(), (s, saved, refused) -> save("Statement "
                + account + " " + s.to() + ".pdf", () -> StatementPdf.pdf(s, format, today), saved, refused));
    }

    /** Saves a payment's receipt as PDF, where the clerk chooses. */
    public void saveReceipt(String payment) {
        save("Receipt " + payment + ".pdf", () -> receipt(payment), () -> { },
                why -> new FxDialogService(owner.get()).error("Save receipt", "The receipt was not saved", why));
    }

    /** Prints a payment's receipt. */
    public void printReceipt(String payment) {
        print(() -> receipt(payment));
    }

    private byte[] receipt(String payment) {
        return ReceiptPdf.pdf(statements.receipt(payment), format, LocalDate.now(clock));
    }

    private void save(String suggested, Callable<byte[]> pdf, Runnable saved, Consumer<String> refused) {
        Path target = chooser.apply(suggested);
        if (target == null) {
            refused.accept("No file was chosen.");
            return;
        }
        runner.run("Saving " + target.getFileName(), () -> {
            PdfDocuments.save(pdf.call(), target);
            return target;
        }, t -> {
            saved.run();
            notice.accept("Saved " + t);
        }, e -> refused.accept(BackgroundExecutor.clerkMessage(e)));
    }

    private void print(Callable<byte[]> pdf) {
        runner.run("Preparing the pages to print", () -> PagePrinter.pages(pdf.call()), pages -> {
            String why = PagePrinter.print(pages, owner.get());
            if (why != null) {
                new FxDialogService(owner.get()).error("Print", "Nothing was printed", why);
            }
        }, e -> new FxDialogService(owner.get()).error("Print", "Nothing was printed",
                BackgroundExecutor.clerkMessage(e)));
    }
}
