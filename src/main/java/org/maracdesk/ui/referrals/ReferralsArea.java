package org.maracdesk.ui.referrals;

import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.intake.Decision;
import org.maracdesk.casework.intake.ReferralDraft;
import org.maracdesk.casework.intake.ReferralDraftService;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Fxml;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;
import org.maracdesk.ui.common.ViewLoader;

/** The Referrals area: the list, and the form it opens; after a decision, back to the list saying what happened. */
public final class ReferralsArea {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final StackPane root = new StackPane();
    private final ViewLoader views;
    private final Messages messages;
    private final ReferralListViewModel list;
    private final Supplier<ReferralFormViewModel> forms;
    private Supplier<ReferralRecordDialog> records;
    private java.util.function.Function<java.util.function.Consumer<String>, ReferralImportViewModel> imports;
    private ReferralListView listView;
    private org.maracdesk.ui.common.LiveRefresh live = org.maracdesk.ui.common.LiveRefresh.none();

    public ReferralsArea(ViewLoader views, Messages messages, ReferralDraftService drafts, TaskExecutor executor,
                         ErrorHandler errors, Supplier<ReferralFormViewModel> forms) {
        this.views = views;
        this.messages = messages;
        this.forms = forms;
        this.list = new ReferralListViewModel(drafts, executor, errors, messages);
        showList();
    }

    /** Other desks' referral changes reload the open list on a shared server (decision 0050). */
    public ReferralsArea following(org.maracdesk.ui.common.LiveRefresh changes) {
        this.live = changes;
        if (listView != null && !root.getChildren().isEmpty()) {
            ReferralListView shown = listView;
            live.whileShown(root.getChildren().get(0), java.util.Set.of(org.maracdesk.casework.live.ChangeKind.CASES),
                    shown::refreshLive);
        }
        return this;
    }

    public Parent root() {
        return root;
    }

    private void showList() {
        listView = new ReferralListView(list, messages, () -> showForm(null), this::showForm).viewingDecided(row -> {
            if (records != null) {
                records.get().show(root.getScene().getWindow(), row.id());
                list.load();
            }
        });
        Parent shownList = views.load(Fxml.REFERRAL_LIST_VIEW, listView);
        live.whileShown(shownList, java.util.Set.of(org.maracdesk.casework.live.ChangeKind.CASES),
                listView::refreshLive);
        root.getChildren().setAll(shownList);
        if (imports != null) {
            listView.importing(this::openImport);
        }
    }

    /**
     * Importing referrals from a file (issue 18): "Import referrals…" and a file dropped on the list.
     * {@code imports} makes the import window's model, given what to do with the summary after an import.
     */
    public ReferralsArea withImports(
            java.util.function.Function<java.util.function.Consumer<String>, ReferralImportViewModel> imports) {
        this.imports = imports;
        if (imports != null && listView != null) {
            listView.importing(this::openImport);
        }
        return this;
    }

    private void openImport(java.nio.file.Path file) {
        ReferralImportViewModel vm = imports.apply(summary -> {
            list.noticeProperty().set(summary);
            list.load();
        });
        new ReferralImportDialog(vm, messages).show(root.getScene().getWindow(), file);
    }

    /** Decided referrals open in full in this dialog (a new one each time). */
    public ReferralsArea withRecords(Supplier<ReferralRecordDialog> records) {
        this.records = records;
        return this;
    }

    private void showForm(ReferralDraft draft) {
        ReferralFormViewModel vm = forms.get();
        if (draft != null) {
            vm.load(draft);
        }
        root.getChildren().setAll(views.load(Fxml.REFERRAL_FORM_VIEW, new ReferralFormView(vm, messages, () -> {
            list.noticeProperty().set("");
            showList();
        }, this::decided)));
    }

    private void decided(Decision d) {
        list.noticeProperty().set(notice(messages, d));
        showList();
    }

    /** What a decision did, in words (the list's notice; the case hub's after a new referral for its victim). */
    static String notice(Messages messages, Decision d) {
        String settings = messages.format("referral.done.settings", String.valueOf(d.settingsVersion()));
        if (d.status() != ReferralStatus.ACCEPTED) {
            return messages.get(d.status() == ReferralStatus.IDVA_ONLY ? "referral.done.idvaOnly" : "referral.done.declined")
                    + settings;
        }
        String repeat = d.repeat() ? messages.format("referral.done.repeat", DATE.format(d.lastListing())) : "";
        return messages.format(d.newCase() ? "referral.done.newCase" : "referral.done.joined", d.caseReference(), repeat)
                + settings;
    }
}
