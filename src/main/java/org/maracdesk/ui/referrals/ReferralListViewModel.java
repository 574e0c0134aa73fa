package org.maracdesk.ui.referrals;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.intake.ReferralDraft;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.intake.ReferralDraftService;
import org.maracdesk.casework.intake.ReferralRow;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/** Drafts and recent referrals, loaded in the background; opening a draft reads it in the background too. */
public final class ReferralListViewModel {
    static final int RECENT = 50;
    private final ReferralDraftService drafts;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<ReferralRow> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();

    public ReferralListViewModel(ReferralDraftService drafts, TaskExecutor executor, ErrorHandler errors,
                                 Messages messages) {
        this.drafts = drafts;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    public void load() {
        load(() -> { });
    }

    /** Loads the list again and then runs {@code after} on the screen's thread (live refresh, decision 0050). */
    public void load(Runnable after) {
        loading.set(true);
        status.set(messages.get("referral.list.loading"));
        executor.execute(() -> new Loaded(drafts.list(RECENT), drafts.decidedCount()), loaded -> {
            List<ReferralRow> found = loaded.rows();
            rows.setAll(found);
            loading.set(false);
            long drafted = found.stream().filter(r -> r.status() == ReferralStatus.DRAFT).count();
            long decided = found.size() - drafted;
            status.set(decided < loaded.decided()
                    ? messages.format("referral.list.countLatest", drafted, decided, loaded.decided())
                    : messages.format("referral.list.count", found.stream().filter(ReferralRow::editable).count(),
                    found.size() - found.stream().filter(ReferralRow::editable).count()));
            after.run();
        }, failure -> {
            loading.set(false);
            status.set("");
            errors.report(failure);
        });
    }

    private record Loaded(List<ReferralRow> rows, long decided) {
    }

    /** Reads the draft in the background and hands it over; rows that are not screen drafts do nothing. */
    public void open(ReferralRow row, java.util.function.Consumer<ReferralDraft> show) {
        if (row == null || !row.editable()) {
            return;
        }
        executor.execute(() -> drafts.open(row.id()), show, errors::report);
    }

    /** Deletes a draft that was never decided, then reloads the list and says so. */
    public void delete(ReferralRow row) {
        executor.execute(() -> {
            drafts.deleteDraft(row.id());
            return null;
        }, done -> {
            notice.set(messages.get("referral.delete.done"));
            load();
        }, failure -> {
            if (failure instanceof org.maracdesk.casework.intake.StaleDraftException) {
                notice.set(org.maracdesk.ui.common.LostRace.explain(messages, failure, "lostrace.record.referral",
                        "referral.delete.stale", java.time.ZoneId.systemDefault()));
                load();
            } else {
                errors.report(failure);
            }
        });
    }

    public ObservableList<ReferralRow> rows() {
        return rows;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** What the last decision did, shown above the list. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
