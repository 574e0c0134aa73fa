package org.maracdesk.ui.meetings;

import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.maracdesk.casework.meetings.AreaDistrict;
import org.maracdesk.ui.common.FieldProblem;
import org.maracdesk.ui.common.FormValidation;
import org.maracdesk.ui.common.Messages;

/** Controller of {@code DistrictsView.fxml}. */
public final class DistrictsView {
    private final DistrictsViewModel vm;
    private final FormValidation validation;
    @FXML private ListView<AreaDistrict> districtList;
    @FXML private TextField areaField;
    @FXML private TextField districtField;
    @FXML private Label errorsLabel;
    @FXML private javafx.scene.layout.HBox correctionBar;
    @FXML private javafx.scene.control.Button renameButton;
    @FXML private javafx.scene.control.Button retireButton;
    private final Messages messages;

    public DistrictsView(DistrictsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.validation = new FormValidation(messages);
    }

    @FXML
    private void initialize() {
        districtList.setItems(vm.districts());
        districtList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AreaDistrict d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : vm.line(d));
            }
        });
        vm.selectedProperty().bind(districtList.getSelectionModel().selectedItemProperty());
        areaField.textProperty().bindBidirectional(vm.areaProperty());
        districtField.textProperty().bindBidirectional(vm.districtProperty());
        correctionBar.setVisible(vm.corrects());
        correctionBar.setManaged(vm.corrects());
        renameButton.disableProperty().bind(vm.selectedProperty().isNull());
        retireButton.disableProperty().bind(vm.selectedProperty().isNull());
        vm.selectedProperty().addListener((o, a, d) -> retireButton.setText(messages.get(
                d != null && d.retired() ? "district.restore" : "district.retire")));
    }

    /** Asks for the new name (the current one filled in) and renames the chosen district. */
    @FXML
    private void rename() {
        AreaDistrict d = vm.selectedProperty().get();
        if (d == null) {
            return;
        }
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(d.district());
        ask.initOwner(districtList.getScene().getWindow());
        ask.setTitle(messages.get("district.rename.title"));
        ask.setHeaderText(messages.format("district.rename.header", d.district(), d.area()));
        ask.setContentText(messages.get("district.rename.label"));
        ask.getEditor().setAccessibleText(messages.get("district.rename.label"));
        ask.showAndWait().ifPresent(name -> {
            List<FieldProblem> problems = vm.rename(name);
            errorsLabel.setText(String.join("\n", problems.stream().map(FieldProblem::message).toList()));
        });
        districtList.requestFocus();
    }

    /** Retires the chosen district after confirming what that means, or brings a retired one back. */
    @FXML
    private void retire() {
        AreaDistrict d = vm.selectedProperty().get();
        if (d == null) {
            return;
        }
        if (!d.retired()) {
            javafx.scene.control.ButtonType retire = new javafx.scene.control.ButtonType(
                    messages.get("district.retire.confirm"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.CONFIRMATION, messages.get("district.retire.body"), retire,
                    javafx.scene.control.ButtonType.CANCEL);
            alert.initOwner(districtList.getScene().getWindow());
            alert.setTitle(messages.get("district.retire.title"));
            alert.setHeaderText(messages.format("district.retire.header", d.district(), d.area()));
            Label body = new Label(messages.get("district.retire.body"));
            body.setWrapText(true);
            body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            alert.getDialogPane().setContent(body);
            alert.getDialogPane().setPrefWidth(520);
            if (alert.showAndWait().filter(b -> b == retire).isEmpty()) {
                return;
            }
        }
        vm.toggleRetired();
        districtList.requestFocus();
    }

    @FXML
    private void add() {
        List<FieldProblem> problems = vm.add();
        errorsLabel.setText(String.join("\n", problems.stream().map(FieldProblem::message).distinct().toList()));
        Control first = validation.show(problems, Map.of(DistrictsViewModel.AREA, areaField,
                DistrictsViewModel.DISTRICT, districtField));
        (first != null ? first : districtField).requestFocus();
    }
}
