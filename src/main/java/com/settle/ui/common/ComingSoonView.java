package com.settle.ui.common;

import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The plain notice shown for a screen a later version brings: never fake data, and links to what works now. */
public final class ComingSoonView {

    private final ComingSoonViewModel model;

    @FXML private Label titleLabel;
    @FXML private Label meanwhileLabel;
    @FXML private VBox links;

    public ComingSoonView(ComingSoonViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(model.title());
        meanwhileLabel.setText(model.meanwhile());
        for (ComingSoonViewModel.Link link : model.links()) {
            Hyperlink h = new Hyperlink(link.text());
            h.setOnAction(e -> link.go().run());
            links.getChildren().add(h);
        }
    }
}
