package com.settle.ui.imports;

import com.settle.service.ImportService;
import com.settle.service.ImportService.Options;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.FxDialogService;
import com.settle.ui.common.TaskRunner;
import com.settle.ui.common.ViewLoader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * File &gt; Import from start to end: choose a CSV file, check it in the background, show its problems
 * (nothing imported) or a preview, then import it whole in the background. When the only trouble is rows
 * imported before, the clerk may check again skipping them; the preview then lists what is skipped.
 */
public final class ImportFlow {

    private final TaskRunner runner;
    private final ImportService imports;
    private final Supplier<Window> owner;
    private final Consumer<String> notice;
    private final Runnable imported;
    private final ViewLoader loader;

    /** @param imported what to do once a file is in (refresh the page shown) */
    public ImportFlow(TaskRunner runner, ImportService imports, Supplier<Window> owner, ViewLoader loader,
                      Consumer<String> notice, Runnable imported) {
        this.loader = loader;
        this.runner = runner;
        this.imports = imports;
        this.owner = owner;
        this.notice = notice;
        this.imported = imported;
    }

    public void run(ImportKind kind, Function<String, Path> chooser) {
        Path file = chooser.apply(kind.title());
        if (file == null) {
            return;
        }
        check(kind, file, false);
    }

    /**
     * File &gt; Import &gt; Import history: the batches, and Undo for the chosen one (asked first, done in the
     * background; a refusal says what blocks it and changes nothing).
     */
    public void history(Locale locale) {
        ImportBatchesViewModel model = new ImportBatchesViewModel(locale);
        ViewLoader.View<ImportBatchesView> view = loader.load(ImportBatchesView.class, new ImportBatchesView(model));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Import history");
        dialog.setHeaderText("Every import, who made it and when. An import nothing has used since can be undone"
                + " whole.");
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getStylesheets().addAll(view.root().getStylesheets());
        Runnable load = () -> runner.run("Loading the import history", () -> imports.list(), model::install,
                e -> model.said(BackgroundExecutor.clerkMessage(e)));
        view.controller().setOnUndo(() -> {
            String number = model.selectedProperty().get().number();
            if (!new FxDialogService(dialog.getDialogPane().getScene().getWindow()).confirm("Undo an import",
                    model.undoQuestion())) {
                return;
            }
            runner.run("Undoing " + number, () -> imports.undo(number), undone -> {
                notice.accept("Undid import " + number);
                imported.run();
                runner.run("Loading the import history", () -> imports.list(), list -> {
                    model.install(list);
                    model.said("Undid " + number + ": " + undone.undoEffect() + "; the history keeps them.");
                }, e -> model.said(BackgroundExecutor.clerkMessage(e)));
            }, e -> model.said(BackgroundExecutor.clerkMessage(e)));
        });
        dialog.show();
        load.run();
    }

    private void check(ImportKind kind, Path file, boolean skipExisting) {
        var dialog = new ImportDialog(owner.get(), loader);
        runner.run("Checking " + file.getFileName(), () -> kind.run(imports, file, new Options(true, skipExisting)),
                report -> {
                    if (dialog.show(ImportPreviewViewModel.preview(kind, file, report))) {
                        runner.run("Importing " + file.getFileName(), () -> kind.run(imports, file,
                                new Options(false, skipExisting)), done -> {
                                    notice.accept("Imported " + done.createdCount() + " records from "
                                            + file.getFileName() + " as " + done.batch() + (done.skippedCount() > 0
                                            ? "; " + done.skippedCount() + " rows skipped as already imported" : ""));
                                    imported.run();
                                });
                    }
                }, e -> {
                    if (e instanceof ImportService.ImportRefused r) {
                        if (dialog.show(ImportPreviewViewModel.problems(kind, file, r.problems(),
                                !skipExisting && r.onlyRepeats()))) {
                            check(kind, file, true);
                        }
                    } else {
                        new FxDialogService(owner.get()).error(kind.title(), "The file could not be imported",
                                BackgroundExecutor.clerkMessage(e));
                    }
                });
    }
}
