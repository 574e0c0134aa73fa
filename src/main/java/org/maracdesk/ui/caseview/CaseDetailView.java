package org.maracdesk.ui.caseview;

import org.maracdesk.ui.common.DisplayConverter;
import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.CaseDetail;
import org.maracdesk.casework.intake.MustNotReceiveItem;
import org.maracdesk.ui.common.Messages;

/**
 * The case screen, the hub where a case is worked (issue 14, decision 0045): the summary, the people, then one
 * section per kind of record in a scrolled column, and the commands on the case.
 */
public final class CaseDetailView {
    /**
     * The hub's sections, in the order they are shown; each is its own class (a Node and its small view-model)
     * built from the {@link CaseHub}. Another section is one more line here.
     */
    static final List<java.util.function.Function<CaseHub, CaseSection>> SECTIONS = List.of(
            ReferralsSection::new,
            ListingsSection::new,
            SafetyPlansSection::new,
            ResearchSection::new,
            ActionsSection::new,
            WhoSawSection::new);
    private final CaseHub hub;
    private final List<CaseSection> built = new java.util.ArrayList<>();
    @FXML private javafx.scene.control.ScrollPane scroller;
    @FXML private VBox hubSections;
    @FXML private HBox commandsBox;
    @FXML private Label commandOutcome;
    private final CaseDetailViewModel viewModel;
    private final Messages messages;

    private final PeopleViewModel people;
    @FXML private Button backButton;
    @FXML private Label titleLabel;
    @FXML private Label problemLabel;
    @FXML private ProgressIndicator progress;
    @FXML private GridPane summary;
    @FXML private Label statusValue;
    @FXML private Label districtValue;
    @FXML private Label openedValue;
    @FXML private Label victimValue;
    @FXML private Button editVictimButton;
    @FXML private Label peopleMessage;
    @FXML private VBox changesBox;
    @FXML private Label riskValue;
    @FXML private Label flagsLabel;
    @FXML private Label flagsValue;
    @FXML private Button closeCaseButton;
    @FXML private Button reopenCaseButton;
    @FXML private Label closureOutcomeLabel;
    @FXML private Label safeContactLabel;
    @FXML private Label safeContactValue;
    @FXML private Button safeContactShow;
    @FXML private Button safeContactHide;
    @FXML private VBox sections;
    @FXML private VBox perpetratorsBox;
    @FXML private VBox childrenBox;
    @FXML private VBox mustNotBox;
    @FXML private VBox sharingEditor;
    @FXML private Label mnrAgencyLabel;
    @FXML private ComboBox<Agency> mnrAgency;
    @FXML private Label mnrPersonLabel;
    @FXML private TextField mnrPerson;
    @FXML private Label mnrReasonLabel;
    @FXML private TextField mnrReason;
    @FXML private Button mnrAdd;
    @FXML private Label mnrProblem;
    @FXML private Label mnrOutcome;
    private final SharingListViewModel sharing;

    /** @param sharing null unless the account may edit must-not-receive lists (coordinator) */
    public CaseDetailView(CaseDetailViewModel viewModel, SharingListViewModel sharing, Messages messages) {
        this(viewModel, sharing, null, messages);
    }

    /** @param people corrections of people and the case's change history; null shows neither */
    public CaseDetailView(CaseDetailViewModel viewModel, SharingListViewModel sharing, PeopleViewModel people,
                          Messages messages) {
        this(viewModel, sharing, people, null, messages);
    }

    /** @param hub what the hub's sections and commands are built from; null shows the summary and people only */
    public CaseDetailView(CaseDetailViewModel viewModel, SharingListViewModel sharing, PeopleViewModel people,
                          CaseHub hub, Messages messages) {
        this.hub = hub;
        this.people = people;
        this.viewModel = viewModel;
        this.sharing = sharing;
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
        bindSafeContact();
        closureOutcomeLabel.textProperty().bind(viewModel.closureOutcomeProperty());
        closureOutcomeLabel.managedProperty().bind(viewModel.closureOutcomeProperty().isNotEmpty());
        if (sharing != null) {
            bindSharing();
        }
        if (people != null) {
            peopleMessage.textProperty().bind(people.messageProperty());
            people.changes().addListener((javafx.collections.ListChangeListener<
                    org.maracdesk.casework.ChangeHistory.CaseLine>) c -> showChanges());
        }
        peopleMessage.managedProperty().bind(peopleMessage.textProperty().isNotEmpty());
        if (hub != null) {
            SECTIONS.forEach(make -> built.add(make.apply(hub)));
            built.forEach(section -> hubSections.getChildren().add(section.node()));
            hub.onReload(() -> viewModel.open(viewModel.detailProperty().get().id()));
            new CaseCommands(hub, viewModel, commandsBox, commandOutcome, scroller).install();
        }
        FocusScroll.follow(scroller);
        Platform.runLater(backButton::requestFocus);
    }

    /**
     * The safe address row: a Show button for those the rule allows (each showing is audited), the
     * details once shown with a Hide button, else the plain statement that the coordinator holds them.
     */
    private void bindSafeContact() {
        safeContactLabel.setLabelFor(safeContactValue);
        safeContactValue.textProperty().addListener((o, old, text) -> safeContactValue.setAccessibleText(
                messages.get("caseview.safe") + ": " + text));
        viewModel.safeContactProperty().addListener((o, old, text) -> showSafeContactText());
        viewModel.safeContactShownProperty().addListener((o, old, shown) -> showSafeContactText());
    }

    private void showSafeContactText() {
        boolean offered = viewModel.offersSafeContact();
        boolean shown = viewModel.safeContactShownProperty().get();
        String text = viewModel.safeContactProperty().get();
        safeContactValue.setText(!offered ? messages.get("caseview.safe.held")
                : text.isEmpty() ? messages.get("caseview.safe.hidden") : text);
        visible(safeContactShow, offered && !shown);
        visible(safeContactHide, shown);
    }

    private static void visible(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    @FXML
    private void showSafeContact() {
        viewModel.revealSafeContact();
    }

    @FXML
    private void hideSafeContact() {
        viewModel.hideSafeContact();
        safeContactShow.requestFocus();
    }

    private void bindSharing() {
        sharingEditor.setVisible(true);
        sharingEditor.setManaged(true);
        mnrAgencyLabel.setLabelFor(mnrAgency);
        mnrPersonLabel.setLabelFor(mnrPerson);
        mnrReasonLabel.setLabelFor(mnrReason);
        mnrAgency.getItems().setAll(sharing.agencies());
        mnrAgency.setConverter(DisplayConverter.including(sharing::agencyName));
        mnrAgency.valueProperty().bindBidirectional(sharing.agencyProperty());
        mnrPerson.textProperty().bindBidirectional(sharing.personProperty());
        mnrReason.textProperty().bindBidirectional(sharing.reasonProperty());
        mnrAgency.setAccessibleText(messages.get("caseview.mnr.agency.accessible"));
        mnrPerson.setAccessibleText(messages.get("caseview.mnr.person.accessible"));
        mnrReason.setAccessibleText(messages.get("caseview.mnr.reason.accessible"));
        mnrAdd.disableProperty().bind(sharing.busyProperty());
        mnrProblem.textProperty().bind(sharing.problemProperty());
        mnrProblem.managedProperty().bind(sharing.problemProperty().isNotEmpty());
        mnrOutcome.textProperty().bind(sharing.outcomeProperty());
        mnrOutcome.managedProperty().bind(sharing.outcomeProperty().isNotEmpty());
        sharing.entries().addListener((javafx.collections.ListChangeListener<MustNotReceiveItem>) c -> showEntries());
    }

    private void showEntries() {
        mustNotBox.getChildren().clear();
        if (sharing.entries().isEmpty()) {
            Label none = new Label(messages.get("referral.mnr.empty"));
            none.getStyleClass().add("muted");
            mustNotBox.getChildren().add(none);
        }
        for (MustNotReceiveItem item : sharing.entries()) {
            Label line = new Label(sharing.line(item));
            line.setWrapText(true);
            if (!item.current()) {
                line.getStyleClass().add("muted");
                mustNotBox.getChildren().add(line);
                continue;
            }
            Button remove = new Button(messages.get("caseview.mnr.remove"));
            remove.setAccessibleText(messages.format("caseview.mnr.remove.accessible", sharing.who(item)));
            remove.setOnAction(e -> askRemovalReason(item));
            HBox row = new HBox(8, line, remove);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            mustNotBox.getChildren().add(row);
        }
    }

    private void askRemovalReason(MustNotReceiveItem item) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(messages.get("caseview.mnr.removeTitle"));
        dialog.setHeaderText(messages.format("caseview.mnr.removeHeader", sharing.who(item)));
        dialog.setContentText(messages.get("caseview.mnr.removeReason"));
        dialog.initOwner(backButton.getScene().getWindow());
        dialog.showAndWait().ifPresent(why -> sharing.remove(item, why));
    }

    @FXML
    private void addEntry() {
        sharing.add();
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
        flagsValue.setText(viewModel.flags());
        flagsLabel.setLabelFor(flagsValue);
        flagsValue.setAccessibleText(messages.format("marker.flags", viewModel.flags()));
        showSafeContactText();
        visible(closeCaseButton, viewModel.offersClose());
        visible(reopenCaseButton, viewModel.offersReopen());
        keepFocusHere();
        fill(perpetratorsBox, viewModel.perpetrators());
        fill(childrenBox, viewModel.children());
        showPeopleCorrections(d);
        built.forEach(section -> section.show(d));
        if (sharing == null) {
            fill(mustNotBox, viewModel.mustNotReceive());
        } else {
            sharing.load(d.reference());
        }
    }

    /**
     * Once the case is shown, the keyboard starts on Back unless the user is already somewhere on
     * this screen: the list the case was opened from has left the scene, and focus must not drift to
     * the window's Lock button.
     */
    private void keepFocusHere() {
        javafx.scene.Scene scene = backButton.getScene();
        javafx.scene.Node page = backButton.getParent().getParent();
        for (javafx.scene.Node n = scene == null ? null : scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (n == page) {
                return;
            }
        }
        backButton.requestFocus();
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

    private void showPeopleCorrections(CaseDetail d) {
        boolean corrects = people != null && people.mayCorrect();
        visible(editVictimButton, corrects);
        if (people == null) {
            return;
        }
        editVictimButton.setAccessibleText(messages.format("caseview.person.editFor", viewModel.victim()));
        if (corrects) {
            addEditButtons(perpetratorsBox, d.perpetrators(), d.id());
            addEditButtons(childrenBox, d.children(), d.id());
        }
        showChanges();
        people.load(d.id());
    }

    /** Puts an Edit… button beside each person's line (lines and people are in the same order). */
    private void addEditButtons(VBox box, List<CaseDetail.PersonLine> persons, long caseId) {
        for (int i = 0; i < persons.size() && i < box.getChildren().size(); i++) {
            Label line = (Label) box.getChildren().get(i);
            CaseDetail.PersonLine p = persons.get(i);
            Button edit = new Button(messages.get("caseview.person.editShort"));
            edit.setAccessibleText(messages.format("caseview.person.editFor", line.getText()));
            edit.setOnAction(e -> editPerson(caseId, p.id()));
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.getChildren().set(i, row);
            row.getChildren().addAll(line, edit);
        }
    }

    @FXML
    private void editVictim() {
        CaseDetail d = viewModel.detailProperty().get();
        if (d != null) {
            editPerson(d.id(), d.victim().id());
        }
    }

    private void editPerson(long caseId, long personId) {
        people.forEdit(caseId, personId, p -> new PersonEditDialog(messages).ask(backButton.getScene().getWindow(), p)
                .ifPresent(r -> people.save(r.after(), r.reason(), () -> viewModel.open(caseId))));
    }

    private void showChanges() {
        changesBox.getChildren().clear();
        if (people.changes().isEmpty()) {
            Label none = new Label(messages.get("caseview.changes.none"));
            none.getStyleClass().add("muted");
            changesBox.getChildren().add(none);
            return;
        }
        for (org.maracdesk.casework.ChangeHistory.CaseLine c : people.changes()) {
            Label l = new Label(messages.format("caseview.changes.on", recordType(c.recordType()))
                    + " " + org.maracdesk.ui.actions.ChangeLines.text(messages, c.line()));
            l.setWrapText(true);
            changesBox.getChildren().add(l);
        }
    }

    /** What kind of record a correction was on, in words (literal keys, so the bundle tests see them). */
    private String recordType(String type) {
        return messages.get(switch (type) {
            case "person" -> "caseview.changes.person";
            case "research" -> "caseview.changes.research";
            case "referral" -> "hub.changes.referral";
            case "child" -> "hub.changes.child";
            case "professionals_meeting" -> "hub.changes.professionalsMeeting";
            case "case_transfer" -> "hub.changes.transfer";
            case "crime" -> "hub.changes.crime";
            case "proposed_action" -> "hub.changes.proposal";
            default -> "caseview.changes.action";
        });
    }

    @FXML
    private void closeCase() {
        new CloseCaseDialog(messages, viewModel).ask(backButton.getScene().getWindow(),
                viewModel.detailProperty().get().reference()).ifPresent(c -> viewModel.close(c.outcome(), c.reason()));
    }

    @FXML
    private void reopenCase() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(messages.get("caseview.reopenDialog.title"));
        dialog.setHeaderText(messages.format("caseview.reopenDialog.header", viewModel.detailProperty().get().reference()));
        dialog.setContentText(messages.get("caseview.reopenDialog.reason"));
        dialog.initOwner(backButton.getScene().getWindow());
        dialog.showAndWait().filter(r -> !r.isBlank()).ifPresent(viewModel::reopen);
    }

    @FXML
    private void back() {
        viewModel.back();
    }
}
