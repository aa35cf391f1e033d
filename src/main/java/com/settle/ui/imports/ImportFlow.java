package com.settle.ui.imports;

import com.settle.service.ImportService;
import com.settle.service.ImportService.Options;
import com.settle.service.Services;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.FxDialogService;
import com.settle.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * File &gt; Import from start to end: choose a CSV file, check it in the background, show its problems
 * (nothing imported) or a preview, then import it whole in the background. When the only trouble is rows
 * imported before, the clerk may check again skipping them; the preview then lists what is skipped.
 */
public final class ImportFlow {

    private final TaskRunner runner;
    private final Supplier<Services> services;
    private final Supplier<Window> owner;
    private final Consumer<String> notice;
    private final Runnable imported;

    /** @param imported what to do once a file is in (refresh the page shown) */
    public ImportFlow(TaskRunner runner, Supplier<Services> services, Supplier<Window> owner, Consumer<String> notice,
                      Runnable imported) {
        this.runner = runner;
        this.services = services;
        this.owner = owner;
        this.notice = notice;
        this.imported = imported;
    }

    public void run(ImportKind kind, Function<String, Path> chooser) {
        Services s = services.get();
        if (s == null) {
            return;
        }
        Path file = chooser.apply(kind.title());
        if (file == null) {
            return;
        }
        check(s, kind, file, false);
    }

    private void check(Services s, ImportKind kind, Path file, boolean skipExisting) {
        var dialog = new ImportDialog(owner.get());
        runner.run("Checking " + file.getFileName(), () -> kind.run(s, file, new Options(true, skipExisting)),
                report -> {
                    if (dialog.preview(kind, file, report)) {
                        runner.run("Importing " + file.getFileName(), () -> kind.run(s, file,
                                new Options(false, skipExisting)), done -> {
                                    notice.accept("Imported " + done.createdCount() + " records from "
                                            + file.getFileName() + " as " + done.batch() + (done.skippedCount() > 0
                                            ? "; " + done.skippedCount() + " rows skipped as already imported" : ""));
                                    imported.run();
                                });
                    }
                }, e -> {
                    if (e instanceof ImportService.ImportRefused r) {
                        if (dialog.problems(kind, file, r.problems(), !skipExisting)) {
                            check(s, kind, file, true);
                        }
                    } else {
                        new FxDialogService(owner.get()).error(kind.title(), "The file could not be imported",
                                BackgroundExecutor.clerkMessage(e));
                    }
                });
    }
}
