package org.maracdesk.ui.admin;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.maracdesk.casework.ActionDetails;
import org.maracdesk.casework.actions.ActionTypeView;
import org.maracdesk.ui.common.DisplayConverter;

/** Controller of {@code ActionTypesView.fxml}. */
public final class ActionTypesView {
    private final ActionTypesViewModel vm;
    @FXML private ListView<ActionTypeView> typeList;
    @FXML private TextField nameField;
    @FXML private ComboBox<ActionDetails> detailsBox;
    @FXML private CheckBox activeBox;
    @FXML private Button addButton;
    @FXML private Button saveButton;
    @FXML private Label messageLabel;

    public ActionTypesView(ActionTypesViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        typeList.setItems(vm.types());
        typeList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ActionTypeView t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : vm.line(t));
            }
        });
        vm.selectedProperty().bind(typeList.getSelectionModel().selectedItemProperty());
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        detailsBox.getItems().setAll(ActionDetails.values());
        detailsBox.setConverter(DisplayConverter.of(vm::detailsName));
        detailsBox.valueProperty().bindBidirectional(vm.detailsProperty());
        activeBox.selectedProperty().bindBidirectional(vm.activeProperty());
        saveButton.disableProperty().bind(vm.selectedProperty().isNull());
        messageLabel.textProperty().bind(vm.messageProperty());
        vm.load();
    }

    @FXML
    private void add() {
        vm.add();
    }

    @FXML
    private void save() {
        vm.save();
    }
}
