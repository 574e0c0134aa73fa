package org.maracdesk.casework.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.casework.settings.LocalSettings;
import org.maracdesk.casework.settings.Settings;
import org.maracdesk.risk.Answer;
import org.maracdesk.risk.AnswerSheet;
import org.maracdesk.risk.Instrument;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.ItemAnswer;
import org.maracdesk.risk.ReferralContext;
import org.maracdesk.risk.ReferralRoute;
import org.maracdesk.risk.ResultJson;
import org.maracdesk.risk.RiskEngine;
import org.maracdesk.risk.RiskInputException;
import org.maracdesk.risk.RiskResult;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreProvider;

/**
 * A decided referral after the decision: viewed in full (whoever may list referrals, within
 * {@link CaseScope}; audited), its checklist answers and grounds corrected and the referral re-scored
 * (the coordinator, {@link Permission#DECIDE_REFERRALS}), and its decision reversed with a reason
 * ({@link DecisionReversal}). Each change is a line per field in the change history ({@code record_change},
 * record type {@code referral}) with old and new values and the reason; the audit trail has a digest.
 * People named on it are corrected through {@code PersonCorrectionService}.
 */
public final class ReferralRecordService {
    static final String RECORD = "referral";
    static final int REASON_MAX = 2000;
    private static final ResultJson RESULT_JSON = new ResultJson();
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final InstrumentRegistry instruments;
    private final Clock clock;
    private final RiskEngine engine = new RiskEngine();

    public ReferralRecordService(StoreProvider stores, CurrentUser users, AuditLog audit, InstrumentRegistry instruments, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.instruments = instruments;
        this.clock = clock;
    }

    /** What a correction of the checklist did: the result before and after, and which items changed. */
    public record Rescored(int oldScore, int newScore, String oldBand, String newBand, List<String> oldRoutes,
                           List<String> newRoutes, List<String> changedItems, boolean meetsCriteria) {
    }

    /** What a reversal did to the case: the case now holding the referral, and whether one was opened or closed. */
    public record Reversed(ReferralStatus from, ReferralStatus to, String caseReference, boolean caseOpened,
                           boolean caseClosed) {
    }

    /** The referral in full; reading it is audited (it shows the people's identities). */
    public ReferralRecord view(long referralId) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.IMPORT_REFERRALS);
        Store store = stores.store();
        return store.inTransaction(s -> {
            Referral r = decided(s, who, referralId);
            ReferralContent.Read read = ReferralContent.withoutContact(ReferralContent.of(s, r));
            List<ReferralRecord.Person> people = new ArrayList<>();
            if (r.getVictim() != null) {
                people.add(new ReferralRecord.Person(r.getVictim().getId(), null, name(read.form().victim())));
            }
            read.people().forEach(n -> people.add(new ReferralRecord.Person(n.personId(), n.role(),
                    name(n.as().person()))));
            MaracCase c = r.getMaracCase();
            audit.append(store, s, who.username(), AuditAction.VIEWED, RECORD, String.valueOf(referralId), null);
            return new ReferralRecord(r.getId(), r.getVersion(), r.getStatus(), r.getDecisionReason(),
                    c == null ? null : c.getId(), c == null ? null : c.getReference(), r.getRecordedBy(),
                    r.getRecordedAt(), r.getExternalReference(), read.form(), people, r.getScore(), r.getBand(),
                    routes(r.getRoutes()), r.isRepeat(), r.getLastListingDate(), explain(s, r, read.form().risk()),
                    ChangeHistory.of(s, CaseScope.of(s, who), RECORD, referralId));
        });
    }

    /**
     * Corrects checklist answers (item id → new answer; the source and comment given with it are kept) and,
     * when {@code policeIncidents} is not null, the police incidents in the last 12 months; then scores the
     * referral again with the same referral date and last listing. Each changed item, the incidents and the
     * result before and after are written to the change history with the reason. Without any change it only
     * re-scores (say, after the thresholds changed), which is recorded too. The decision stands: when the
     * referral no longer meets the criteria the result says so, and reversing it is a separate step.
     *
     * @param version the version the referral was viewed at
     * @throws IllegalArgumentException naming the item or value that is wrong; nothing was changed
     * @throws ConcurrentChangeException when someone else changed it meanwhile
     */
    public Rescored correctRisk(long referralId, int version, Map<String, Answer> answers, Integer policeIncidents,
                                String reason) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.DECIDE_REFERRALS);
        String why = reason(reason, "say why the checklist is corrected or scored again");
        if (policeIncidents != null && policeIncidents < 0) {
            throw new IllegalArgumentException("police incidents: cannot be negative");
        }
        Store store = stores.store();
        return store.inTransaction(s -> {
            Referral r = current(s, who, referralId, version);
            Instrument instrument = instruments.find(r.getInstrumentId()).orElseThrow(() ->
                    new IllegalArgumentException("the referral's checklist " + r.getInstrumentId()
                            + " is not installed; it cannot be scored again"));
            AnswerSheet before = AnswersJson.read(r.getInstrumentId(), r.getAnswers());
            Map<String, ItemAnswer> after = new LinkedHashMap<>(before.answers());
            ChangeHistory h = history(s, who, r);
            List<String> changed = new ArrayList<>();
            for (Map.Entry<String, Answer> e : answers.entrySet()) {
                if (instrument.item(e.getKey()).isEmpty()) {
                    throw new IllegalArgumentException(r.getInstrumentId() + " has no item " + e.getKey());
                }
                ItemAnswer old = before.answers().get(e.getKey());
                if (old != null && old.value() == e.getValue()) {
                    continue;
                }
                after.put(e.getKey(), old == null ? ItemAnswer.of(e.getValue())
                        : new ItemAnswer(e.getValue(), old.source(), old.comment(), old.selected()));
                h.field("answer " + e.getKey(), old == null ? null : old.value().jsonName(), e.getValue().jsonName(),
                        why);
                changed.add(e.getKey());
            }
            Integer incidents = policeIncidents != null ? policeIncidents : r.getPoliceIncidents();
            h.field("policeIncidents", r.getPoliceIncidents(), incidents, why);
            AnswerSheet sheet = new AnswerSheet(r.getInstrumentId(), after);
            LocalSettings inForce = Settings.current(s);
            RiskResult result = score(instrument, sheet, r, incidents, inForce.thresholds());
            Rescored out = new Rescored(r.getScore() == null ? 0 : r.getScore(), result.score(), r.getBand(),
                    result.band().orElse(null), routes(r.getRoutes()), routes(joined(result)), List.copyOf(changed),
                    result.meetsReferralCriteria());
            h.line("result", resultText(out.oldScore(), out.oldBand(), out.oldRoutes()),
                    resultText(out.newScore(), out.newBand(), out.newRoutes()), why);
            r.setChecklist(instrument.id(), instrument.version(), AnswersJson.write(sheet));
            r.setGrounds(incidents, r.getProfessionalJudgement());
            r.setResult(result.score(), result.band().orElse(null), joined(result));
            r.setResultExplanation(RESULT_JSON.render(result));
            h.field("settingsVersion", r.getSettingsVersion(), inForce.version(), why);
            r.scoredUnder(inForce.version());
            r.markRepeat(result.meets(ReferralRoute.REPEAT), r.getLastListingDate());
            s.flush();
            audit.append(store, s, who.username(), AuditAction.CHANGED, RECORD, String.valueOf(referralId),
                    AuditDigest.of(store, "rescored", String.valueOf(changed), String.valueOf(result.score()), why));
            return out;
        });
    }

    /**
     * Corrects the further §2.3 fields of a decided referral (decision 0046) with the reason: each field that
     * changed is a line in the change history with its old and new value; the audit trail has a digest. Without
     * any change nothing is written and the answer is 0. Frozen minutes keep what they printed.
     *
     * @param after the values as they should be (null: none at all)
     * @return how many fields changed
     * @throws IllegalArgumentException naming the field that is too long or the court date that is not a date;
     *                                  nothing was changed
     * @throws ConcurrentChangeException when someone else changed it meanwhile
     */
    public int correctCircumstances(long referralId, int version,
                                    org.maracdesk.casework.ReferralCircumstances after, String reason) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.DECIDE_REFERRALS);
        String why = reason(reason, "say why the referral's circumstances are corrected");
        CircumstancesRules.check(after);
        Store store = stores.store();
        return store.inTransaction(s -> {
            Referral r = current(s, who, referralId, version);
            org.maracdesk.casework.ReferralCircumstances before = r.getCircumstances();
            ChangeHistory h = history(s, who, r);
            java.util.Map<String, Object[]> fields = CircumstancesRules.pairs(before, after);
            int changed = 0;
            for (java.util.Map.Entry<String, Object[]> f : fields.entrySet()) {
                if (h.field(f.getKey(), f.getValue()[0], f.getValue()[1], why)) {
                    changed++;
                }
            }
            if (changed == 0) {
                return 0;
            }
            r.setCircumstances(after);
            s.flush();
            audit.append(store, s, who.username(), AuditAction.CHANGED, RECORD, String.valueOf(referralId),
                    AuditDigest.of(store, "circumstances", String.valueOf(changed), why));
            return changed;
        });
    }

    /**
     * Reverses the decision (accepted, Idva only, declined: any to any other) with the reason. See
     * {@link DecisionReversal} for what happens to the case.
     *
     * @throws IllegalStateException naming the meeting when the case is listed for this referral
     */
    public Reversed reverse(long referralId, int version, ReferralStatus to, String reason) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.DECIDE_REFERRALS);
        String why = reason(reason, "say why the decision is reversed");
        if (to == null || to == ReferralStatus.DRAFT) {
            throw new IllegalArgumentException("reverse to accepted, Idva only or declined");
        }
        Store store = stores.store();
        return store.inTransaction(s -> {
            Referral r = current(s, who, referralId, version);
            if (r.getStatus() == to) {
                throw new IllegalArgumentException("the referral is already " + to.name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' '));
            }
            Reversed done = new DecisionReversal(s, audit, store, who, clock).reverse(r, to, why, history(s, who, r));
            s.flush();
            audit.append(store, s, who.username(), AuditAction.CHANGED, RECORD, String.valueOf(referralId),
                    AuditDigest.of(store, done.from().name(), to.name(), done.caseReference(), why));
            return done;
        });
    }

    private ChangeHistory history(Session s, AccountInfo who, Referral r) {
        return new ChangeHistory(s, RECORD, r.getId(), r.getMaracCase() == null ? null : r.getMaracCase().getId(),
                who.username(), clock.instant());
    }

    private RiskResult score(Instrument instrument, AnswerSheet sheet, Referral r, Integer incidents,
                             org.maracdesk.risk.RiskThresholds thresholds) {
        try {
            return engine.score(instrument, sheet, new ReferralContext(r.getReferralDate(), incidents,
                    r.getLastListingDate(), r.getProfessionalJudgement()), thresholds);
        } catch (RiskInputException e) {
            throw new IllegalArgumentException("the answers cannot be scored: " + e.getMessage());
        }
    }

    /** The explanation under the settings now in force (a referral re-scored records the version it used). */
    private RiskResult explain(Session s, Referral r, RiskInput risk) {
        org.maracdesk.risk.RiskThresholds thresholds = Settings.current(s).thresholds();
        return instruments.find(r.getInstrumentId()).map(i -> {
            try {
                return engine.score(i, risk.answers(), new ReferralContext(r.getReferralDate(),
                        risk.policeIncidentsLast12Months(), r.getLastListingDate(), risk.professionalJudgement()),
                        thresholds);
            } catch (RiskInputException | IllegalArgumentException e) {
                return null;
            }
        }).orElse(null);
    }

    /** The referral, decided and within scope, at the version the caller read. */
    private static Referral current(Session s, AccountInfo who, long id, int version) {
        Referral r = decided(s, who, id);
        if (r.getVersion() != version) {
            List<ChangeHistory.Line> lines = ChangeHistory.of(s, CaseScope.of(s, who), RECORD, id);
            ChangeHistory.Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            throw new ConcurrentChangeException(last == null ? null : last.by(), last == null ? null : last.at(), null);
        }
        return r;
    }

    static Referral decided(Session s, AccountInfo who, long id) {
        Referral r = s.get(Referral.class, id);
        if (r == null || r.getStatus() == ReferralStatus.DRAFT) {
            throw new IllegalArgumentException("there is no decided referral " + id);
        }
        if (r.getMaracCase() != null && !CaseScope.of(s, who).includes(r.getMaracCase().getId())) {
            throw new NotPermittedException(who.role(), Permission.VIEW_ALL_CASES);
        }
        return r;
    }

    private static String joined(RiskResult result) {
        return result.routes().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static List<String> routes(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(","));
    }

    private static String resultText(int score, String band, List<String> routes) {
        return "score " + score + (band == null ? "" : ", band " + band)
                + (routes.isEmpty() ? ", no route met" : ", routes " + String.join(" ", routes));
    }

    private static String name(PersonDetails p) {
        return p == null ? "" : ((p.givenName() == null ? "" : p.givenName()) + " "
                + (p.familyName() == null ? "" : p.familyName())).strip();
    }

    static String reason(String reason, String missing) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            throw new IllegalArgumentException("reason: " + missing);
        }
        if (why.length() > REASON_MAX) {
            throw new IllegalArgumentException("reason: at most " + REASON_MAX + " characters");
        }
        return why;
    }
}
