package com.settle.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Callback;

/**
 * Creates every view: the FXML next to its controller's package path (in the top-level fxml/
 * folder), the controller from the composition root's factory, the resource bundle, the style sheet, and the
 * locale's date format on every date field.
 */
public final class ViewLoader {

    /** A loaded view and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    public static final String STYLE_SHEET = "/com/settle/ui/settle.css";

    private final Callback<Class<?>, Object> controllers;
    private final ResourceBundle bundle;
    private final Locale locale;

    /** @param locale how dates are shown and typed in every date field */
    public ViewLoader(Callback<Class<?>, Object> controllers, ResourceBundle bundle, Locale locale) {
        this.controllers = controllers;
        this.bundle = bundle;
        this.locale = locale;
    }

    public <C> View<C> load(Class<C> controllerClass) {
        return loadWith(controllerClass, controllers);
    }

    /** Loads a view around a controller made by the caller (a dialog's, with its own view model). */
    public <C> View<C> load(Class<C> controllerClass, C controller) {
        return loadWith(controllerClass, type -> controller);
    }

    private <C> View<C> loadWith(Class<C> controllerClass, Callback<Class<?>, Object> factory) {
        String name = controllerClass.getSimpleName() + ".fxml";
        URL url = controllerClass.getResource(name);
        if (url == null) {
            throw new IllegalStateException("no " + name + " next to " + controllerClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(url, bundle);
        loader.setControllerFactory(factory);
        try {
            Parent root = loader.load();
            root.getStylesheets().add(ViewLoader.class.getResource(STYLE_SHEET).toExternalForm());
            DateFields.install(root, locale);
            keepWhole(root);
            return new View<>(root, controllerClass.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + name, e);
        }
    }

    /**
     * Buttons, check boxes, links and one-line labels never shrink below their text: when a bar is short of room,
     * the fields beside them (search, dates) give way instead, and the page scrolls rather than cut an action
     * or an amount. Labels that wrap keep shrinking (they take more lines), and so does a page title its page fills
     * in (an account's name, however long): it ends in "…" with the whole title in its tooltip rather than push the
     * page, its figures and the status bar past the window's edge.
     */
    static void keepWhole(Node node) {
        if (node instanceof Labeled l && l.getMinWidth() == Region.USE_COMPUTED_SIZE) {
            boolean filledTitle = l.getStyleClass().contains("page-title")
                    && (l.getText() == null || l.getText().isEmpty());
            if (filledTitle) {
                Tooltip whole = new Tooltip();
                whole.textProperty().bind(l.textProperty());
                l.setTooltip(whole);
            } else if (!l.isWrapText()) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        if (node instanceof TableView<?> t && t.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY) {
            t.setColumnResizePolicy(ColumnWidths.fitOrScroll(t.getColumnResizePolicy()));
        }
        if (node instanceof TableView<?> t) {
            ColumnWidths.headingsWhole(t);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(ViewLoader::keepWhole);
        }
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
