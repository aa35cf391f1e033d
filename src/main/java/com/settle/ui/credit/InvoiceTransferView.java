package com.settle.ui.credit;

import com.settle.ui.common.ReasonChooser;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Controller of the Transfer to credit balance form: binds its fields to the view model. */
public final class InvoiceTransferView {

    private final InvoiceTransferViewModel model;

    @FXML private DatePicker dateField;
    @FXML private ComboBox<String> reasonField;
    @FXML private TextField commentField;
    @FXML private Label errorLabel;

    public InvoiceTransferView(InvoiceTransferViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        dateField.valueProperty().bindBidirectional(model.dateProperty());
        ReasonChooser.install(reasonField, model.reasonCodes(), model.reasonProperty());
        commentField.textProperty().bindBidirectional(model.commentProperty());
        errorLabel.textProperty().bind(model.errorProperty());
    }

    /** The field that has the focus when the form opens. */
    public DatePicker first() {
        return dateField;
    }
}
