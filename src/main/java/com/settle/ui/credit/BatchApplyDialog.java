package com.settle.ui.credit;

import com.settle.domain.MoneyText;
import com.settle.service.CreditApplicationService;
import com.settle.service.CreditApplicationService.BatchResult;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.DialogFit;
import com.settle.ui.common.ViewLoader;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Shows Apply credit balances ({@code BatchApplyView}) as a dialog: the preview read in the background, then
 * Apply runs the batch on a background thread with progress, and Cancel stops it between accounts.
 */
public final class BatchApplyDialog {

    private final Window owner;
    private final ViewLoader loader;
    private final MoneyText format;
    private final BackgroundExecutor executor;
    private final CreditApplicationService credit;
    private final Consumer<String> notice;
    private final Runnable onDone;

    public BatchApplyDialog(Window owner, ViewLoader loader, MoneyText format, BackgroundExecutor executor,
                            CreditApplicationService credit, Consumer<String> notice, Runnable onDone) {
        this.owner = owner;
        this.loader = loader;
        this.format = format;
        this.executor = executor;
        this.credit = credit;
        this.notice = notice;
        this.onDone = onDone;
    }

    /** Loads the preview in the background, then shows it. */
    public void open() {
        executor.run("Preparing the preview", credit::previewAll, plan -> show(new BatchApplyViewModel(credit, plan,
                format)));
    }

    private void show(BatchApplyViewModel model) {
        ViewLoader.View<BatchApplyView> view = loader.load(BatchApplyView.class, new BatchApplyView(model, format));
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Apply credit balances");
        dialog.setHeaderText(model.header());
        dialog.setResizable(true);
        DialogFit.fit(dialog);
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getStylesheets().addAll(view.root().getStylesheets());
        ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
        applyButton.setId("applyAllOk");
        applyButton.disableProperty().bind(model.anyChosenProperty().not().or(model.runningProperty())
                .or(model.finishedProperty()));
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open while the run goes on
            if (!model.canApply()) {
                return;
            }
            model.start();
            Task<BatchResult> task = new Task<>() {
                @Override
                protected BatchResult call() {
                    updateMessage("Applying credit balances…");
                    return model.apply((done, total) -> {
                        updateProgress(done, total);
                        updateMessage(BatchApplyViewModel.progress(done, total));
                    });
                }
            };
            view.controller().follow(task);
            executor.submit("Applying credit balances", task, r -> {
                notice.accept(model.finished(r));
                view.controller().settle();
                cancelButton.setText("Close");
                cancelButton.setDisable(false);
                Platform.runLater(onDone);
            }, ex -> {
                model.failed(BackgroundExecutor.clerkMessage(ex));
                view.controller().settle();
                cancelButton.setText("Close");
                cancelButton.setDisable(false);
                onDone.run();
            });
        });
        cancelButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.cancel() && !model.finishedProperty().get()) {
                e.consume(); // stops between accounts; the result then says what was done
                cancelButton.setDisable(true);
            }
        });
        // Never smaller than a readable table: the window manager may not size it from the content.
        dialog.setOnShown(e -> {
            var stage = dialog.getDialogPane().getScene().getWindow();
            if (stage instanceof Stage s) {
                s.setMinWidth(600);
                s.setMinHeight(420);
            }
        });
        dialog.show();
    }
}
