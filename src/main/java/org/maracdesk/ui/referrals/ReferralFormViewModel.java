package org.maracdesk.ui.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.intake.Decision;
import org.maracdesk.casework.intake.DuplicateEntryException;
import org.maracdesk.casework.intake.FieldProblem;
import org.maracdesk.casework.intake.IntakeRejectedException;
import org.maracdesk.casework.intake.PersonSuggestion;
import org.maracdesk.casework.intake.ReferralDecisionService;
import org.maracdesk.casework.intake.ReferralDraft;
import org.maracdesk.casework.intake.ReferralDraftService;
import org.maracdesk.casework.intake.StaleDraftException;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.ReferralContext;
import org.maracdesk.risk.RiskEngine;
import org.maracdesk.risk.RiskInputException;
import org.maracdesk.risk.RiskResult;
import org.maracdesk.casework.settings.LocalSettings;
import org.maracdesk.casework.settings.LocalSettingsService;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The referral form (MARAC.md §2.3): every field group, the checklist scored live as answers
 * change, likely matches for the victim and perpetrators, the must-not-receive list, saving as a
 * draft at any point, and the decision. Scoring is pure Java and instant; every store access runs
 * on the task executor.
 */
public final class ReferralFormViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    final ObjectProperty<LocalDate> referralDate = new SimpleObjectProperty<>();
    final ReferrerFields referrer = new ReferrerFields();
    final PersonFields victim = new PersonFields();
    final VictimDetailsFields victimDetails = new VictimDetailsFields();
    final ObservableList<PersonFields> perpetrators = FXCollections.observableArrayList();
    final ObservableList<PersonFields> children = FXCollections.observableArrayList();
    final ObservableList<PersonFields> othersAtRisk = FXCollections.observableArrayList();
    final GroundsFields grounds = new GroundsFields();
    final VoiceFields voice = new VoiceFields();
    final HistoryFields history = new HistoryFields();
    final CircumstancesFields circumstances = new CircumstancesFields();
    final SharingFields sharing;

    final ObjectProperty<ReferralStatus> decision = new SimpleObjectProperty<>();
    final StringProperty decisionReason = new SimpleStringProperty("");
    final ObservableList<String> decisionProblems = FXCollections.observableArrayList();

    private final ObjectProperty<RiskResult> result = new SimpleObjectProperty<>();
    private final StringProperty resultProblem = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> lastListing = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final ReferralDraftService drafts;
    private final ReferralDecisionService decisions;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObjectProperty<LocalSettings> settings = new SimpleObjectProperty<>(LocalSettings.defaults());
    private final Clock clock;
    private final RiskEngine engine = new RiskEngine();
    private final ChecklistModel checklist;
    private final Runnable listAccepted;
    private Long draftId;
    private Integer draftVersion;
    /** The draft as the form last showed it loaded or saved: what "my change" is measured from (decision 0051). */
    private ReferralDraft baseline;
    private final org.maracdesk.ui.common.LostRaceChoice race = new org.maracdesk.ui.common.LostRaceChoice();

    public ReferralFormViewModel(ReferralDraftService drafts, ReferralDecisionService decisions, TaskExecutor executor,
                                 ErrorHandler errors, Messages messages, InstrumentRegistry instruments,
                                 LocalSettingsService localSettings, Clock clock, Runnable listAccepted) {
        this.listAccepted = listAccepted;
        this.drafts = drafts;
        this.decisions = decisions;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.clock = clock;
        this.sharing = new SharingFields(messages);
        referralDate.set(LocalDate.now(clock));
        for (Observable o : List.of(referralDate, grounds.policeIncidents, grounds.professionalJudgementChosen,
                grounds.professionalJudgement, lastListing)) {
            o.addListener(x -> rescore());
        }
        perpetrators.addListener((ListChangeListener<PersonFields>) c -> refreshLastListing());
        this.checklist = new ChecklistModel(instruments, this::rescore);
        perpetrators.add(new PersonFields());
        victim.link.addListener(x -> refreshLastListing());
        settings.addListener(x -> {
            checklist.useOnly(settings.get().inUse(instruments));
            rescore();
        });
        rescore();
        executor.execute(localSettings::current, settings::set, errors::report);
    }

    // --- scoring -------------------------------------------------------------------------

    private void rescore() {
        if (checklist == null) {
            return;
        }
        try {
            LocalDate date = referralDate.get() == null ? LocalDate.now(clock) : referralDate.get();
            LocalDate listed = lastListing.get() != null && !lastListing.get().isAfter(date) ? lastListing.get() : null;
            result.set(engine.score(checklist.instrumentProperty().get(), checklist.sheet(),
                    new ReferralContext(date, grounds.incidents(), listed, grounds.judgement()), settings.get().thresholds()));
            resultProblem.set("");
        } catch (RiskInputException e) {
            result.set(null);
            resultProblem.set(messages.get("referral.result.cannotScore"));
        }
    }

    /** True when professional judgement is chosen below the threshold without the written reason it needs. */
    public boolean judgementReasonMissing() {
        RiskResult r = result.get();
        boolean below = r == null || r.score() < threshold();
        return grounds.professionalJudgementChosen.get() && below && Forms.blank(grounds.professionalJudgement.get());
    }

    public int threshold() {
        return settings.get().thresholds().visibleHighRisk();
    }

    /** The local settings the live result is scored under (version 0, the defaults, until they are read). */
    public ObjectProperty<LocalSettings> settingsProperty() {
        return settings;
    }

    /** Today by the injected clock, for the form's date checks. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- people ----------------------------------------------------------------------------

    public void addPerpetrator() {
        perpetrators.add(new PersonFields());
    }

    public void addChild() {
        children.add(new PersonFields());
    }

    public void addOtherAtRisk() {
        othersAtRisk.add(new PersonFields());
    }

    /** Looks for likely matches of what has been typed for this person, in the background. */
    public void requestSuggestions(PersonFields person) {
        if (Forms.blank(person.givenName.get()) && Forms.blank(person.familyName.get())) {
            person.suggestions.clear();
            return;
        }
        var typed = person.details();
        executor.execute(() -> drafts.suggest(typed), found -> {
            if (typed.equals(person.details())) {
                person.suggestions.setAll(found);
            }
        }, errors::report);
    }

    /** Links (or with null unlinks) the person to an existing one; the repeat route follows. */
    public void link(PersonFields person, PersonSuggestion existing) {
        person.link.set(existing);
        refreshLastListing();
    }

    private void refreshLastListing() {
        Long victimId = victim.link.get() == null ? null : victim.link.get().personId();
        List<Long> linked = perpetrators.stream().filter(p -> p.link.get() != null)
                .map(p -> p.link.get().personId()).toList();
        if (victimId == null || linked.isEmpty()) {
            lastListing.set(null);
            return;
        }
        LocalDate date = referralDate.get() == null ? LocalDate.now(clock) : referralDate.get();
        executor.execute(() -> drafts.lastListing(victimId, linked, date), lastListing::set, errors::report);
    }

    // --- drafts and decisions ----------------------------------------------------------------

    public void load(ReferralDraft draft) {
        race.clear();
        draftId = draft.id();
        draftVersion = draft.version();
        FormMapping.load(this, draft);
        baseline = draft();
        rescore();
        refreshLastListing();
    }

    /**
     * A new referral begun from a case (issue 14, "New referral for this victim"): the case's people, each linked
     * to the stored person, so the last referral of the pair shows at once and the decision joins the case.
     */
    public void startWithPeople(ReferralDraft begun) {
        FormMapping.loadPeople(this, begun);
        if (begun.form().referralDate() != null) {
            referralDate.set(begun.form().referralDate());
        }
        rescore();
        refreshLastListing();
    }

    ReferralDraft draft() {
        return FormMapping.draft(this, draftId, draftVersion);
    }

    public void save() {
        save(() -> status.set(messages.format("referral.saved", LocalTime.now(clock).format(TIME))));
    }

    private void save(Runnable then) {
        if (busy.get() || race.offeredProperty().get()) {
            return;
        }
        busy.set(true);
        ReferralDraft draft = draft();
        executor.execute(() -> drafts.save(draft), saved -> {
            busy.set(false);
            draftId = saved.id();
            draftVersion = saved.version();
            baseline = draft;
            then.run();
        }, this::failed);
    }

    /** Saves, then records the decision; problems that stop it are listed in {@link #decisionProblems}. */
    public void decide(Consumer<Decision> decided) {
        decisionProblems.clear();
        if (decision.get() == null) {
            decisionProblems.add(messages.get("referral.decision.choose"));
            return;
        }
        ReferralStatus chosen = decision.get();
        String reason = decisionReason.get();
        save(() -> {
            busy.set(true);
            long id = draftId;
            int version = draftVersion;
            executor.execute(() -> {
                Decision made = decisions.decide(id, version, chosen, reason);
                if (made.status() == ReferralStatus.ACCEPTED) {
                    listAccepted.run();
                }
                return made;
            }, done -> {
                busy.set(false);
                decided.accept(done);
            }, this::failed);
        });
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof IntakeRejectedException rejected) {
            Map<String, String> labels = new HashMap<>(FieldLabels.labels(messages));
            for (FieldProblem p : rejected.problems()) {
                decisionProblems.add(messages.format("referral.decision.problem", FieldLabels.label(labels, p.field()),
                        p.reason()));
            }
            status.set(messages.get("referral.decision.incomplete"));
        } else if (failure instanceof StaleDraftException stale && stale.changedBy() != null && draftId != null) {
            // Another desk saved the draft meanwhile (decision 0051): what was typed stays in the form, and
            // Reload or Re-apply is offered; nothing is saved until the user saves again.
            status.set("");
            ReferralDraft mine = draft();
            race.offer(org.maracdesk.ui.common.LostRace.explain(messages, failure, "lostrace.record.referral",
                    "referral.stale.choice", java.time.ZoneId.systemDefault()), () -> reopen(null),
                    () -> reopen(mine));
        } else if (failure instanceof StaleDraftException) {
            // Decided or deleted meanwhile: nothing to re-apply onto; what was typed stays in the form.
            status.set(messages.get("referral.stale"));
        } else if (failure instanceof DuplicateEntryException) {
            sharing.problem.set(messages.get("referral.mnr.duplicate"));
        } else {
            errors.report(failure);
        }
    }

    /**
     * Reads the draft again at its newest and shows it; with {@code mine}, the fields the user changed from the
     * version they started from are put back on top ({@link ReferralReapply}), to check and save again.
     */
    private void reopen(ReferralDraft mine) {
        long id = draftId;
        ReferralDraft from = baseline;
        busy.set(true);
        executor.execute(() -> drafts.open(id), newest -> {
            busy.set(false);
            load(newest);
            if (mine != null) {
                FormMapping.load(this, ReferralReapply.onTop(from, mine, newest));
                rescore();
                refreshLastListing();
                status.set(messages.get("referral.reapplied"));
            } else {
                status.set(messages.get("referral.reloaded"));
            }
        }, this::failed);
    }

    /** Reload or Re-apply, offered after a save or decision lost the race to another desk. */
    public org.maracdesk.ui.common.LostRaceChoice race() {
        return race;
    }

    // --- for the view ------------------------------------------------------------------------

    public ChecklistModel checklist() {
        return checklist;
    }

    public ObjectProperty<RiskResult> resultProperty() {
        return result;
    }

    public StringProperty resultProblemProperty() {
        return resultProblem;
    }

    public ObjectProperty<LocalDate> lastListingProperty() {
        return lastListing;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public boolean isNew() {
        return draftId == null;
    }
}
