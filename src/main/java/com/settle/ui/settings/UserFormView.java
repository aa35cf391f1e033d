package com.settle.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Controller of the Add user / Edit user form: binds the fields and one tick box per role. */
public final class UserFormView {

    private final UserFormViewModel model;

    @FXML private Label usernameLabel;
    @FXML private TextField usernameField;
    @FXML private Label displayNameLabel;
    @FXML private TextField displayNameField;
    @FXML private VBox rolesBox;
    @FXML private CheckBox activeField;
    @FXML private Label activeNote;
    @FXML private Label errorLabel;

    public UserFormView(UserFormViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        usernameField.textProperty().bindBidirectional(model.usernameProperty());
        displayNameField.textProperty().bindBidirectional(model.displayNameProperty());
        activeField.selectedProperty().bindBidirectional(model.activeProperty());
        for (UserFormViewModel.RoleTick r : model.roles()) {
            CheckBox box = new CheckBox(r.label());
            box.setId("role" + r.role().code());
            box.setMnemonicParsing(false);
            box.selectedProperty().bindBidirectional(r.ticked());
            rolesBox.getChildren().add(box);
        }
        for (Node n : new Node[] {usernameLabel, usernameField, displayNameLabel, displayNameField}) {
            show(n, model.isNew());
        }
        show(activeField, !model.isNew());
        show(activeNote, !model.isNew());
        errorLabel.textProperty().bind(model.errorProperty());
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** The field that has the focus when the form opens. */
    public Node first() {
        return model.isNew() ? usernameField : rolesBox.getChildren().isEmpty() ? activeField
                : rolesBox.getChildren().get(0);
    }
}
