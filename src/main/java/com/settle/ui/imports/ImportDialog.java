package com.settle.ui.imports;

import com.settle.ui.common.ViewLoader;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Shows an import's preview ({@code ImportPreviewView}) as a dialog: its main button, or only Close. */
public final class ImportDialog {

    private final Window owner;
    private final ViewLoader loader;

    public ImportDialog(Window owner, ViewLoader loader) {
        this.owner = owner;
        this.loader = loader;
    }

    /** True when the clerk pressed the preview's main button. */
    public boolean show(ImportPreviewViewModel model) {
        ButtonType ok = model.action() == null ? null : new ButtonType(model.action(), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(ok == null ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION);
        a.initOwner(owner);
        a.setTitle(model.title());
        a.setHeaderText(model.header());
        var view = loader.load(ImportPreviewView.class, new ImportPreviewView(model));
        a.getDialogPane().setContent(view.root());
        a.getDialogPane().setId("importDialog");
        a.getDialogPane().getStylesheets().addAll(view.root().getStylesheets());
        if (ok == null) {
            a.getButtonTypes().setAll(ButtonType.CLOSE);
        } else {
            a.getButtonTypes().setAll(ok, ButtonType.CANCEL);
        }
        a.setResizable(true);
        var answer = a.showAndWait();
        return ok != null && answer.filter(b -> b == ok).isPresent();
    }
}
