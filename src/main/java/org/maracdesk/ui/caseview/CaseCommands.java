package org.maracdesk.ui.caseview;

import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.maracdesk.casework.CaseDetail;
import org.maracdesk.security.Permission;
import org.maracdesk.ui.common.Messages;

/**
 * The hub's commands beside Close case, each with its own mnemonic and shown only to those it is for (the
 * services check again): export the case's Idva summary through the export dialog.
 */
final class CaseCommands {
    private final CaseHub hub;
    private final CaseDetailViewModel viewModel;
    private final HBox box;
    private final Messages messages;

    private final javafx.scene.control.Label outcome;

    CaseCommands(CaseHub hub, CaseDetailViewModel viewModel, HBox box, javafx.scene.control.Label outcome) {
        this.outcome = outcome;
        this.hub = hub;
        this.viewModel = viewModel;
        this.box = box;
        this.messages = hub.messages();
    }

    void install() {
        if (hub.services().exportCaseSummary() != null && hub.allows(Permission.EXPORT_IDVA_SUMMARY)) {
            add("exportSummaryButton", "hub.command.export", "hub.command.export.accessible",
                    d -> hub.services().exportCaseSummary().accept(d.reference()));
        }
        if (hub.services().merges() != null && hub.allows(Permission.DECIDE_REFERRALS)) {
            CaseMergeViewModel merging = new CaseMergeViewModel(hub.services().merges(), hub.executor(), hub.errors(),
                    messages);
            outcome.textProperty().bind(merging.outcomeProperty());
            outcome.managedProperty().bind(merging.outcomeProperty().isNotEmpty());
            add("mergeButton", "hub.command.merge", "hub.command.merge.accessible", d -> merge(merging, d));
        }
    }

    /** The first flagged pair with a person of this case, in the people screen's merge dialog. */
    private void merge(CaseMergeViewModel merging, CaseDetail d) {
        java.util.List<Long> people = new java.util.ArrayList<>(java.util.List.of(d.victim().id()));
        d.perpetrators().forEach(p -> people.add(p.id()));
        d.children().forEach(p -> people.add(p.id()));
        merging.compareFirstPair(people, found -> found.ifPresent(c -> new org.maracdesk.ui.people.MergeDialog(messages)
                .ask(box.getScene().getWindow(), c).ifPresent(request -> merging.merge(request, hub::reload))));
    }

    private void add(String id, String textKey, String accessibleKey, java.util.function.Consumer<CaseDetail> action) {
        Button b = new Button(messages.get(textKey));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setAccessibleText(messages.get(accessibleKey));
        b.setOnAction(e -> {
            CaseDetail d = viewModel.detailProperty().get();
            if (d != null) {
                action.accept(d);
            }
        });
        b.disableProperty().bind(viewModel.detailProperty().isNull());
        box.getChildren().add(b);
    }
}
