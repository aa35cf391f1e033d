package com.settle.ui.payments.apply;

import com.settle.service.WriteOffService.Residual;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One offer the Apply dialog makes under its table ("Write off the remaining $0.03 on INV-00000012"): its text,
 * whether the clerk ticked it, what it settles, and what the confirmation says of it. Empty when there is nothing
 * to offer; nothing is settled unless the clerk ticks it.
 */
public final class ResidualOffer {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final BooleanProperty accepted = new SimpleBooleanProperty(false);
    private List<Residual> residuals = List.of();
    private String confirmation = "";

    void set(String offer, List<Residual> settles, String confirms) {
        residuals = List.copyOf(settles);
        confirmation = confirms;
        text.set(settles.isEmpty() ? "" : offer);
        if (settles.isEmpty()) {
            accepted.set(false);
        }
    }

    /** The offer as the check box reads; empty when there is none. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }

    /** What to settle with the application: nothing unless the clerk accepted. */
    public List<Residual> accepted() {
        return accepted.get() ? residuals : List.of();
    }

    /** What the confirmation adds when accepted. */
    public String confirmation() {
        return accepted.get() && !residuals.isEmpty() ? confirmation : "";
    }
}
