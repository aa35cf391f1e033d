package com.settle.ui.common;

import com.settle.domain.model.Permission;
import com.settle.service.UserContext;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * Disables an action the user's roles do not allow and says which permission it needs. A disabled
 * control gets no mouse events, so the tooltip also goes on a holder around it, where it shows on hover.
 * The services refuse the action too; this only spares the clerk a refusal.
 */
public final class Permitted {

    /** The style class of the holder put around a control that is disabled for want of a permission. */
    public static final String HOLDER = "permission-holder";

    private Permitted() {
    }

    /** @return true when {@code user} may do it (the control is left alone) */
    public static boolean guard(Control control, UserContext user, Permission permission) {
        if (user == null || user.may(permission)) {
            return true;
        }
        control.disableProperty().unbind();
        control.setDisable(true);
        explain(control, user.whyNot(permission));
        return false;
    }

    /**
     * Gives the control a tooltip that also shows while it is disabled (on a holder around it): what it
     * does when enabled, why not when disabled.
     */
    public static void explain(Control control, String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(440);
        tip.setShowDelay(Duration.millis(300));
        control.setTooltip(tip);
        if (control.getParent() instanceof Pane parent) {
            if (parent.getStyleClass().contains(HOLDER)) {
                Tooltip.install(parent, tip);
                return;
            }
            int at = parent.getChildren().indexOf(control);
            StackPane holder = new StackPane();
            holder.getStyleClass().add(HOLDER);
            parent.getChildren().remove(at);
            holder.getChildren().add(control);
            parent.getChildren().add(at, holder);
            Tooltip.install(holder, tip);
        }
    }

    /** The first non-empty reason, or "" when there is none: the order says which reason a clerk sees first. */
    public static String firstReason(String... reasons) {
        for (String r : reasons) {
            if (r != null && !r.isEmpty()) {
                return r;
            }
        }
        return "";
    }

    /** Disables the control when there is a reason (shown in its tooltip); otherwise its tooltip says what it does. */
    public static void enableUnless(Control control, String reason, String what) {
        control.setDisable(!reason.isEmpty());
        explain(control, reason.isEmpty() ? what : reason);
    }
}
