package org.maracdesk.ui.referrals;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.intake.PersonDetails;
import org.maracdesk.casework.intake.ReferralRecord;
import org.maracdesk.casework.intake.RelatedPerson;
import org.maracdesk.risk.Instrument;
import org.maracdesk.risk.ReferralRoute;
import org.maracdesk.ui.common.Messages;

/**
 * A decided referral in full, read only: the decision, the referral, its people, the checklist with the score
 * explained, and the change history. For the coordinator: Correct a person…, Correct the checklist… (re-scored),
 * Reverse the decision…; each asks for a reason, and the record is read again afterwards.
 */
public final class ReferralRecordDialog {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.systemDefault());
    private final ReferralRecordViewModel vm;
    private final Messages messages;
    private final ReferralText text;
    private final Function<String, Optional<Instrument>> instruments;
    private final VBox body = new VBox(12);
    private final Label notice = new Label();
    private final Label problem = new Label();

    public ReferralRecordDialog(ReferralRecordViewModel vm, Messages messages,
                                Function<String, Optional<Instrument>> instruments) {
        this.vm = vm;
        this.messages = messages;
        this.text = new ReferralText(messages);
        this.instruments = instruments;
    }

    /** Opens the dialog on the referral and waits until it is closed. */
    public void show(Window owner, long referralId) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("referral.record.title"));
        dialog.setResizable(true);
        notice.getStyleClass().add("notice");
        problem.getStyleClass().add("error-text");
        for (Label l : List.of(notice, problem)) {
            l.setWrapText(true);
            l.managedProperty().bind(l.visibleProperty());
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        notice.textProperty().bind(vm.noticeProperty());
        problem.textProperty().bind(vm.problemProperty());
        body.setPadding(new Insets(4, 12, 4, 4));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setId("referralRecordScroll");
        scroll.setAccessibleText(messages.get("referral.record.title"));
        VBox content = new VBox(8, notice, problem,
                org.maracdesk.ui.common.LostRaceBar.of(vm.race(), messages), actions(dialog), scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("referral.record.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setPrefSize(900, 640);
        vm.recordProperty().addListener((o, a, r) -> render(r, dialog));
        vm.load(referralId);
        dialog.showAndWait();
    }

    private HBox actions(Dialog<Void> dialog) {
        Button person = new Button(messages.get("referral.record.correctPerson"));
        person.setId("recordCorrectPerson");
        person.setOnAction(e -> new RecordCorrections(vm, messages, text, instruments).person(dialog.getOwner()));
        Button checklist = new Button(messages.get("referral.record.correctChecklist"));
        checklist.setId("recordCorrectChecklist");
        checklist.setOnAction(e -> new RecordCorrections(vm, messages, text, instruments).checklist(dialog.getOwner()));
        Button reverse = new Button(messages.get("referral.record.reverse"));
        reverse.setId("recordReverse");
        reverse.setOnAction(e -> new RecordCorrections(vm, messages, text, instruments).reverse(dialog.getOwner()));
        Button circumstances = new Button(messages.get("circumstances.correct.open"));
        circumstances.setId("recordCorrectCircumstances");
        circumstances.setOnAction(e -> new CircumstancesCorrection(vm, messages, text).ask(dialog.getOwner()));
        HBox bar = new HBox(8, person, checklist, circumstances, reverse);
        for (Button b : List.of(person, checklist, circumstances, reverse)) {
            b.setMnemonicParsing(true);
            b.disableProperty().bind(vm.recordProperty().isNull().or(vm.busyProperty())
                    .or(vm.race().offeredProperty()));
        }
        bar.setVisible(vm.corrects());
        bar.setManaged(vm.corrects());
        return bar;
    }

    private void render(ReferralRecord r, Dialog<Void> dialog) {
        body.getChildren().clear();
        if (r == null) {
            return;
        }
        String date = r.content().referralDate() == null ? "" : DATE.format(r.content().referralDate());
        dialog.setHeaderText(messages.format("referral.record.header", date, text.status(r.status()),
                r.caseReference() == null ? messages.get("referral.record.noCase") : r.caseReference()));
        GridPane decision = grid();
        add(decision, "referral.record.decision", text.status(r.status()));
        add(decision, "referral.record.reason", r.decisionReason());
        add(decision, "referral.record.case", r.caseReference());
        add(decision, "referral.record.referred", date);
        add(decision, "referral.record.agency", text.agency(r.content().referringAgency()));
        add(decision, "referral.record.referrer", r.content().referrer() == null ? null
                : join(r.content().referrer().name(), r.content().referrer().role()));
        org.maracdesk.casework.ReferrerDetails by = r.content().referrer();
        add(decision, "referral.record.ric", text.tri(Tri.of(by == null ? null : by.ricAttached())));
        add(decision, "referral.record.signOff", by == null || by.managerSignOff() == null ? null
                : by.signedOffOn() == null ? by.managerSignOff()
                : messages.format("referral.record.signedOff", by.managerSignOff(), DATE.format(by.signedOffOn())));
        add(decision, "referral.record.recorded", r.recordedBy() == null ? null
                : messages.format("referral.record.recordedBy", r.recordedBy(), WHEN.format(r.recordedAt())));
        section("referral.record.section.decision", decision);
        GridPane people = grid();
        person(people, messages.get("referral.record.victim"), r.content().victim());
        r.content().perpetrators().forEach(p -> related(people, "referral.record.perpetrator", p));
        r.content().children().forEach(p -> related(people, "referral.record.child", p));
        r.content().othersAtRisk().forEach(p -> related(people, "referral.record.other", p));
        section("referral.record.section.people", people);
        section("referral.record.section.risk", risk(r));
        GridPane more = grid();
        add(more, "referral.record.flags", String.join(", ", r.content().flags().stream().map(text::flag).sorted()
                .toList()));
        add(more, "referral.record.summary", r.content().incidentSummary());
        add(more, "referral.record.voice", r.content().voice() == null ? null : r.content().voice().summary());
        add(more, "referral.record.mustNot", String.join("; ", r.content().mustNotReceive().stream()
                .map(m -> join(m.agency() == null ? null : text.agency(m.agency()), m.personName()) + " – "
                        + m.reason()).toList()));
        section("referral.record.section.more", more);
        circumstances(r.content().circumstances());
        section("referral.record.section.history", history(r.history()));
    }

    /** The further §2.3 fields (decision 0046), when the referral gave any. */
    private void circumstances(org.maracdesk.casework.ReferralCircumstances c) {
        if (c == null) {
            return;
        }
        GridPane victim = grid();
        add(victim, "referral.record.circ.occupation", c.victimOccupation());
        add(victim, "referral.record.circ.gp", c.victimGp());
        add(victim, "referral.record.circ.housing", join(c.victimHousing(), c.victimLandlord()));
        add(victim, "referral.record.circ.pregnant", yesNo(c.pregnantOrRecentBirth()));
        add(victim, "referral.record.circ.immigration", c.immigrationStatus());
        add(victim, "referral.record.circ.religion", c.victimReligion());
        add(victim, "referral.record.circ.childrenAddresses", c.childrenAddresses());
        add(victim, "referral.record.circ.history", c.relationshipHistory());
        add(victim, "referral.record.circ.triggers", c.risksAndTriggers());
        add(victim, "referral.record.circ.wantsPolice", yesNo(c.wantsPoliceContact()));
        section("referral.record.circ.section.victim", victim);
        GridPane perpetrator = grid();
        add(perpetrator, "referral.record.circ.ethnicity", c.perpetratorEthnicity());
        add(perpetrator, "referral.record.circ.disability", c.perpetratorDisability());
        add(perpetrator, "referral.record.circ.perpetratorHousing", c.perpetratorHousing());
        section("referral.record.circ.section.perpetrator", perpetrator);
        GridPane police = grid();
        add(police, "referral.record.circ.officer", c.officerInCharge());
        add(police, "referral.record.circ.offences", c.offences());
        add(police, "referral.record.circ.references", c.crimeReferences());
        add(police, "referral.record.circ.civilOrders", c.civilOrders());
        add(police, "referral.record.circ.bail", join(c.bailConditions(), c.bailUntil() == null ? null
                : messages.format("referral.record.circ.bailUntil", DATE.format(c.bailUntil()))));
        add(police, "referral.record.circ.courtDates", c.courtDates() == null ? null
                : String.join(", ", java.util.Arrays.stream(c.courtDates().split("; "))
                        .map(d -> DATE.format(java.time.LocalDate.parse(d))).toList()));
        section("referral.record.circ.section.police", police);
    }

    private String yesNo(Boolean b) {
        return b == null ? null : messages.get(b ? "referral.record.circ.yes" : "referral.record.circ.no");
    }

    private GridPane risk(ReferralRecord r) {
        GridPane g = grid();
        add(g, "referral.record.score", r.score() == null ? null : r.band() == null ? String.valueOf(r.score())
                : messages.format("referral.list.risk", text.band(r.band()), r.score()));
        if (r.explanation() != null) {
            r.explanation().explanations().forEach((route, why) -> add(g, routeLabel(route, r.explanation()
                    .meets(route)), why));
        }
        add(g, "referral.record.incidents", r.content().risk().policeIncidentsLast12Months() == null ? null
                : String.valueOf(r.content().risk().policeIncidentsLast12Months()));
        Optional<Instrument> instrument = instruments.apply(r.content().risk().answers().instrumentId());
        StringBuilder answers = new StringBuilder();
        r.content().risk().answers().answers().forEach((item, a) -> answers.append(item).append(". ")
                .append(instrument.flatMap(i -> i.item(item)).map(i -> i.text()).orElse(""))
                .append(" — ").append(text.answer(a.value())).append('\n'));
        TextArea list = new TextArea(answers.toString().strip());
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(8);
        list.setId("recordAnswers");
        list.setAccessibleText(messages.get("referral.record.answers"));
        Label label = new Label(messages.get("referral.record.answers"));
        label.setLabelFor(list);
        int row = g.getRowCount();
        g.add(label, 0, row);
        g.add(list, 1, row);
        return g;
    }

    private String routeLabel(ReferralRoute route, boolean met) {
        return messages.format(met ? "referral.record.routeMet" : "referral.record.routeNotMet", text.route(route));
    }

    private VBox history(List<ChangeHistory.Line> lines) {
        VBox box = new VBox(4);
        if (lines.isEmpty()) {
            box.getChildren().add(wrapped(messages.get("referral.record.noHistory")));
        }
        for (ChangeHistory.Line l : lines) {
            box.getChildren().add(wrapped(messages.format("referral.record.historyLine", WHEN.format(l.at()), l.by(),
                    org.maracdesk.ui.common.HistoryFieldLabels.of(messages, l.field()), l.oldValue() == null ? "–" : l.oldValue(), l.newValue() == null ? "–" : l.newValue(),
                    l.reason() == null ? "" : l.reason())));
        }
        return box;
    }

    private void person(GridPane g, String role, PersonDetails p) {
        if (p == null) {
            return;
        }
        String born = p.dateOfBirth() == null ? null : DATE.format(p.dateOfBirth());
        String address = p.address() == null ? null : join(p.address().line1(), p.address().town(),
                p.address().postcode(), p.address().district());
        String name = ((p.givenName() == null ? "" : p.givenName()) + " "
                + (p.familyName() == null ? "" : p.familyName())).strip();
        add(g, role, join(name, born == null ? null
                : messages.format("referral.record.born", born), address));
    }

    private void related(GridPane g, String roleKey, RelatedPerson p) {
        person(g, messages.get(roleKey) + (p.relationshipToVictim() == null ? "" : " (" + p.relationshipToVictim()
                + ")"), p.person());
    }

    private void section(String key, javafx.scene.Node content) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("section-title");
        body.getChildren().addAll(title, content);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(4);
        javafx.scene.layout.ColumnConstraints left = new javafx.scene.layout.ColumnConstraints();
        left.setMinWidth(170);
        javafx.scene.layout.ColumnConstraints right = new javafx.scene.layout.ColumnConstraints();
        right.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(left, right);
        return g;
    }

    private void add(GridPane g, String keyOrLabel, String value) {
        String label = keyOrLabel.startsWith("referral.record.") ? messages.get(keyOrLabel) : keyOrLabel;
        Label name = new Label(label);
        name.getStyleClass().add("muted");
        Label v = wrapped(value == null || value.isBlank() ? "–" : value);
        v.setAccessibleText(label + ": " + v.getText());
        v.setFocusTraversable(false);
        int row = g.getRowCount();
        g.add(name, 0, row);
        g.add(v, 1, row);
    }

    private static Label wrapped(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static String join(String... parts) {
        return String.join(", ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
