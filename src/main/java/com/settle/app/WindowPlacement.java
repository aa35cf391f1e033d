package com.settle.app;

import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the main window opens: where the operating-system user last left it, when that is still on a screen;
 * otherwise its preferred size made to fit the screen's usable area (a 1280×720 screen keeps the menu and the
 * status bar in view), centred.
 */
final class WindowPlacement {

    private static final Logger LOG = LoggerFactory.getLogger(WindowPlacement.class);
    private static final double MARGIN = 24;

    private final Preferences prefs;

    /** @param prefs where the last place is kept; null keeps nothing (each window opens at the default) */
    WindowPlacement(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The operating-system user's own place, kept across runs. */
    static WindowPlacement ofUser() {
        return new WindowPlacement(Preferences.userNodeForPackage(WindowPlacement.class).node("window"));
    }

    /** Places the stage before it shows, and keeps its place when it closes. */
    void place(Stage stage, double preferredWidth, double preferredHeight) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        Rectangle2D at = fit(saved(), screens, primary, preferredWidth, preferredHeight);
        stage.setX(at.getMinX());
        stage.setY(at.getMinY());
        stage.setWidth(at.getWidth());
        stage.setHeight(at.getHeight());
        if (prefs != null) {
            stage.setMaximized(prefs.getBoolean("maximized", false));
            stage.setOnHiding(e -> keep(stage));
        }
    }

    /**
     * The saved place when it lies mostly on one of the screens; else the preferred size, no larger than the
     * primary screen's usable area less a margin, centred on it.
     */
    static Rectangle2D fit(Rectangle2D saved, List<Rectangle2D> screens, Rectangle2D primary, double preferredWidth,
                           double preferredHeight) {
        if (saved != null && screens.stream().anyMatch(s -> s.contains(saved.getMinX() + saved.getWidth() / 2,
                saved.getMinY() + 20) && saved.getWidth() <= s.getWidth() && saved.getHeight() <= s.getHeight())) {
            return saved;
        }
        double w = Math.min(preferredWidth, primary.getWidth() - MARGIN);
        double h = Math.min(preferredHeight, primary.getHeight() - MARGIN);
        return new Rectangle2D(primary.getMinX() + (primary.getWidth() - w) / 2,
                primary.getMinY() + (primary.getHeight() - h) / 2, w, h);
    }

    private Rectangle2D saved() {
        if (prefs == null || prefs.getDouble("width", 0) <= 0) {
            return null;
        }
        return new Rectangle2D(prefs.getDouble("x", 0), prefs.getDouble("y", 0), prefs.getDouble("width", 0),
                prefs.getDouble("height", 0));
    }

    private void keep(Stage stage) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not keep the window's place", e);
        }
    }
}
