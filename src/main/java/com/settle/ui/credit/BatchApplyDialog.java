package com.settle.ui.credit;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.PlannedCredit;
import com.settle.service.CreditApplicationService.BatchResult;
import com.settle.service.Services;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.Columns;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Apply credit balances (the batch "without payment runs"): a preview of what goes to which invoice,
 * then Apply with a progress bar and Cancel. Each account is its own transaction, so Cancel stops
 * between accounts and what was applied stays applied; refusals are listed at the end.
 */
public final class BatchApplyDialog {

    private final Window owner;
    private final MoneyText format;
    private final BackgroundExecutor executor;
    private final Supplier<Services> services;
    private final Consumer<String> notice;
    private final Runnable onDone;

    public BatchApplyDialog(Window owner, MoneyText format, BackgroundExecutor executor, Supplier<Services> services,
                            Consumer<String> notice, Runnable onDone) {
        this.owner = owner;
        this.format = format;
        this.executor = executor;
        this.services = services;
        this.notice = notice;
        this.onDone = onDone;
    }

    /** Loads the preview in the background, then shows it. */
    public void open() {
        executor.run("Preparing the preview", () -> services.get().creditApplications().previewAll(), this::show);
    }

    private void show(List<PlannedCredit> plan) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Apply credit balances");
        dialog.setHeaderText(plan.isEmpty() ? "No account has both a credit balance and an open invoice."
                : plan.size() + " applications over " + plan.stream().map(PlannedCredit::accountNumber).distinct()
                .count() + " accounts, oldest invoice first. Nothing is saved until you press Apply.");
        TableView<PlannedCredit> table = new TableView<>();
        table.setId("planTable");
        table.getItems().setAll(plan);
        table.setPrefSize(760, 360);
        TableColumn<PlannedCredit, String> account = new TableColumn<>("Account");
        Columns.text(account, p -> p.accountNumber() + "  " + p.accountName());
        account.setPrefWidth(230);
        TableColumn<PlannedCredit, String> invoice = new TableColumn<>("Invoice");
        Columns.text(invoice, PlannedCredit::invoiceNumber);
        invoice.setPrefWidth(110);
        TableColumn<PlannedCredit, LocalDate> date = new TableColumn<>("Invoice date");
        Columns.date(date, PlannedCredit::invoiceDate, format);
        TableColumn<PlannedCredit, Money> balance = new TableColumn<>("Invoice balance");
        Columns.money(balance, PlannedCredit::invoiceBalance, format);
        balance.setPrefWidth(130);
        TableColumn<PlannedCredit, Money> amount = new TableColumn<>("Credit to apply");
        Columns.money(amount, PlannedCredit::amount, format);
        amount.setPrefWidth(130);
        table.getColumns().setAll(List.of(account, invoice, date, balance, amount));
        ProgressBar progress = new ProgressBar(0);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        progress.setId("batchProgress");
        Label status = new Label();
        status.setId("batchStatus");
        status.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, table, progress, status));
        ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
        applyButton.setId("applyAllOk");
        applyButton.setDisable(plan.isEmpty());
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        Task<?>[] running = new Task<?>[1];
        AtomicBoolean stop = new AtomicBoolean();
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open while the run goes on
            applyButton.setDisable(true);
            progress.setVisible(true);
            Task<BatchResult> task = new Task<>() {
                @Override
                protected BatchResult call() {
                    updateMessage("Applying credit balances…");
                    return services.get().creditApplications().applyAll((done, total) -> {
                        updateProgress(done, total);
                        updateMessage("Applied credit on " + done + " of " + total + " accounts");
                    }, stop::get);
                }
            };
            running[0] = task;
            progress.progressProperty().bind(task.progressProperty());
            status.textProperty().bind(task.messageProperty());
            executor.submit("Applying credit balances", task, r -> finished(r, status, cancelButton), ex -> {
                status.textProperty().unbind();
                status.setText("Stopped: " + BackgroundExecutor.clerkMessage(ex));
                cancelButton.setText("Close");
                onDone.run();
            });
        });
        cancelButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (running[0] != null && running[0].isRunning()) {
                e.consume(); // stops between accounts; the result then says what was done
                stop.set(true);
                cancelButton.setDisable(true);
            }
        });
        dialog.show();
    }

    private void finished(BatchResult r, Label status, Button close) {
        status.textProperty().unbind();
        StringBuilder text = new StringBuilder((r.canceled() ? "Canceled after " : "Done: ") + r.applied().size()
                + " applications over " + r.accounts() + " accounts; " + r.refused().size() + " refused.");
        r.refused().forEach(s -> text.append("\n").append(s));
        status.setText(text.toString());
        close.setText("Close");
        close.setDisable(false);
        notice.accept("Applied credit: " + r.applied().size() + " applications, " + r.refused().size() + " refused");
        Platform.runLater(onDone);
    }
}
