package com.settle.ui.print;

import com.settle.domain.model.Statement;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;

/** Controller of the Statement dialog; the period and the figures are in {@link StatementViewModel}. */
public final class StatementView {

    private final StatementViewModel model;
    private final Consumer<Statement> print;

    @FXML private DatePicker fromField;
    @FXML private DatePicker toField;
    @FXML private Label summaryLabel;
    @FXML private Button printButton;
    @FXML private Label errorLabel;

    /** @param print prints the loaded statement */
    public StatementView(StatementViewModel model, Consumer<Statement> print) {
        this.model = model;
        this.print = print;
    }

    @FXML
    private void initialize() {
        fromField.valueProperty().bindBidirectional(model.fromProperty());
        toField.valueProperty().bindBidirectional(model.toProperty());
        summaryLabel.textProperty().bind(Bindings.createStringBinding(model::summary, model.statementProperty()));
        printButton.disableProperty().bind(model.statementProperty().isNull());
        errorLabel.textProperty().bind(model.errorProperty());
    }

    @FXML
    private void print() {
        print.accept(model.statementProperty().get());
    }

    public DatePicker first() {
        return fromField;
    }
}
