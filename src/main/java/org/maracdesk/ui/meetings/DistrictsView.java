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

    public DistrictsView(DistrictsViewModel vm, Messages messages) {
        this.vm = vm;
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
