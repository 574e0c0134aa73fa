package org.maracdesk.ui.search;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.maracdesk.casework.search.PersonHit;

/** The find-a-person window: type, Enter searches; Down to the results, Enter opens the case. */
public final class FindPersonView {
    private final FindPersonViewModel viewModel;
    private final Runnable close;

    @FXML private Label findLabel;
    @FXML private TextField findField;
    @FXML private ListView<PersonHit> hitList;
    @FXML private Label statusLabel;
    @FXML private Button openButton;

    public FindPersonView(FindPersonViewModel viewModel, Runnable close) {
        this.viewModel = viewModel;
        this.close = close;
    }

    @FXML
    private void initialize() {
        findLabel.setLabelFor(findField);
        findField.textProperty().bindBidirectional(viewModel.textProperty());
        findField.setOnAction(e -> viewModel.find());
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !hitList.getItems().isEmpty()) {
                hitList.requestFocus();
                hitList.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        hitList.setItems(viewModel.hits());
        hitList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PersonHit item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.line(item));
            }
        });
        hitList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
                e.consume();
            }
        });
        hitList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open();
            }
        });
        openButton.disableProperty().bind(hitList.getSelectionModel().selectedItemProperty().isNull());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        Platform.runLater(findField::requestFocus);
    }

    @FXML
    private void open() {
        PersonHit hit = hitList.getSelectionModel().getSelectedItem();
        if (hit != null) {
            close.run();
            viewModel.open(hit);
        }
    }

    @FXML
    private void closeWindow() {
        close.run();
    }
}
