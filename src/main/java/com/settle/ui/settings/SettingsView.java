package com.settle.ui.settings;

import com.settle.domain.allocation.ApplicationRule;
import com.settle.ui.common.PageController;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;

/** Controller of the Settings page. */
public final class SettingsView implements PageController {

    private final SettingsViewModel model;

    @FXML private ChoiceBox<ApplicationRule> ruleChoice;
    @FXML private Button saveButton;
    @FXML private Label messageLabel;

    public SettingsView(SettingsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        ruleChoice.setItems(FXCollections.observableArrayList(ApplicationRule.values()));
        ruleChoice.setConverter(new com.settle.ui.common.RuleConverter());
        ruleChoice.valueProperty().bindBidirectional(model.ruleProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        saveButton.disableProperty().bind(model.messageProperty().isNotEmpty());
    }

    @FXML
    private void save() {
        model.save();
    }

    @Override
    public void refresh() {
        model.load();
    }

    @Override
    public void focus() {
        ruleChoice.requestFocus();
    }
}
