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

    public ReferralsArea(ViewLoader views, Messages messages, ReferralDraftService drafts, TaskExecutor executor,
                         ErrorHandler errors, Supplier<ReferralFormViewModel> forms) {
        this.views = views;
        this.messages = messages;
        this.forms = forms;
        this.list = new ReferralListViewModel(drafts, executor, errors, messages);
        showList();
    }

    public Parent root() {
        return root;
    }

    private void showList() {
        root.getChildren().setAll(views.load(Fxml.REFERRAL_LIST_VIEW,
                new ReferralListView(list, messages, () -> showForm(null), this::showForm).viewingDecided(row -> {
                    if (records != null) {
                        records.get().show(root.getScene().getWindow(), row.id());
                        list.load();
                    }
                })));
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
        list.noticeProperty().set(notice(d));
        showList();
    }

    private String notice(Decision d) {
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
