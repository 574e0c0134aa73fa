package org.maracdesk.ui.caseview;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.maracdesk.casework.CaseTransfer.Direction;
import org.maracdesk.casework.transfers.CaseTransferService.Line;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.disclosure.ConsentRecord.Consent;
import org.maracdesk.casework.disclosure.LawfulBasis;
import org.maracdesk.ui.common.DateFields;
import org.maracdesk.ui.common.Messages;

/**
 * The case screen's transfers between MARACs (issue 16, MARAC.md §2.9, decision 0068): each transfer in or out with
 * its steps (the victim's move, the previous minutes and action plans received or sent, the Idva-to-Idva handover),
 * what is still to do, and the form that records one or brings the chosen one up to date. Papers sent out ask for
 * the lawful basis and consent, as every disclosure does. Keyboard: Tab through the form; every field is labelled
 * for screen readers. Shown to everyone who sees the case; the form only to the coordinator and the Idva.
 */
public final class TransfersSection {
    private final TransfersViewModel vm;
    private final Messages messages;
    private final VBox list = new VBox(6);

    public TransfersSection(TransfersViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    /** Adds the section at the end of the case screen's sections and loads it. */
    public static void addTo(Parent caseView, TransfersViewModel vm, Messages messages) {
        Node sections = ReferralCircumstancesSection.find(caseView, "sections");
        if (!(sections instanceof VBox box)) {
            throw new IllegalStateException("the case screen has no #sections box for the transfers");
        }
        box.getChildren().add(new TransfersSection(vm, messages).build());
    }

    public Node build() {
        Label heading = new Label(messages.get("transfer.heading"));
        heading.getStyleClass().add("section-title");
        Label hint = wrapped(messages.get("transfer.hint"));
        hint.getStyleClass().add("hint");

        ToggleGroup way = new ToggleGroup();
        RadioButton in = new RadioButton(messages.get("transfer.in"));
        RadioButton out = new RadioButton(messages.get("transfer.out"));
        in.setId("transferIn");
        out.setId("transferOut");
        in.setToggleGroup(way);
        out.setToggleGroup(way);
        TextField area = field("transferArea");
        DatePicker moved = date("transferMoved");
        DatePicker papers = date("transferPapers");
        ComboBox<LawfulBasis> basis = new ComboBox<>(vm.bases());
        basis.setId("transferBasis");
        basis.setConverter(new StringConverter<>() {
            @Override
            public String toString(LawfulBasis b) {
                return b == null ? "" : b.code() + " — " + b.wording();
            }

            @Override
            public LawfulBasis fromString(String s) {
                return null;
            }
        });
        basis.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Consent> consent = new ComboBox<>();
        consent.setId("transferConsent");
        consent.getItems().add(null);
        consent.getItems().addAll(Consent.values());
        consent.setConverter(new StringConverter<>() {
            @Override
            public String toString(Consent c) {
                return consentWord(c);
            }

            @Override
            public Consent fromString(String s) {
                return null;
            }
        });
        TextField consentReason = field("transferConsentReason");
        DatePicker handover = date("transferHandover");
        TextField service = field("transferService");
        TextField note = field("transferNote");

        Label papersLabel = labelFor("transfer.papersIn", papers);
        VBox sentBox = new VBox(4, labelFor("transfer.basis", basis), basis, labelFor("transfer.consent", consent),
                consent, labelFor("transfer.consentReasonField", consentReason), consentReason);
        Runnable byWay = () -> {
            boolean outward = out.isSelected();
            papersLabel.setText(messages.get(outward ? "transfer.papersOut" : "transfer.papersIn"));
            papers.setAccessibleText(papersLabel.getText());
            sentBox.setVisible(outward);
            sentBox.setManaged(outward);
        };
        way.selectedToggleProperty().addListener((o, a, b) -> byWay.run());
        vm.bases().addListener((javafx.collections.ListChangeListener<LawfulBasis>) c -> {
            if (basis.getValue() == null && !vm.bases().isEmpty()) {
                basis.setValue(vm.bases().get(0));
            }
        });
        byWay.run();

        Button save = new Button(messages.get("transfer.add"));
        save.setId("transferSave");
        Button cancel = new Button(messages.get("transfer.cancel"));
        cancel.setVisible(false);
        cancel.setManaged(false);
        Runnable clear = () -> {
            way.selectToggle(null);
            area.clear();
            for (DatePicker d : new DatePicker[] {moved, papers, handover}) {
                d.setValue(null);
                d.getEditor().clear();
            }
            basis.setValue(vm.bases().isEmpty() ? null : vm.bases().get(0));
            consent.setValue(null);
            consentReason.clear();
            service.clear();
            note.clear();
            in.setDisable(false);
            out.setDisable(false);
        };
        save.setOnAction(e -> vm.save(new TransfersViewModel.Form(out.isSelected() ? Direction.OUT
                : in.isSelected() ? Direction.IN : null, area.getText(), moved.getEditor().getText(),
                papers.getEditor().getText(), basis.getValue(), consent.getValue(), consentReason.getText(),
                handover.getEditor().getText(), service.getText(), note.getText()), () -> {
                    clear.run();
                    in.requestFocus();
                }));
        cancel.setOnAction(e -> vm.cancelEdit());
        vm.editingProperty().addListener((o, was, line) -> {
            save.setText(messages.get(line == null ? "transfer.add" : "transfer.save"));
            cancel.setVisible(line != null);
            cancel.setManaged(line != null);
            clear.run();
            if (line != null) {
                way.selectToggle(line.direction() == Direction.OUT ? out : in);
                in.setDisable(true);
                out.setDisable(true);
                area.setText(line.otherArea());
                show(moved, line.movedOn());
                show(papers, line.papersOn());
                show(handover, line.handoverOn());
                service.setText(line.handoverService() == null ? "" : line.handoverService());
                note.setText(line.note() == null ? "" : line.note());
                area.requestFocus();
            }
        });
        Label message = wrapped("");
        message.setId("transferMessage");
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(vm.messageProperty().isNotEmpty());
        vm.transfers().addListener((javafx.collections.ListChangeListener<TransfersViewModel.Shown>) c -> showList());

        Label wayLabel = new Label(messages.get("transfer.direction"));
        wayLabel.setLabelFor(in);
        in.setAccessibleText(messages.get("transfer.direction") + ": " + in.getText());
        out.setAccessibleText(messages.get("transfer.direction") + ": " + out.getText());
        Label formHeading = new Label(messages.get("transfer.formHeading"));
        formHeading.getStyleClass().add("strong");
        VBox form = new VBox(4, formHeading, wayLabel, new HBox(14, in, out), labelFor("transfer.area", area), area,
                labelFor("transfer.moved", moved), moved, papersLabel, papers, sentBox,
                labelFor("transfer.handover", handover), handover, labelFor("transfer.service", service), service,
                labelFor("transfer.note", note), note, new HBox(8, save, cancel), message);
        form.setId("transferForm");
        form.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        form.setVisible(false);
        form.setManaged(false);
        VBox section = new VBox(6, heading, hint, list, form);
        section.setId("transfers");
        section.getStyleClass().add("section");
        vm.load(() -> {
            showList(); // an empty list fires no change
            form.setVisible(vm.mayRecord());
            form.setManaged(vm.mayRecord());
            if (basis.getValue() == null && !vm.bases().isEmpty()) {
                basis.setValue(vm.bases().get(0));
            }
        });
        return section;
    }

    private static void show(DatePicker picker, java.time.LocalDate day) {
        picker.setValue(day);
        picker.getEditor().setText(TransfersViewModel.shown(day));
    }

    private void showList() {
        list.getChildren().clear();
        if (vm.transfers().isEmpty()) {
            Label none = new Label(messages.get("transfer.none"));
            none.getStyleClass().add("muted");
            list.getChildren().add(none);
            return;
        }
        for (TransfersViewModel.Shown shown : vm.transfers()) {
            list.getChildren().add(entry(shown));
        }
    }

    private Node entry(TransfersViewModel.Shown shown) {
        Line l = shown.line();
        boolean outward = l.direction() == Direction.OUT;
        VBox box = new VBox(2);
        Label title = wrapped(messages.format(outward ? "transfer.lineOut" : "transfer.lineIn", l.otherArea(),
                l.movedOn() == null ? messages.get("transfer.movedUnknown")
                        : messages.format("transfer.movedOn", TransfersViewModel.shown(l.movedOn()))));
        title.getStyleClass().add("strong");
        HBox head = new HBox(8, title);
        if (vm.mayRecord()) {
            Button edit = new Button(messages.get("transfer.edit"));
            edit.setAccessibleText(messages.format("transfer.editFor", l.otherArea()));
            edit.getStyleClass().add("edit-transfer");
            edit.setOnAction(e -> vm.edit(l));
            head.getChildren().add(edit);
        }
        box.getChildren().add(head);
        box.getChildren().add(wrapped(l.papersOn() == null
                ? messages.get(outward ? "transfer.papersOutTodo" : "transfer.papersInTodo")
                : messages.format(outward ? "transfer.papersOutDone" : "transfer.papersInDone",
                TransfersViewModel.shown(l.papersOn()))));
        if (outward && l.papersOn() != null) {
            Label basis = wrapped(messages.format("transfer.basisLine", l.basis(),
                    consentWord(l.consent() == null ? null : Consent.valueOf(l.consent()))
                    + (l.consentReason() == null ? "" : ": " + l.consentReason())));
            basis.getStyleClass().add("muted");
            box.getChildren().add(basis);
        }
        box.getChildren().add(wrapped(l.handoverOn() == null ? messages.get("transfer.handoverTodo")
                : messages.format("transfer.handoverDone", TransfersViewModel.shown(l.handoverOn()),
                l.handoverService() == null ? messages.get("transfer.serviceUnknown") : l.handoverService())));
        if (l.note() != null) {
            box.getChildren().add(wrapped(messages.format("transfer.noteLine", l.note())));
        }
        Label recorded = wrapped(messages.format("transfer.recorded", l.recordedBy(), day(l.recordedAt())));
        recorded.getStyleClass().add("muted");
        box.getChildren().add(recorded);
        for (ChangeHistory.Line c : shown.history()) {
            if (c.oldValue() == null && "transfer".equals(c.field())) {
                continue; // the "recorded" line above says it
            }
            Label changed = wrapped(messages.format("transfer.changedLine", day(c.at()), c.by(),
                    org.maracdesk.ui.common.HistoryFieldLabels.of(messages, c.field()), c.oldValue() == null ? "" : c.oldValue(),
                    c.newValue() == null ? "" : c.newValue()));
            changed.getStyleClass().add("muted");
            box.getChildren().add(changed);
        }
        return box;
    }

    private String consentWord(Consent c) {
        return messages.get(c == null ? "transfer.consent.notRecorded" : switch (c) {
            case GIVEN -> "transfer.consent.given";
            case REFUSED -> "transfer.consent.refused";
            case NOT_SOUGHT -> "transfer.consent.notSought";
        });
    }

    private static String day(java.time.Instant at) {
        return TransfersViewModel.shown(at.atZone(java.time.ZoneId.systemDefault()).toLocalDate());
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private DatePicker date(String id) {
        DatePicker d = DateFields.picker(messages, null);
        d.setId(id);
        return d;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private Label labelFor(String key, javafx.scene.control.Control control) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(control);
        control.setAccessibleText(l.getText());
        return l;
    }
}
