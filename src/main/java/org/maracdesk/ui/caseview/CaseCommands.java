package org.maracdesk.ui.caseview;

import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.maracdesk.casework.CaseDetail;
import org.maracdesk.security.Permission;
import org.maracdesk.ui.common.Messages;

/**
 * The hub's commands beside Close case, each with its own mnemonic and shown only to those it is for (the
 * services check again): export the case's Idva summary, or the Chair's letter to the victim, through the export
 * dialog.
 */
final class CaseCommands {
    private final CaseHub hub;
    private final CaseDetailViewModel viewModel;
    private final HBox box;
    private final Messages messages;

    private final javafx.scene.control.Label outcome;
    /** What the last command did, in words, under the commands ("" before any). */
    private final javafx.beans.property.StringProperty said = new javafx.beans.property.SimpleStringProperty("");
    /** The whole case screen, which a new referral's form takes the place of until it is left. */
    private final javafx.scene.Node page;

    CaseCommands(CaseHub hub, CaseDetailViewModel viewModel, HBox box, javafx.scene.control.Label outcome,
                 javafx.scene.Node page) {
        this.page = page;
        this.outcome = outcome;
        this.hub = hub;
        this.viewModel = viewModel;
        this.box = box;
        this.messages = hub.messages();
    }

    void install() {
        outcome.textProperty().bind(said);
        outcome.managedProperty().bind(said.isNotEmpty());
        if (hub.services().repeatReferrals() != null && hub.services().referralForms() != null
                && hub.allows(Permission.IMPORT_REFERRALS)) {
            add("newReferralButton", "hub.command.newReferral", "hub.command.newReferral.accessible", this::newReferral);
        }
        if (hub.services().exportCaseSummary() != null && hub.allows(Permission.EXPORT_IDVA_SUMMARY)) {
            add("exportSummaryButton", "hub.command.export", "hub.command.export.accessible",
                    d -> hub.services().exportCaseSummary().accept(d.reference()));
        }
        if (hub.services().exportVictimLetter() != null && hub.allows(Permission.EXPORT_IDVA_SUMMARY)) {
            add("victimLetterButton", "hub.command.letter", "hub.command.letter.accessible",
                    d -> hub.services().exportVictimLetter().accept(d.reference()));
        }
        if (hub.services().merges() != null && hub.allows(Permission.DECIDE_REFERRALS)) {
            CaseMergeViewModel merging = new CaseMergeViewModel(hub.services().merges(), hub.executor(), hub.errors(),
                    messages);
            merging.outcomeProperty().addListener((o, was, now) -> said.set(now));
            if (outcome.getParent() instanceof javafx.scene.layout.Pane holder) {
                holder.getChildren().add(holder.getChildren().indexOf(outcome) + 1,
                        org.maracdesk.ui.common.LostRaceBar.of(merging.race(), messages));
            }
            add("mergeButton", "hub.command.merge", "hub.command.merge.accessible", d -> merge(merging, d));
        }
    }

    /**
     * The referral form in place of the case screen, with the case's people filled in and linked (read in the
     * background through the scope); leaving it shows the case again, after a decision read anew and saying
     * what the decision did.
     */
    private void newReferral(CaseDetail d) {
        said.set("");
        hub.executor().execute(() -> hub.services().repeatReferrals().forCase(d.id()), started -> {
            if (!(page.getParent() instanceof javafx.scene.layout.Pane holder)) {
                return;
            }
            javafx.scene.Parent[] form = new javafx.scene.Parent[1];
            Runnable back = () -> {
                int at = holder.getChildren().indexOf(form[0]);
                if (at >= 0) {
                    holder.getChildren().set(at, page);
                }
                javafx.scene.Node button = box.lookup("#newReferralButton");
                if (button != null) {
                    button.requestFocus();
                }
            };
            form[0] = hub.services().referralForms().open(started, back, notice -> {
                back.run();
                said.set(notice);
                hub.reload();
            });
            holder.getChildren().set(holder.getChildren().indexOf(page), form[0]);
        }, hub.errors()::report);
    }

    /**
     * The flagged pairs with a person of this case: none is said under the commands, one is compared at once,
     * several are offered in a chooser first; the chosen pair is compared in the people screen's merge dialog.
     */
    private void merge(CaseMergeViewModel merging, CaseDetail d) {
        java.util.List<Long> people = new java.util.ArrayList<>(java.util.List.of(d.victim().id()));
        d.perpetrators().forEach(p -> people.add(p.id()));
        d.children().forEach(p -> people.add(p.id()));
        merging.pairsWith(people, pairs -> {
            java.util.Optional<org.maracdesk.casework.people.DuplicatePair> chosen = pairs.size() == 1
                    ? java.util.Optional.of(pairs.get(0)) : pairs.isEmpty() ? java.util.Optional.empty()
                    : new MergePairChooser(messages).choose(box.getScene().getWindow(), pairs);
            chosen.ifPresent(pair -> merging.compare(pair, c -> askMerge(merging, c, null, "")));
        });
    }

    /** The merge dialog; {@code chosen} and {@code reason} put back what was chosen before a lost race. */
    private void askMerge(CaseMergeViewModel merging, org.maracdesk.casework.people.MergeComparison c,
                          java.util.Set<org.maracdesk.casework.people.MergeField> chosen, String reason) {
        new org.maracdesk.ui.people.MergeDialog(messages).ask(box.getScene().getWindow(), c, chosen, reason)
                .ifPresent(request -> merging.merge(request, hub::reload,
                        (newest, mine) -> askMerge(merging, newest, mine.fromMerged(), mine.reason())));
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
