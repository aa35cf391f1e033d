package com.settle.ui.common;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The plain notice shown for a screen a later version brings: never fake data. */
public final class ComingSoonView {

    private final ComingSoonViewModel model;

    @FXML private Label titleLabel;

    public ComingSoonView(ComingSoonViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(model.title());
    }
}
