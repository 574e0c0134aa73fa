package org.maracdesk.ui.referrals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.maracdesk.casework.PersonDetailsLine;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.intake.ReferralRecord;
import org.maracdesk.risk.Answer;
import org.maracdesk.risk.Instrument;
import org.maracdesk.risk.ItemAnswer;
import org.maracdesk.ui.caseview.PersonEditDialog;
import org.maracdesk.ui.common.DisplayConverter;
import org.maracdesk.ui.common.DialogFocus;
import org.maracdesk.ui.common.Messages;

/** The three correction dialogs of a decided referral: a person, the checklist, the decision. Each needs a reason. */
final class RecordCorrections {
    private final ReferralRecordViewModel vm;
    private final Messages messages;
    private final ReferralText text;
    private final Function<String, Optional<Instrument>> instruments;

    RecordCorrections(ReferralRecordViewModel vm, Messages messages, ReferralText text,
                      Function<String, Optional<Instrument>> instruments) {
        this.vm = vm;
        this.messages = messages;
        this.text = text;
        this.instruments = instruments;
    }

    /** Chooses the person, then the person-correction dialog (the same as on the case screen). */
    void person(Window owner) {
        ReferralRecord r = vm.recordProperty().get();
        List<ReferralRecord.Person> people = r.people();
        if (people.isEmpty()) {
            return;
        }
        ChoiceDialog<ReferralRecord.Person> choose = new ChoiceDialog<>(people.get(0), people);
        choose.initOwner(owner);
        choose.setTitle(messages.get("referral.record.choosePerson.title"));
        choose.setHeaderText(messages.get("referral.record.choosePerson.header"));
        choose.setContentText(messages.get("referral.record.choosePerson.label"));
        choose.getDialogPane().setPrefWidth(560);
        @SuppressWarnings("unchecked")
        ComboBox<ReferralRecord.Person> box = (ComboBox<ReferralRecord.Person>) choose.getDialogPane()
                .lookup(".combo-box");
        if (box != null) {
            box.setConverter(DisplayConverter.of(p -> p.name() + " (" + role(p) + ")"));
            box.setAccessibleText(messages.get("referral.record.choosePerson.label"));
        }
        choose.showAndWait().ifPresent(p -> vm.person(p.personId(), line -> editPerson(owner, line, line, "")));
    }

    /** The person dialog on {@code base} showing {@code shown} (the same, or the user's change re-applied on it). */
    private void editPerson(Window owner, PersonDetailsLine base, PersonDetailsLine shown, String reason) {
        new PersonEditDialog(messages).ask(owner, shown, reason).ifPresent(res -> vm.correctPerson(base, res.after(),
                res.reason(), (newest, merged, why) -> editPerson(owner, newest, merged, why)));
    }

    private String role(ReferralRecord.Person p) {
        if (p.victim()) {
            return messages.get("referral.record.victim");
        }
        return switch (p.role()) {
            case PERPETRATOR -> messages.get("referral.record.perpetrator");
            case CHILD -> messages.get("referral.record.child");
            case OTHER_AT_RISK -> messages.get("referral.record.other");
        };
    }

    /** Every checklist item with its answer to change, the police incidents, and the reason; then re-scored. */
    void checklist(Window owner) {
        checklist(owner, Map.of(), null, "");
    }

    /**
     * The same, with what the user changed before ({@code mine}: answers by item, the incidents or null, the reason)
     * put back on top of the newest record, after their correction lost the race (decision 0051).
     */
    private void checklist(Window owner, Map<String, Answer> mine, Integer mineIncidents, String mineReason) {
        ReferralRecord r = vm.recordProperty().get();
        Optional<Instrument> instrument = instruments.apply(r.content().risk().answers().instrumentId());
        if (instrument.isEmpty()) {
            vm.problemProperty().set(messages.get("referral.record.noInstrument"));
            return;
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        Map<String, ComboBox<Answer>> boxes = new LinkedHashMap<>();
        int row = 0;
        for (var item : instrument.get().items()) {
            ComboBox<Answer> box = new ComboBox<>();
            box.getItems().setAll(Answer.values());
            box.setConverter(DisplayConverter.of(text::answer));
            box.setValue(mine.containsKey(item.id()) ? mine.get(item.id())
                    : r.content().risk().answers().answer(item.id()).map(ItemAnswer::value).orElse(Answer.NOT_ASKED));
            box.setId("answer-" + item.id());
            box.setMinWidth(150);
            Label label = new Label(item.id() + ". " + item.text());
            label.setWrapText(true);
            label.setLabelFor(box);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.setAccessibleText(label.getText());
            grid.add(label, 0, row);
            grid.add(box, 1, row++);
            GridPane.setHgrow(label, Priority.ALWAYS);
            boxes.put(item.id(), box);
        }
        Integer was = r.content().risk().policeIncidentsLast12Months();
        Integer shownIncidents = mineIncidents != null ? mineIncidents : was;
        TextField incidents = new TextField(shownIncidents == null ? "" : String.valueOf(shownIncidents));
        incidents.setId("rescoreIncidents");
        TextArea reason = reason("rescoreReason");
        reason.setText(mineReason);
        Label hint = hint(messages.get("referral.record.rescore.hint"));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(330);
        GridPane foot = new GridPane();
        foot.setHgap(10);
        foot.setVgap(6);
        labelled(foot, 0, "referral.record.incidents", incidents);
        labelled(foot, 1, "referral.record.reasonLabel", reason);
        Label problem = problem();
        Dialog<Boolean> d = dialog(owner, "referral.record.rescore.title", "referral.record.rescore.confirm",
                new VBox(8, hint, scroll, foot, problem), reason);
        d.setHeaderText(messages.get("referral.record.rescore.header"));
        Node ok = d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!incidents.getText().isBlank() && !incidents.getText().strip().matches("\\d{1,4}")) {
                problem.setText(messages.get("referral.record.badIncidents"));
                incidents.requestFocus();
                e.consume();
            }
        });
        d.getDialogPane().setPrefWidth(820);
        d.showAndWait().filter(Boolean::booleanValue).ifPresent(b -> {
            Map<String, Answer> changed = new LinkedHashMap<>();
            boxes.forEach((id, box) -> {
                Answer before = r.content().risk().answers().answer(id).map(ItemAnswer::value).orElse(Answer.NOT_ASKED);
                if (box.getValue() != before) {
                    changed.put(id, box.getValue());
                }
            });
            Integer typed = incidents.getText().isBlank() ? null : Integer.valueOf(incidents.getText().strip());
            Integer incidentsChanged = typed != null && typed.equals(was) ? null : typed;
            String why = reason.getText();
            vm.rescore(changed, incidentsChanged, why, newest -> checklist(owner, changed, incidentsChanged, why));
        });
    }

    /** The other two decisions to choose from, what reversing does, and the reason. */
    void reverse(Window owner) {
        reverse(owner, null, "");
    }

    /** The same, with the decision and reason the user chose before put back (after a lost race, decision 0051). */
    private void reverse(Window owner, ReferralStatus mine, String mineReason) {
        ReferralRecord r = vm.recordProperty().get();
        ComboBox<ReferralStatus> to = new ComboBox<>();
        to.getItems().setAll(List.of(ReferralStatus.ACCEPTED, ReferralStatus.IDVA_ONLY, ReferralStatus.DECLINED)
                .stream().filter(s -> s != r.status()).toList());
        to.setConverter(DisplayConverter.of(text::status));
        to.setValue(mine != null && to.getItems().contains(mine) ? mine : to.getItems().get(0));
        to.setId("reverseTo");
        TextArea reason = reason("reverseReason");
        reason.setText(mineReason);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        labelled(grid, 0, "referral.record.reverse.to", to);
        labelled(grid, 1, "referral.record.reasonLabel", reason);
        Label hint = hint(messages.get(r.status() == ReferralStatus.ACCEPTED ? "referral.record.reverse.hintAccepted"
                : "referral.record.reverse.hintOther"));
        Dialog<Boolean> d = dialog(owner, "referral.record.reverse.title", "referral.record.reverse.confirm",
                new VBox(8, hint, grid), reason);
        d.setHeaderText(messages.format("referral.record.reverse.header", text.status(r.status()),
                r.caseReference() == null ? messages.get("referral.record.noCase") : r.caseReference()));
        d.getDialogPane().setPrefWidth(600);
        DialogFocus.startOn(d, to);
        d.showAndWait().filter(Boolean::booleanValue).ifPresent(b -> {
            ReferralStatus chosen = to.getValue();
            String why = reason.getText();
            vm.reverse(chosen, why, newest -> reverse(owner, chosen, why));
        });
    }

    private Dialog<Boolean> dialog(Window owner, String titleKey, String confirmKey, Node content, TextArea reason) {
        Dialog<Boolean> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.get(titleKey));
        ButtonType confirm = new ButtonType(messages.get(confirmKey), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        d.getDialogPane().setContent(content);
        d.getDialogPane().lookupButton(confirm).disableProperty().bind(reason.textProperty().isEmpty());
        d.setResultConverter(b -> b == confirm);
        return d;
    }

    private TextArea reason(String id) {
        TextArea reason = new TextArea();
        reason.setId(id);
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        return reason;
    }

    private void labelled(GridPane g, int row, String key, javafx.scene.control.Control control) {
        Label label = new Label(messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        control.setAccessibleText(label.getText().replace("_", ""));
        control.setMaxWidth(Double.MAX_VALUE);
        g.add(label, 0, row);
        g.add(control, 1, row);
        GridPane.setHgrow(control, Priority.ALWAYS);
    }

    private static Label hint(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("hint");
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label problem() {
        Label l = new Label();
        l.getStyleClass().add("error-text");
        l.setWrapText(true);
        return l;
    }
}
