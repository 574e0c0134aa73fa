package org.maracdesk.ui.referrals;

import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.maracdesk.casework.PersonCorrectionService;
import org.maracdesk.casework.PersonDetailsLine;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.intake.ReferralRecord;
import org.maracdesk.casework.intake.ReferralRecordService;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.risk.Answer;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * A decided referral shown in full (read only), and the coordinator's corrections of it: a person named on it,
 * the checklist (re-scored), the decision reversed. Everything runs in the background; a refusal the service
 * explains (listed on a meeting, changed meanwhile, a missing reason) is shown above the record, and the record
 * is read again after each change so its history shows the change.
 */
public final class ReferralRecordViewModel {
    private final ReferralRecordService records;
    private final PersonCorrectionService people;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final boolean corrects;
    private final ObjectProperty<ReferralRecord> record = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final org.maracdesk.ui.common.LostRaceChoice race = new org.maracdesk.ui.common.LostRaceChoice();

    /** @param corrects whether the account may correct and reverse (the coordinator); others only read */
    public ReferralRecordViewModel(ReferralRecordService records, PersonCorrectionService people, TaskExecutor executor,
                                   ErrorHandler errors, Messages messages, boolean corrects) {
        this.records = records;
        this.people = people;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.corrects = corrects;
    }

    public void load(long referralId) {
        load(referralId, r -> { });
    }

    /** Reads the record again, then hands the newest version to {@code then} (re-applying a change). */
    private void load(long referralId, Consumer<ReferralRecord> then) {
        race.clear();
        busy.set(true);
        executor.execute(() -> records.view(referralId), r -> {
            busy.set(false);
            record.set(r);
            then.accept(r);
        }, this::failed);
    }

    /** Reverses the decision; says what happened to the case, or why it was refused. */
    public void reverse(ReferralStatus to, String reason, Consumer<ReferralRecord> reapply) {
        ReferralRecord r = record.get();
        run(reapply, () -> records.reverse(r.id(), r.version(), to, reason), done -> messages.format(
                done.caseClosed() ? "referral.record.reversedClosed" : done.caseOpened()
                        ? "referral.record.reversedOpened" : "referral.record.reversed",
                statusName(done.from()), statusName(done.to()), done.caseReference() == null ? "" : done.caseReference()));
    }

    /** Corrects answers (item → answer) and the police incidents (null: unchanged), then re-scores. */
    public void rescore(Map<String, Answer> answers, Integer incidents, String reason,
                        Consumer<ReferralRecord> reapply) {
        ReferralRecord r = record.get();
        run(reapply, () -> records.correctRisk(r.id(), r.version(), answers, incidents, reason), done -> messages.format(
                done.meetsCriteria() ? "referral.record.rescored" : "referral.record.rescoredBelow",
                done.oldScore(), done.newScore(), done.changedItems().isEmpty() ? "–"
                        : String.join(", ", done.changedItems())));
    }

    /** Corrects the further §2.3 fields (decision 0046); says how many changed. */
    public void correctCircumstances(org.maracdesk.casework.ReferralCircumstances after, String reason,
                                     Consumer<ReferralRecord> reapply) {
        ReferralRecord r = record.get();
        run(reapply, () -> records.correctCircumstances(r.id(), r.version(), after, reason), changed -> changed == 0
                ? messages.get("circumstances.correct.unchanged") : messages.format("circumstances.correct.done", changed));
    }

    /** Reads the person as the correction dialog starts from (audited), then hands it over. */
    public void person(long personId, Consumer<PersonDetailsLine> show) {
        ReferralRecord r = record.get();
        executor.execute(() -> people.personOnReferral(r.id(), personId), show, this::failed);
    }

    /**
     * Corrects a person; after a lost race, Re-apply reads the person again and hands {@code reopen} the newest
     * details with the fields changed from {@code from} put back, and the reason, to show the dialog again.
     */
    public void correctPerson(PersonDetailsLine from, PersonDetailsLine after, String reason, PersonReopen reopen) {
        ReferralRecord r = record.get();
        run(newest -> person(after.personId(), line -> reopen.show(line,
                        org.maracdesk.ui.common.Reapply.onTop(from, after, line), reason)),
                () -> people.correctOnReferral(r.id(), after, reason), done -> messages.get("referral.record.personSaved"),
                "lostrace.record.person");
    }

    /** Shows the person dialog again: {@code base} the newest details, {@code shown} with the user's change on top. */
    @FunctionalInterface
    public interface PersonReopen {
        void show(PersonDetailsLine base, PersonDetailsLine shown, String reason);
    }

    /**
     * Runs a correction, then reads the record again. When it lost the race, the record is left as shown and the
     * choice is offered (decision 0051): Reload, or Re-apply ({@code reapply} gets the newest record and shows the
     * correction again with the user's change on top; nothing is saved until they confirm it again).
     */
    private <T> void run(Consumer<ReferralRecord> reapply, org.maracdesk.ui.common.BackgroundWork<T> work,
                         java.util.function.Function<T, String> said) {
        run(reapply, work, said, "lostrace.record.referral");
    }

    private <T> void run(Consumer<ReferralRecord> reapply, org.maracdesk.ui.common.BackgroundWork<T> work,
                         java.util.function.Function<T, String> said, String recordKey) {
        busy.set(true);
        problem.set("");
        notice.set("");
        long id = record.get().id();
        executor.execute(work, done -> {
            notice.set(said.apply(done));
            load(id);
        }, t -> {
            if (t instanceof ConcurrentChangeException && reapply != null) {
                busy.set(false);
                race.offer(org.maracdesk.ui.common.LostRace.explain(messages, t, recordKey,
                        "referral.record.lost", java.time.ZoneId.systemDefault()), () -> load(id),
                        () -> load(id, reapply));
            } else {
                failed(t);
            }
        });
    }

    /** Reload or re-apply, offered after a correction lost the race. */
    public org.maracdesk.ui.common.LostRaceChoice race() {
        return race;
    }

    private void failed(Throwable t) {
        busy.set(false);
        if (t instanceof ConcurrentChangeException) {
            problem.set(org.maracdesk.ui.common.LostRace.explain(messages, t, "lostrace.record.referral",
                    "referral.record.stale", java.time.ZoneId.systemDefault()));
            load(record.get().id());
        } else if (t instanceof IllegalArgumentException || t instanceof IllegalStateException
                || t instanceof NotPermittedException) {
            problem.set(messages.format("referral.record.refused", t.getMessage()));
        } else {
            errors.report(t);
        }
    }

    String statusName(ReferralStatus s) {
        return new ReferralText(messages).status(s);
    }

    public boolean corrects() {
        return corrects;
    }

    public ObjectProperty<ReferralRecord> recordProperty() {
        return record;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
