package org.maracdesk.ui.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.maracdesk.casework.ActionType;
import org.maracdesk.casework.actions.ActionTypeView;
import org.maracdesk.casework.meetings.CaseRecord;
import org.maracdesk.casework.meetings.ProposalLine;
import org.maracdesk.ui.common.Messages;

/**
 * The proposals agencies made before the meeting, at the top of a case's actions in the meeting view (issue
 * 16): each with Agree (it becomes an agreed action), Change… (change it, then agree it) and Don't agree…
 * (with the reason the agency reads). Alt+J goes to the first proposal's Agree; Tab moves along the buttons.
 */
final class ProposalRows {
    private final MeetingRunViewModel vm;
    private final Messages messages;
    private final Function<String, String> agencyName;
    private final BiConsumer<KeyCode, Control> shortcuts;
    private final Labels words;

    ProposalRows(MeetingRunViewModel vm, Messages messages, Function<String, String> agencyName,
                 BiConsumer<KeyCode, Control> shortcuts) {
        this.vm = vm;
        this.messages = messages;
        this.agencyName = agencyName;
        this.shortcuts = shortcuts;
        this.words = new Labels(messages);
    }

    List<Node> build(CaseRecord c, boolean closed) {
        List<Node> rows = new ArrayList<>();
        List<ProposalLine> open = c.proposals().stream().filter(p -> p.agreedActionId() == null).toList();
        if (open.isEmpty()) {
            return rows;
        }
        Label heading = new Label(messages.get("meeting.proposal.heading"));
        heading.setMnemonicParsing(false); // Alt+J only focuses (a mnemonic would also press Agree)
        rows.add(heading);
        for (ProposalLine p : open) {
            String text = line(p);
            Button agree = button("meeting.proposal.agree", "meeting.proposal.agreeFor", text, "agree-proposal");
            agree.setOnAction(e -> vm.agreeProposal(p.id(), null));
            Button change = button("meeting.proposal.change", "meeting.proposal.changeFor", text, "change-proposal");
            change.setOnAction(e -> new ProposalDialogs(messages).change(change.getScene().getWindow(),
                    agencyName.apply(p.agencyCode()), p, vm.actionTypes()).ifPresent(d -> vm.agreeChanged(p.id(), d)));
            Button decline = button("meeting.proposal.decline", "meeting.proposal.declineFor", text, "decline-proposal");
            decline.setOnAction(e -> new ProposalDialogs(messages).decline(decline.getScene().getWindow(),
                    agencyName.apply(p.agencyCode())).ifPresent(why -> vm.declineProposal(p.id(), why)));
            Label words = new Label(text);
            words.setWrapText(true);
            HBox row = vm.decidesProposals() ? new HBox(8, agree, change, decline, words) : new HBox(8, agree, words);
            row.setDisable(closed);
            rows.add(row);
            if (rows.size() == 2) {
                shortcuts.accept(KeyCode.J, agree);
            }
        }
        return rows;
    }

    private Button button(String key, String accessibleKey, String text, String styleClass) {
        Button b = new Button(messages.get(key));
        b.setAccessibleText(messages.format(accessibleKey, text));
        b.getStyleClass().add(styleClass);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the proposal's text wraps; the buttons keep their words
        return b;
    }

    private String line(ProposalLine p) {
        String text = messages.format("meeting.proposal.line", agencyName.apply(p.agencyCode()),
                words.target(p.target()), p.description());
        String typeName = vm.actionTypes().stream().filter(t -> t.code().equals(p.typeCode()))
                .map(ActionTypeView::name).findFirst().orElse(null);
        return typeName == null || ActionType.OTHER.equals(p.typeCode()) ? text
                : messages.format("meeting.proposal.typed", text, typeName);
    }
}
