package org.maracdesk.ui.referrals;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.ReferralFlag;
import org.maracdesk.casework.intake.Decision;
import org.maracdesk.ui.common.FormValidation;
import org.maracdesk.ui.common.Messages;

/**
 * The referral form: sections as tabs (Ctrl+Tab walks them), the live result beside them, Save
 * draft on Ctrl+S. Sections are laid out in code from the view model, because the people and the
 * checklist rows vary.
 */
public final class ReferralFormView {
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
    private final ReferralFormViewModel vm;
    private final Messages messages;
    private final ReferralText text;
    private final Runnable back;
    private final Consumer<Decision> decided;
    private final PersonEditor people;
    private ReferralChecks validation;
    private Node firstField;

    @FXML private javafx.scene.layout.BorderPane root;
    @FXML private Button backButton;
    @FXML private Label titleLabel;
    @FXML private ProgressIndicator progress;
    @FXML private Label statusLabel;
    @FXML private Button saveButton;
    @FXML private TabPane tabs;
    @FXML private ScrollPane resultScroll;
    @FXML private VBox resultBox;

    public ReferralFormView(ReferralFormViewModel vm, Messages messages, Runnable back, Consumer<Decision> decided) {
        this.vm = vm;
        this.messages = messages;
        this.text = new ReferralText(messages);
        this.back = back;
        this.decided = decided;
        this.people = new PersonEditor(messages, text, vm);
    }

    @FXML
    private void initialize() {
        titleLabel.setText(messages.get(vm.isNew() ? "referral.form.new" : "referral.form.draft"));
        saveButton.setAccessibleHelp(messages.get("referral.saveDraft.help"));
        progress.visibleProperty().bind(vm.busyProperty());
        saveButton.disableProperty().bind(vm.busyProperty().or(vm.race().offeredProperty()));
        root.setTop(new VBox(root.getTop(), org.maracdesk.ui.common.LostRaceBar.of(vm.race(), messages)));
        statusLabel.textProperty().bind(vm.statusProperty());
        validation = new ReferralChecks(new FormValidation(messages), messages, vm);
        tabs.getTabs().setAll(
                tab("referral.section.referrer", "tabReferrer", referrer()),
                tab("referral.section.victim", "tabVictim", victim()),
                tab("referral.section.perpetrators", "tabPerpetrators", perpetrators()),
                tab("referral.section.children", "tabChildren", childrenAndOthers()),
                tab("referral.section.grounds", "tabGrounds", grounds()),
                tab("referral.section.checklist", "tabChecklist",
                        new ChecklistPane(messages, text, vm.checklist()).build()),
                tab("referral.section.voice", "tabVoice", voice()),
                tab("referral.section.police", "tabPolice", police()),
                tab("circumstances.tab", "tabCircumstances", new CircumstancesPane(messages, text, vm.circumstances,
                        validation.support()).build()),
                tab("referral.section.flags", "tabFlags", new SharingPane(messages, text, vm).build()),
                tab("referral.section.decision", "tabDecision",
                        new DecisionPane(messages, text, vm, validation, decided).build()));
        new ResultPanel(messages, text, vm, resultBox);
        org.maracdesk.ui.common.LocalShortcuts.declare(tabs, SAVE, messages.get("shortcut.referral.save"));
        org.maracdesk.ui.common.LocalShortcuts.declare(tabs, NEXT, messages.get("shortcut.referral.next"));
        org.maracdesk.ui.common.LocalShortcuts.declare(tabs, PREVIOUS, messages.get("shortcut.referral.previous"));
        javafx.event.EventHandler<KeyEvent> keys = this::keys;
        root.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        tabs.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                validation.start();
                Platform.runLater(firstField::requestFocus);
            }
        });
    }

    private void keys(KeyEvent e) {
        if (SAVE.match(e)) {
            e.consume();
            save();
        } else if (NEXT.match(e) || PREVIOUS.match(e)) {
            e.consume();
            int n = tabs.getTabs().size();
            int at = tabs.getSelectionModel().getSelectedIndex() + (NEXT.match(e) ? 1 : n - 1);
            tabs.getSelectionModel().select(at % n);
            Platform.runLater(tabs::requestFocus);
        }
    }

    private Tab tab(String key, String id, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("section-scroll");
        content.getStyleClass().add("section");
        Tab t = new Tab(messages.get(key), scroll);
        t.setId(id);
        return t;
    }

    private Node referrer() {
        FormBuilder f = new FormBuilder(messages);
        f.hint("referral.referrer.hint");
        firstField = f.date("referral.referralDate", "referralDate", vm.referralDate);
        validation.referralDate((javafx.scene.control.DatePicker) firstField);
        validation.required(f.choice("referral.referrer.agency", "referrerAgency", vm.referrer.agency,
                Arrays.asList(Agency.values()), text::agency));
        validation.required(f.text("referral.referrer.name", "referrerName", vm.referrer.name));
        f.text("referral.referrer.role", "referrerRole", vm.referrer.role);
        f.text("referral.referrer.phone", "referrerPhone", vm.referrer.phone);
        f.text("referral.referrer.email", "referrerEmail", vm.referrer.email);
        f.choice("referral.referrer.manager", "managerConsulted", vm.referrer.managerConsulted, List.of(Tri.values()), text::tri);
        f.choice("referral.referrer.ric", "ricAttached", vm.referrer.ricAttached, List.of(Tri.values()), text::tri);
        f.text("referral.referrer.signOff", "managerSignOff", vm.referrer.managerSignOff);
        validation.notFuture(f.date("referral.referrer.signedOffOn", "signedOffOn", vm.referrer.signedOffOn));
        return f.grid();
    }

    private Node victim() {
        FormBuilder f = new FormBuilder(messages);
        f.heading("referral.victim.identity");
        people.fields(f, vm.victim, PersonEditor.Kind.VICTIM, "victim");
        validation.victim(f.grid());
        f.heading("referral.victim.contact");
        f.text("referral.victim.phone", "victimPhone", vm.victimDetails.phone);
        f.choice("referral.victim.safeToCall", "victimSafeToCall", vm.victimDetails.safeToCall, List.of(Tri.values()), text::tri);
        f.text("referral.victim.safeTimes", "victimSafeTimes", vm.victimDetails.safeTimes);
        f.text("referral.victim.email", "victimEmail", vm.victimDetails.email);
        f.wide("referral.victim.safeContact", "victimSafeContact", new javafx.scene.control.TextField())
                .textProperty().bindBidirectional(vm.victimDetails.safeContact);
        f.heading("referral.victim.diversity");
        f.text("referral.victim.firstLanguage", "victimLanguage", vm.victimDetails.firstLanguage);
        f.choice("referral.victim.interpreter", "victimInterpreter", vm.victimDetails.interpreterNeeded, List.of(Tri.values()),
                text::tri);
        f.text("referral.victim.ethnicity", "victimEthnicity", vm.victimDetails.ethnicity);
        f.choice("referral.victim.disabled", "victimDisabled", vm.victimDetails.disabled, List.of(Tri.values()), text::tri);
        f.choice("referral.victim.lgbt", "victimLgbt", vm.victimDetails.lgbt, List.of(Tri.values()), text::tri);
        return new VBox(10, people.matches(vm.victim, "victim"), f.grid());
    }

    private Node perpetrators() {
        VBox cards = new VBox(14);
        Button add = new Button(messages.get("referral.perpetrator.add"));
        add.setId("addPerpetrator");
        add.setOnAction(e -> vm.addPerpetrator());
        Runnable render = () -> cards(cards, vm.perpetrators, "referral.perpetrator", "perp",
                PersonEditor.Kind.PERPETRATOR);
        vm.perpetrators.addListener((ListChangeListener<PersonFields>) c -> render.run());
        render.run();
        return new VBox(10, cards, add);
    }

    private Node childrenAndOthers() {
        VBox kids = new VBox(14);
        VBox others = new VBox(14);
        Button addChild = new Button(messages.get("referral.child.add"));
        addChild.setId("addChild");
        addChild.setOnAction(e -> vm.addChild());
        Button addOther = new Button(messages.get("referral.other.add"));
        addOther.setId("addOther");
        addOther.setOnAction(e -> vm.addOtherAtRisk());
        Runnable renderKids = () -> cards(kids, vm.children, "referral.child", "child", PersonEditor.Kind.CHILD);
        Runnable renderOthers = () -> cards(others, vm.othersAtRisk, "referral.other", "other", PersonEditor.Kind.OTHER);
        vm.children.addListener((ListChangeListener<PersonFields>) c -> renderKids.run());
        vm.othersAtRisk.addListener((ListChangeListener<PersonFields>) c -> renderOthers.run());
        renderKids.run();
        renderOthers.run();
        Label hint = new Label(messages.get("referral.children.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return new VBox(10, hint, kids, addChild, new javafx.scene.control.Separator(), others, addOther);
    }

    private void cards(VBox box, List<PersonFields> list, String titleKey, String prefix, PersonEditor.Kind kind) {
        box.getChildren().clear();
        for (int i = 0; i < list.size(); i++) {
            PersonFields p = list.get(i);
            String id = prefix + i;
            FormBuilder f = new FormBuilder(messages);
            Label title = f.heading(titleKey);
            title.setText(messages.get(titleKey) + " " + (i + 1));
            people.fields(f, p, kind, id);
            Button remove = new Button(messages.get("referral.person.remove"));
            remove.setId(id + "Remove");
            remove.setAccessibleText(title.getText() + ": " + messages.get("referral.person.remove"));
            remove.setOnAction(e -> list.remove(p));
            VBox card = new VBox(8, f.grid());
            if (kind == PersonEditor.Kind.PERPETRATOR) {
                if (i == 0) {
                    validation.firstPerpetrator(f.grid(), id);
                }
                card.getChildren().add(0, people.matches(p, id));
            }
            card.getChildren().add(remove);
            card.getStyleClass().add("person-card");
            box.getChildren().add(card);
        }
    }

    private Node grounds() {
        FormBuilder f = new FormBuilder(messages);
        f.hint("referral.grounds.hint");
        validation.incidents(f.text("referral.grounds.incidents", "policeIncidents", vm.grounds.policeIncidents));
        f.check("referral.grounds.judgement", "judgementChosen", vm.grounds.professionalJudgementChosen);
        validation.judgement(f.area("referral.grounds.judgementReason", "judgementReason", vm.grounds.professionalJudgement, 3));
        f.area("referral.grounds.incident", "incidentSummary", vm.grounds.incidentSummary, 6);
        return f.grid();
    }

    private Node voice() {
        FormBuilder f = new FormBuilder(messages);
        f.heading("referral.consent.heading");
        f.choice("referral.consent.aware", "victimAware", vm.voice.victimAware, List.of(Tri.values()), text::tri);
        f.choice("referral.consent.given", "consentGiven", vm.voice.consentGiven, List.of(Tri.values()), text::tri);
        f.area("referral.consent.note", "consentNote", vm.voice.consentNote, 2);
        f.heading("referral.voice.heading");
        f.area("referral.voice.fears", "voiceFears", vm.voice.fears, 2);
        f.area("referral.voice.safe", "voiceSafe", vm.voice.safeToTalkTo, 2);
        f.area("referral.voice.notSafe", "voiceNotSafe", vm.voice.notSafeToTalkTo, 2);
        f.area("referral.voice.wants", "voiceWants", vm.voice.wants, 2);
        f.area("referral.voice.summary", "voiceSummary", vm.voice.summary, 3);
        return f.grid();
    }

    private Node police() {
        FormBuilder f = new FormBuilder(messages);
        f.heading("referral.police.heading");
        f.text("referral.police.reference", "policeReference", vm.history.policeReference);
        f.text("referral.police.crimes", "crimeNumbers", vm.history.crimeNumbers).setPromptText(
                messages.get("referral.police.crimes.prompt"));
        f.heading("referral.previous.heading");
        f.text("referral.previous.area", "previousArea", vm.history.previousArea);
        validation.notFuture(f.date("referral.previous.date", "previousDate", vm.history.previousDate));
        f.check("referral.previous.transfer", "transferIn", vm.history.transferIn);
        return f.grid();
    }

    @FXML
    private void save() {
        vm.save();
    }

    @FXML
    private void back() {
        back.run();
    }

    /** For the flags section's check boxes. */
    static List<ReferralFlag> flagOrder() {
        return Arrays.asList(ReferralFlag.values());
    }
}
