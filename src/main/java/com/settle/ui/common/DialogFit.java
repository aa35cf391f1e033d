package com.settle.ui.common;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Opens a dialog within its owner window: never larger than the window (nor the screen), centred on it, so on
 * a 1024×700 workstation no dialog hangs off the edge with its buttons out of reach. The dialog stays
 * resizable; what does not fit scrolls inside it.
 */
public final class DialogFit {

    /** Air between the dialog and the window's edges. */
    private static final double MARGIN = 16;

    private DialogFit() {
    }

    public static void fit(Dialog<?> dialog) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            place(window, dialog.getOwner(), true);
            // A dialog that grows once its rows are loaded (Apply) is kept within the window too; JavaFX would
            // otherwise move it a third of the way down, its buttons off the screen.
            window.heightProperty().addListener((o, a, b) -> place(window, dialog.getOwner(), false));
            window.widthProperty().addListener((o, a, b) -> place(window, dialog.getOwner(), false));
        });
    }

    /** @param centre centre it on the window; otherwise only move it back within the window if it hangs out */
    private static void place(Window dialog, Window owner, boolean centre) {
        Rectangle2D area = owner != null && owner.isShowing()
                ? new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                : Screen.getPrimary().getVisualBounds();
        Rectangle2D screen = Screen.getScreensForRectangle(area).stream().findFirst().orElse(Screen.getPrimary())
                .getVisualBounds();
        double maxWidth = Math.min(area.getWidth(), screen.getWidth()) - 2 * MARGIN;
        double maxHeight = Math.min(area.getHeight(), screen.getHeight()) - 2 * MARGIN;
        if (dialog.getWidth() > maxWidth) {
            dialog.setWidth(Math.max(320, maxWidth));
        }
        if (dialog.getHeight() > maxHeight) {
            dialog.setHeight(Math.max(240, maxHeight));
        }
        // After the dialog's own placement, which follows size changes (it puts dialogs a third of the way down).
        Platform.runLater(() -> {
            boolean out = dialog.getX() < area.getMinX() || dialog.getY() < area.getMinY()
                    || dialog.getX() + dialog.getWidth() > area.getMaxX()
                    || dialog.getY() + dialog.getHeight() > area.getMaxY();
            if (!centre && !out) {
                return;
            }
            double x = area.getMinX() + (area.getWidth() - dialog.getWidth()) / 2;
            double y = area.getMinY() + (area.getHeight() - dialog.getHeight()) / 2;
            dialog.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - dialog.getWidth())));
            dialog.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - dialog.getHeight())));
        });
    }
}
