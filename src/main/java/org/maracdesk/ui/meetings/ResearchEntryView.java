package org.maracdesk.ui.meetings;

import org.maracdesk.ui.common.ScrollToFocus;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.meetings.OnRoll;
import org.maracdesk.casework.meetings.ResearchField;
import org.maracdesk.casework.meetings.ResearchItem;
import org.maracdesk.ui.common.Messages;

/** An agency representative's research: the requests on the left, the one chosen on the right. */
public final class ResearchEntryView {
    private final ResearchEntryViewModel viewModel;
    private final Messages messages;
    private final String agencyCode;
    private boolean filling;

    @FXML private Label agencyLabel;
    @FXML private ListView<ResearchItem> requestList;
    @FXML private VBox editor;
    @FXML private Label caseLabel;
    @FXML private Label checksLabel;
    @FXML private Label peopleLabel;
    @FXML private Label factsLabel;
    @FXML private TextArea factsArea;
    @FXML private Label opinionLabel;
    @FXML private TextArea opinionArea;
    @FXML private Label notSharedLabel;
    @FXML private TextArea notSharedArea;
    @FXML private Button submitButton;
    @FXML private Label submittedLabel;
    @FXML private Label statusLabel;
    @FXML private VBox proposalsBox;
    @FXML private javafx.scene.control.ScrollPane editorScroll;
    @FXML private VBox fullForm;
    @FXML private VBox reviewForm;
    @FXML private Label onRollLabel;
    @FXML private javafx.scene.control.ComboBox<OnRoll> onRollBox;
    @FXML private Label reviewChangesLabel;
    @FXML private TextArea reviewChangesArea;
    private final ProposalsViewModel proposals;

    public ResearchEntryView(ResearchEntryViewModel viewModel, Messages messages, String agencyCode) {
        this(viewModel, null, messages, agencyCode);
    }

    /** @param proposals the agency's proposed actions on the chosen case (issue 16); null leaves that part out */
    public ResearchEntryView(ResearchEntryViewModel viewModel, ProposalsViewModel proposals, Messages messages,
                             String agencyCode) {
        this.proposals = proposals;
        this.viewModel = viewModel;
        this.messages = messages;
        this.agencyCode = agencyCode;
    }

    @FXML
    private void initialize() {
        agencyLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.format(
                "research.forAgency", viewModel.agencyNameProperty().get().isEmpty() ? agencyCode
                        : viewModel.agencyNameProperty().get()), viewModel.agencyNameProperty()));
        factsLabel.setLabelFor(factsArea);
        opinionLabel.setLabelFor(opinionArea);
        notSharedLabel.setLabelFor(notSharedArea);
        factsArea.setAccessibleText(messages.get("research.facts").replace("_", ""));
        opinionArea.setAccessibleText(messages.get("research.opinion").replace("_", ""));
        notSharedArea.setAccessibleText(messages.get("research.notShared").replace("_", ""));
        requestList.setItems(viewModel.requests());
        requestList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ResearchItem r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : messages.format(r.review() ? "research.itemReview"
                        : "research.item", Labels.date(r.meetingDate()),
                        r.caseReference(), messages.get(r.submitted() ? "research.state.submitted"
                                : r.reopenedBecause() != null ? "research.state.reopened" : "research.state.pending")));
            }
        });
        requestList.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null && !viewModel.applying() && r != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(r);
            }
        });
        viewModel.selectedProperty().addListener((o, a, r) ->
                show(r, a != null && r != null && a.id() == r.id() ? a : null));
        factsArea.textProperty().addListener((o, a, t) -> typed(ResearchField.FACTS, t));
        opinionArea.textProperty().addListener((o, a, t) -> typed(ResearchField.OPINION, t));
        notSharedArea.textProperty().addListener((o, a, t) -> typed(ResearchField.NOT_SHARED, t));
        onRollLabel.setLabelFor(onRollBox);
        reviewChangesLabel.setLabelFor(reviewChangesArea);
        onRollBox.setAccessibleText(messages.get("research.review.onRoll").replace("_", ""));
        reviewChangesArea.setAccessibleText(messages.get("research.review.changes").replace("_", ""));
        onRollBox.getItems().setAll(OnRoll.values());
        onRollBox.setConverter(org.maracdesk.ui.common.DisplayConverter.of(o -> onRollWords(o)));
        onRollBox.valueProperty().addListener((o, a, v) -> typed(ResearchField.REVIEW_ON_ROLL,
                v == null ? null : v.name()));
        reviewChangesArea.textProperty().addListener((o, a, t) -> typed(ResearchField.REVIEW_CHANGES, t));
        statusLabel.textProperty().bind(viewModel.statusProperty());
        ScrollToFocus.install(editorScroll);
        if (proposals != null) {
            proposalsBox.getChildren().add(new ProposalsPane(proposals, messages).build());
            proposals.loadTypes();
        }
        show(null, null);
        viewModel.load(null);
    }

    private void typed(ResearchField field, String text) {
        if (!filling) {
            viewModel.save(field, text);
        }
    }

    /**
     * Another desk changed research, a case or a meeting (decision 0051): the list reloads, the same request stays
     * chosen, and whatever the user typed stays in its box.
     */
    public void refreshLive() {
        viewModel.refresh(() -> {
            filling = true;
            try {
                requestList.getSelectionModel().select(viewModel.selectedProperty().get());
            } finally {
                filling = false;
            }
        });
    }

    /**
     * Shows {@code r}. {@code before} is the same request as it was shown until now (a reload), or null: then a box
     * the user typed in keeps its text, and only a box still holding what was loaded takes the fresh text.
     */
    private void show(ResearchItem r, ResearchItem before) {
        editor.setDisable(r == null);
        if (proposals != null) {
            proposals.show(r == null ? null : r.id());
        }
        filling = true;
        try {
            requestList.getSelectionModel().select(r);
            caseLabel.setText(r == null ? "" : messages.format("research.case", r.caseReference(), Labels.date(r.meetingDate())));
            checksLabel.setText(r == null ? "" : messages.format("research.checks", check(r.checkVictim()),
                    check(r.checkPerpetrator()), check(r.checkChildren())));
            peopleLabel.setText(r == null ? "" : messages.format("research.people", r.victim(),
                    String.join("; ", r.perpetrators()), r.children().isEmpty() ? messages.get("research.noChildren")
                            : String.join("; ", r.children())));
            fill(factsArea, r == null ? null : r.facts(), before == null ? null : before.facts(), before != null);
            fill(opinionArea, r == null ? null : r.opinion(), before == null ? null : before.opinion(), before != null);
            fill(notSharedArea, r == null ? null : r.notShared(), before == null ? null : before.notShared(),
                    before != null);
            boolean review = r != null && r.review();
            fullForm.setVisible(!review);
            fullForm.setManaged(!review);
            reviewForm.setVisible(review);
            reviewForm.setManaged(review);
            if (before == null || before.onRoll() == onRollBox.getValue()) {
                onRollBox.setValue(r == null ? null : r.onRoll());
            }
            fill(reviewChangesArea, r == null ? null : r.reviewChanges(), before == null ? null
                    : before.reviewChanges(), before != null);
            boolean locked = r == null || r.submitted();
            onRollBox.setDisable(locked);
            reviewChangesArea.setEditable(!locked);
            factsArea.setEditable(!locked);
            opinionArea.setEditable(!locked);
            notSharedArea.setEditable(!locked);
            submitButton.setDisable(locked);
            submittedLabel.setText(r != null && r.submitted() ? messages.format("research.submittedAt",
                    r.submittedAt().atZone(java.time.ZoneId.systemDefault()).format(
                            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.UK)))
                    : r != null && r.reopenedBecause() != null
                    ? messages.format("research.reopenedBecause", r.reopenedBecause()) : "");
        } finally {
            filling = false;
        }
    }

    private static void fill(TextArea area, String fresh, String shown, boolean reload) {
        String typed = area.getText() == null ? "" : area.getText();
        String now = fresh == null ? "" : fresh;
        if (!typed.equals(now) && (!reload || typed.equals(shown == null ? "" : shown))) {
            area.setText(now);   // the caret stays put when nothing changes
        }
    }

    private String onRollWords(OnRoll o) {
        return o == null ? "" : switch (o) {
            case YES -> messages.get("research.review.onRoll.yes");
            case NO -> messages.get("research.review.onRoll.no");
            case NOT_KNOWN -> messages.get("research.review.onRoll.notKnown");
        };
    }

    private String check(boolean yes) {
        return messages.get(yes ? "research.check.yes" : "research.check.no");
    }

    @FXML
    private void submit() {
        ResearchItem r = viewModel.selectedProperty().get();
        if (viewModel.readyToSubmit() && new ResearchSubmitDialog(messages).ask(submitButton.getScene().getWindow(),
                r.caseReference(), viewModel.disclosure())) {
            viewModel.submit();
        }
    }
}
