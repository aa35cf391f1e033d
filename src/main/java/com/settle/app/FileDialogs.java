package com.settle.app;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The window's native file dialogs (export, import, restore) and the restore confirmation. Each chooser
 * can be replaced, so a test picks its file without a native dialog.
 */
final class FileDialogs {

    private final Supplier<Window> owner;
    Function<String, Path> export = this::saveCsv;
    Function<String, Path> importing = this::openCsv;
    Function<Path, Path> backup = this::openBackup;
    Function<String, Path> pdf = this::savePdf;

    FileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    private Path openCsv(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        return path(chooser.showOpenDialog(owner.get()));
    }

    private Path saveCsv(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as CSV");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        return path(chooser.showSaveDialog(owner.get()));
    }

    private Path savePdf(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save as PDF");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF documents", "*.pdf"));
        return path(chooser.showSaveDialog(owner.get()));
    }

    /** A backup to restore, starting in the backups folder. */
    private Path openBackup(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Restore from a backup");
        if (folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Settle backups", "*.zip"));
        return path(chooser.showOpenDialog(owner.get()));
    }

    /** Yes / No before a restore replaces the database. */
    boolean confirmRestore(Path database, Path zip, Path backups) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Replace " + database.getFileName()
                + " with the backup " + zip.getFileName() + "? Everything recorded since that backup is replaced;"
                + " the current file is first kept as a backup in " + backups + ".", ButtonType.YES, ButtonType.NO);
        confirm.initOwner(owner.get());
        confirm.setTitle("Restore from a backup");
        confirm.setHeaderText(null);
        return confirm.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    /** Why an action was refused and that nothing changed, in a dialog the clerk closes with Enter or Escape. */
    void refused(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
