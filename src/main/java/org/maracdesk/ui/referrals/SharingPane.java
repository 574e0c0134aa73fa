package org.maracdesk.ui.referrals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.ReferralFlag;
import org.maracdesk.casework.intake.MustNotReceiveEntry;
import org.maracdesk.ui.common.Messages;

/** The flags the data return counts, and who must never receive anything about the case. */
final class SharingPane {
    private final Messages messages;
    private final ReferralText text;
    private final ReferralFormViewModel vm;

    SharingPane(Messages messages, ReferralText text, ReferralFormViewModel vm) {
        this.messages = messages;
        this.text = text;
        this.vm = vm;
    }

    Node build() {
        FormBuilder f = new FormBuilder(messages);
        f.heading("referral.flags.heading");
        for (ReferralFlag flag : ReferralFlag.values()) {
            f.checkText(text.flag(flag), "flag-" + flag.name(), vm.history.flags.get(flag));
        }
        f.heading("referral.section.mnr");
        f.hint("referral.mnr.hint");
        List<Agency> agencies = new ArrayList<>();
        agencies.add(null);
        agencies.addAll(Arrays.asList(Agency.values()));
        ComboBox<Agency> agency = f.choice("referral.mnr.agency", "mnrAgency", vm.sharing.agency, agencies, text::agency);
        TextField person = f.text("referral.mnr.person", "mnrPerson", vm.sharing.person);
        f.wide("referral.mnr.reason", "mnrReason", new TextField()).textProperty().bindBidirectional(vm.sharing.reason);
        Button add = new Button(messages.get("referral.mnr.add"));
        add.setId("mnrAdd");
        add.setOnAction(e -> {
            if (vm.sharing.add()) {
                agency.requestFocus();
            }
        });
        Label problem = new Label();
        problem.getStyleClass().add("hint-error");
        problem.setId("mnrProblem");
        problem.textProperty().bind(vm.sharing.problem);
        ListView<MustNotReceiveEntry> list = new ListView<>(vm.sharing.entries);
        list.setId("mnrList");
        list.setAccessibleText(messages.get("referral.section.mnr"));
        list.setPrefHeight(140);
        list.setPlaceholder(new Label(messages.get("referral.mnr.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MustNotReceiveEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : describe(e));
            }
        });
        Button remove = new Button(messages.get("referral.mnr.remove"));
        remove.setId("mnrRemove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.sharing.entries.remove(list.getSelectionModel().getSelectedItem()));
        person.setOnAction(e -> add.fire());
        return new VBox(8, f.grid(), new HBox(10, add, problem), list, remove);
    }

    private String describe(MustNotReceiveEntry e) {
        String who = e.agency() == null ? e.personName()
                : e.personName() == null ? text.agency(e.agency()) : text.agency(e.agency()) + ": " + e.personName();
        return messages.format("referral.mnr.entry", who, e.reason());
    }
}
