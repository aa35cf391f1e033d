package com.settle.ui.credit;

import com.settle.domain.model.AccountingTransfer;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Controller of the Edit adjustment form: binds its two fields to the view model. */
public final class AdjustmentEditView {

    private final AdjustmentEditViewModel model;

    @FXML private TextField reasonField;
    @FXML private ChoiceBox<AccountingTransfer> transferredField;
    @FXML private Label errorLabel;

    public AdjustmentEditView(AdjustmentEditViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        reasonField.textProperty().bindBidirectional(model.reasonProperty());
        transferredField.getItems().setAll(AccountingTransfer.values());
        transferredField.valueProperty().bindBidirectional(model.transferredProperty());
        errorLabel.textProperty().bind(model.errorProperty());
    }

    /** The field that has the focus when the form opens. */
    public TextField first() {
        return reasonField;
    }
}
