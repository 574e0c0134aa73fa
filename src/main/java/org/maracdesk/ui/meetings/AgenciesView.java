package org.maracdesk.ui.meetings;

import org.maracdesk.ui.common.ScrollToFocus;
import org.maracdesk.ui.common.DisplayConverter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.maracdesk.casework.meetings.AgencyView;
import org.maracdesk.casework.meetings.RepresentativeView;
import org.maracdesk.ui.common.FieldProblem;
import org.maracdesk.ui.common.FormValidation;
import org.maracdesk.ui.common.Messages;

/** Controller of {@code AgenciesView.fxml}: binds the agency forms to their view model and shows its problems. */
public final class AgenciesView {
    private final AgenciesViewModel vm;
    private final Messages messages;
    private final FormValidation validation;
    @FXML private ListView<AgencyView> agencyList;
    @FXML private ScrollPane rightScroll;
    @FXML private TextField nameField;
    @FXML private CheckBox activeBox;
    @FXML private CheckBox safeContactBox;
    @FXML private CheckBox forChildrenBox;
    @FXML private TextField isaDateField;
    @FXML private TextField isaByField;
    @FXML private Label representativesTitle;
    @FXML private ListView<RepresentativeView> representativeList;
    @FXML private TextField representativeNameField;
    @FXML private TextField jobTitleField;
    @FXML private ComboBox<String> newTypeBox;
    @FXML private TextField newNameField;
    @FXML private Button addAgencyButton;
    @FXML private Label errorsLabel;
    @FXML private Label speakingTitle;
    @FXML private ListView<String> speakingList;
    @FXML private ComboBox<String> speakingAddBox;
    @FXML private Label speakingStatus;

    public AgenciesView(AgenciesViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.validation = new FormValidation(messages);
    }

    @FXML
    private void initialize() {
        ScrollToFocus.install(rightScroll);
        representativesTitle.setLabelFor(representativeList);
        agencyList.setItems(vm.agencies());
        agencyList.setCellFactory(v -> cell(vm::line));
        vm.selectedProperty().bind(agencyList.getSelectionModel().selectedItemProperty());
        representativeList.setItems(vm.representatives());
        representativeList.setCellFactory(v -> cell(vm::line));
        vm.selectedRepresentativeProperty().bind(representativeList.getSelectionModel().selectedItemProperty());
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        activeBox.selectedProperty().bindBidirectional(vm.activeProperty());
        safeContactBox.selectedProperty().bindBidirectional(vm.safeContactProperty());
        forChildrenBox.selectedProperty().bindBidirectional(vm.forChildrenProperty());
        isaDateField.textProperty().bindBidirectional(vm.isaDateProperty());
        isaByField.textProperty().bindBidirectional(vm.isaByProperty());
        representativeNameField.textProperty().bindBidirectional(vm.representativeNameProperty());
        jobTitleField.textProperty().bindBidirectional(vm.jobTitleProperty());
        newNameField.textProperty().bindBidirectional(vm.newNameProperty());
        newTypeBox.valueProperty().bindBidirectional(vm.newTypeProperty());
        newTypeBox.setConverter(DisplayConverter.of((String code) -> vm.typeName(code)));
        vm.newTypes().addListener((ListChangeListener<String>) c -> showTypes());
        showTypes();
        SpeakingOrderControls.install(vm.speaking(), speakingTitle, speakingList, speakingAddBox, speakingStatus);
    }

    @FXML
    private void moveUp() {
        vm.speaking().move(speakingList.getSelectionModel().getSelectedIndex(), -1);
    }

    @FXML
    private void moveDown() {
        vm.speaking().move(speakingList.getSelectionModel().getSelectedIndex(), 1);
    }

    @FXML
    private void removeSpeaker() {
        vm.speaking().remove(speakingList.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void addSpeaker() {
        vm.speaking().add(speakingAddBox.getValue());
        speakingAddBox.setValue(null);
    }

    @FXML
    private void saveSpeakingOrder() {
        vm.speaking().save();
    }

    /** The types not yet added; the add-agency fields are disabled once every type is in the list. */
    private void showTypes() {
        newTypeBox.getItems().setAll(vm.newTypes());
        boolean none = vm.newTypes().isEmpty();
        newTypeBox.setPromptText(messages.get(none ? "meeting.setup.allAgenciesAdded" : "meeting.setup.chooseType"));
        newTypeBox.setDisable(none);
        newNameField.setDisable(none);
        addAgencyButton.setDisable(none);
    }

    /** A list line that wraps at the list's width, so its marks (e.g. no signed agreement) show whole at 1366 wide. */
    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // take the list's width, not the text's: then the text wraps
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    @FXML
    private void save() {
        show(vm.save());
    }

    @FXML
    private void addRepresentative() {
        if (show(vm.addRepresentative())) {
            representativeNameField.requestFocus();
        }
    }

    @FXML
    private void removeRepresentative() {
        show(vm.removeRepresentative());
    }

    @FXML
    private void addAgency() {
        show(vm.addAgency());
    }

    /** Shows the problems (if any) under the forms and on their fields; true when there were none. */
    private boolean show(List<FieldProblem> problems) {
        errorsLabel.setText(String.join("\n", problems.stream().map(FieldProblem::message).distinct().toList()));
        Control first = validation.show(problems, Map.of(AgenciesViewModel.LIST, agencyList,
                AgenciesViewModel.NAME, nameField, AgenciesViewModel.ISA_DATE, isaDateField,
                AgenciesViewModel.ISA_BY, isaByField, AgenciesViewModel.REPRESENTATIVES, representativeList,
                AgenciesViewModel.REPRESENTATIVE_NAME, representativeNameField,
                AgenciesViewModel.NEW_TYPE, newTypeBox, AgenciesViewModel.NEW_NAME, newNameField));
        if (first != null) {
            first.requestFocus();
        }
        return problems.isEmpty();
    }
}
