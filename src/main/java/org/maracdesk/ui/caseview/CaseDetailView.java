package org.maracdesk.ui.caseview;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.CaseDetail;
import org.maracdesk.ui.common.Messages;

/** The read-only case screen: a summary and one short section per kind of record. */
public final class CaseDetailView {
    private final CaseDetailViewModel viewModel;
    private final Messages messages;

    @FXML private Button backButton;
    @FXML private Label titleLabel;
    @FXML private Label problemLabel;
    @FXML private ProgressIndicator progress;
    @FXML private GridPane summary;
    @FXML private Label statusValue;
    @FXML private Label districtValue;
    @FXML private Label openedValue;
    @FXML private Label victimValue;
    @FXML private Label riskValue;
    @FXML private VBox sections;
    @FXML private VBox perpetratorsBox;
    @FXML private VBox childrenBox;
    @FXML private VBox listingsBox;
    @FXML private VBox actionsBox;
    @FXML private VBox mustNotBox;

    public CaseDetailView(CaseDetailViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        progress.visibleProperty().bind(viewModel.loadingProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.managedProperty().bind(viewModel.problemProperty().isNotEmpty());
        summary.setVisible(false);
        sections.setVisible(false);
        viewModel.detailProperty().addListener((o, old, d) -> show(d));
        Platform.runLater(backButton::requestFocus);
    }

    private void show(CaseDetail d) {
        boolean shown = d != null;
        summary.setVisible(shown);
        sections.setVisible(shown);
        if (!shown) {
            return;
        }
        titleLabel.setText(viewModel.title());
        statusValue.setText(viewModel.status());
        districtValue.setText(d.district() == null ? messages.get("caseview.none") : d.district());
        openedValue.setText(viewModel.opened());
        victimValue.setText(viewModel.victim());
        riskValue.setText(viewModel.risk());
        fill(perpetratorsBox, viewModel.perpetrators());
        fill(childrenBox, viewModel.children());
        fill(listingsBox, viewModel.listings());
        fill(actionsBox, viewModel.actions());
        fill(mustNotBox, viewModel.mustNotReceive());
    }

    private void fill(VBox box, List<String> lines) {
        box.getChildren().clear();
        if (lines.isEmpty()) {
            Label none = new Label(messages.get("caseview.none"));
            none.getStyleClass().add("muted");
            box.getChildren().add(none);
            return;
        }
        for (String line : lines) {
            Label l = new Label(line);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
    }

    @FXML
    private void back() {
        viewModel.back();
    }
}
