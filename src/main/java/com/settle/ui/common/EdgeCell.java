package com.settle.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * A table cell whose text is never shown cut by the edge of the table's visible area. A table wider than its window
 * scrolls sideways, and the column at the edge shows only part of its cells: a right-aligned amount cut there
 * ("€5,188.1" for €5,188.18) reads as another amount, a date or number cut reads as another one. Here the text moves
 * left to stay whole inside the visible part of its cell; where that part cannot hold it, the cell shows nothing
 * until the clerk scrolls it into view.
 *
 * @param <T> the row
 * @param <S> the value
 */
public class EdgeCell<T, S> extends TableCell<T, S> {

    private VirtualFlow<?> flow;
    private final InvalidationListener relayout = o -> requestLayout();
    /** Held by the flow weakly: a cell the table drops is not kept alive by it. */
    private final WeakInvalidationListener weakRelayout = new WeakInvalidationListener(relayout);

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        Text text = text();
        if (text == null) {
            return;
        }
        text.setVisible(true);
        VirtualFlow<?> f = flow();
        if (f == null || getText() == null || getText().isEmpty()) {
            return;
        }
        Bounds view = visibleArea(f);
        Bounds drawn = text.localToScene(text.getLayoutBounds());
        if (drawn.getMaxX() <= view.getMaxX() + 0.5 && drawn.getMinX() >= view.getMinX() - 0.5) {
            return;
        }
        double shift = drawn.getMaxX() - view.getMaxX();
        Bounds cell = localToScene(getLayoutBounds());
        double left = Math.max(view.getMinX(), cell.getMinX() + snappedLeftInset());
        if (shift > 0 && drawn.getMinX() - shift >= left - 0.5) {
            text.setLayoutX(text.getLayoutX() - shift);
        } else {
            text.setVisible(false);
        }
    }

    /** The text node the skin draws with, or null before the skin has made it. */
    private Text text() {
        for (Node child : getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t;
            }
        }
        return null;
    }

    /** The table's scrolling area, found once; a sideways scroll or a new width lays the cell out again. */
    private VirtualFlow<?> flow() {
        if (flow == null) {
            for (Parent p = getParent(); p != null; p = p.getParent()) {
                if (p instanceof VirtualFlow<?> found) {
                    flow = found;
                    flow.widthProperty().addListener(weakRelayout);
                    for (Node n : flow.getChildrenUnmodifiable()) {
                        if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                            bar.valueProperty().addListener(weakRelayout);
                        }
                    }
                    break;
                }
            }
        }
        return flow;
    }

    /** What of the table's rows shows, in scene coordinates: the scrolling area less its vertical scroll bar. */
    static Bounds visibleArea(VirtualFlow<?> flow) {
        Bounds all = flow.localToScene(flow.getLayoutBounds());
        double right = all.getMaxX();
        for (Node n : flow.getChildrenUnmodifiable()) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL && bar.isVisible()) {
                right -= bar.getWidth();
            }
        }
        return new BoundingBox(all.getMinX(), all.getMinY(), right - all.getMinX(), all.getHeight());
    }
}
