package com.settle.ui.credit;

import com.settle.domain.model.AccountingTransfer;
import com.settle.ui.common.ReasonChooser;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

/** Controller of the Edit adjustment form: binds its two fields to the view model. */
public final class AdjustmentEditView {

    private final AdjustmentEditViewModel model;

    @FXML private ComboBox<String> reasonField;
    @FXML private ChoiceBox<AccountingTransfer> transferredField;
    @FXML private Label errorLabel;

    public AdjustmentEditView(AdjustmentEditViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        ReasonChooser.install(reasonField, model.reasonCodes(), model.reasonProperty());
        transferredField.getItems().setAll(AccountingTransfer.values());
        transferredField.valueProperty().bindBidirectional(model.transferredProperty());
        errorLabel.textProperty().bind(model.errorProperty());
    }

    /** The field that has the focus when the form opens. */
    public ComboBox<String> first() {
        return reasonField;
    }
}
