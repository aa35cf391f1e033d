package com.settle.ui.common;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The plain notice shown for a screen a later version brings: never fake data. */
public final class ComingSoonView {

    @FXML private Label titleLabel;

    public void setTitle(String title) {
        titleLabel.setText(title);
    }
}
