package com.settle.ui.layout;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.skin.VirtualFlow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Finds what a clerk would see cut short on the screens now showing: a button, box or link (an action) whose drawn
 * text differs from its text, or a label or cell that does not show every word with a digit in it whole (an
 * amount, a date, a document number). Words without digits (names, comments) may ellipsize.
 */
final class Truncation {

    private Truncation() {
    }

    /** One line per truncated node: where, what it should say and what it shows. */
    static List<String> find(String screen) {
        List<String> out = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null) {
                walk(w.getScene().getRoot(), screen, out);
            }
        }
        return out;
    }

    /** One line per dialog that reaches beyond the main window (a popup menu or tooltip may). */
    static List<String> beyond(String screen, Window main) {
        List<String> out = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w == main || !w.isShowing() || w instanceof PopupWindow) {
                continue;
            }
            if (w.getX() < main.getX() - 1 || w.getY() < main.getY() - 1
                    || w.getX() + w.getWidth() > main.getX() + main.getWidth() + 1
                    || w.getY() + w.getHeight() > main.getY() + main.getHeight() + 1) {
                out.add(screen + ": a dialog of " + Math.round(w.getWidth()) + "×" + Math.round(w.getHeight())
                        + " at " + Math.round(w.getX()) + "," + Math.round(w.getY()) + " reaches beyond the window of "
                        + Math.round(main.getWidth()) + "×" + Math.round(main.getHeight()));
            }
        }
        return out;
    }

    private static void walk(Node node, String screen, List<String> out) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, screen, out);
        }
        if (node instanceof TableCell<?, ?> cell) {
            checkEdge(cell, screen, out);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, screen, out);
            }
        }
    }

    private static void check(Labeled labeled, String screen, List<String> out) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0) {
            return;
        }
        boolean matters = labeled instanceof ButtonBase || text.chars().anyMatch(Character::isDigit);
        if (!matters) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        Text drawn = drawn(labeled);
        if (drawn == null) {
            return;
        }
        String shown = drawn.getText();
        boolean cut = !shown.replaceAll("\\s+", "").equals(expected.replaceAll("\\s+", ""));
        if (cut && !(labeled instanceof ButtonBase)) {
            // A label or cell may ellipsize its words, never a number: every word with a digit shows whole.
            String whole = shown.endsWith("...") ? shown.substring(0, shown.length() - 3)
                    : shown.endsWith("…") ? shown.substring(0, shown.length() - 1) : shown;
            cut = Arrays.stream(expected.split("\\s+")).filter(w -> w.chars().anyMatch(Character::isDigit))
                    .anyMatch(w -> !Arrays.asList(whole.split("\\s+")).contains(w));
        }
        if (cut) {
            out.add(screen + ": " + labeled.getClass().getSimpleName() + (labeled.getId() == null ? ""
                    : " #" + labeled.getId()) + " shows \"" + shown + "\" for \"" + expected + "\"");
        }
    }

    /**
     * A cell with a number in it whose drawn text the table's visible area cuts (a table that scrolls sideways, or a
     * column under the vertical scroll bar): a right-aligned amount cut there reads as another amount.
     */
    private static void checkEdge(TableCell<?, ?> cell, String screen, List<String> out) {
        String text = cell.getText();
        if (text == null || text.chars().noneMatch(Character::isDigit) || cell.getWidth() <= 0) {
            return;
        }
        Parent p = cell.getParent();
        while (p != null && !(p instanceof VirtualFlow<?>)) {
            p = p.getParent();
        }
        if (p == null) {
            return;
        }
        VirtualFlow<?> flow = (VirtualFlow<?>) p;
        double edge = flow.localToScene(flow.getLayoutBounds()).getMaxX();
        for (Node n : flow.getChildrenUnmodifiable()) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL && bar.isVisible()) {
                edge -= bar.getWidth();
            }
        }
        Text drawn = drawn(cell);
        if (drawn == null || !drawn.isVisible()) {
            return;
        }
        double start = flow.localToScene(flow.getLayoutBounds()).getMinX();
        Bounds b = drawn.localToScene(drawn.getLayoutBounds());
        boolean inView = b.getMaxX() > start && b.getMinX() < edge;
        if (inView && (b.getMaxX() > edge + 1 || b.getMinX() < start - 1)) {
            out.add(screen + ": cell \"" + text + "\" of column \"" + cell.getTableColumn().getText()
                    + "\" is drawn cut by the table's edge");
        }
    }

    /** The text node the skin draws the label with, or null before it has a skin. */
    private static Text drawn(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t;
            }
        }
        return null;
    }
}
