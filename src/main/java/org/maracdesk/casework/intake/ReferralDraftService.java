package org.maracdesk.casework.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.maracdesk.casework.NameKeyIndex;
import org.maracdesk.casework.PersonMatcher;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.matching.PersonMatch;
import org.maracdesk.casework.matching.PersonQuery;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.ReferralContext;
import org.maracdesk.risk.RiskEngine;
import org.maracdesk.risk.RiskInputException;
import org.maracdesk.risk.RiskResult;
import org.maracdesk.casework.settings.LocalSettings;
import org.maracdesk.casework.settings.Settings;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/**
 * Referrals typed on screen: drafts saved with whatever has been entered (nothing is required
 * yet) and reopened later, the list of drafts and recent referrals, and the look-ups the form
 * makes as it is filled in (likely matches for a person, the pair's last listing). Every save is
 * in the audit trail as a digest.
 */
public final class ReferralDraftService {
    static final int SUGGESTIONS = 5;

    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final InstrumentRegistry instruments;
    private final Clock clock;
    private final RiskEngine engine = new RiskEngine();
    private final NameKeyIndex index = new NameKeyIndex();
    private final PersonMatcher matcher = new PersonMatcher();

    public ReferralDraftService(StoreProvider stores, CurrentUser users, AuditLog audit, InstrumentRegistry instruments,
                                Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.instruments = instruments;
        this.clock = clock;
    }

    /** @throws StaleDraftException when the draft was saved or decided elsewhere since it was opened */
    public SavedDraft save(ReferralDraft draft) {
        String actor = permitted(Permission.IMPORT_REFERRALS);
        NewReferral form = draft.form();
        String json = DraftJson.write(form, draft.links());
        return stores.store().inTransaction(session -> {
            Referral r = draft.id() == null ? null : session.get(Referral.class, draft.id());
            if (draft.id() != null && (r == null || r.getStatus() != ReferralStatus.DRAFT
                    || !Objects.equals(draft.version(), r.getVersion()) || r.getDraftForm() == null)) {
                throw StaleDraftException.of(r);
            }
            LocalDate date = form.referralDate() != null ? form.referralDate() : LocalDate.now(clock);
            String agency = form.referringAgency() == null ? null : form.referringAgency().code();
            if (r == null) {
                r = Referral.draft(date, agency, form.referrer());
            } else {
                r.describe(null, date, agency, form.referrer());
            }
            r.setDraftForm(json);
            r.setSource(null, actor, clock.instant());
            r.setChecklist(form.risk().answers().instrumentId(), instruments.find(form.risk().answers().instrumentId())
                    .map(i -> i.version()).orElse("?"), AnswersJson.write(form.risk().answers()));
            r.setGrounds(form.risk().policeIncidentsLast12Months(), form.risk().professionalJudgement());
            r.setFlags(form.flags());
            scoreForList(r, form, date, Settings.current(session));
            session.persist(r);
            session.flush();
            audit.append(stores.store(), session, actor, AuditAction.CHANGED, "referral-draft",
                    String.valueOf(r.getId()), AuditDigest.of(stores.store(), json));
            return new SavedDraft(r.getId(), r.getVersion());
        });
    }

    /**
     * Deletes a referral that was never decided (typed on screen or imported as a draft), with what hangs
     * on it: flags, its links to people, possible matches and its must-not-receive entries. Nothing of
     * its content is kept; the audit trail records that it was deleted.
     *
     * @throws StaleDraftException when it was decided or deleted elsewhere
     */
    public void deleteDraft(long id) {
        String actor = permitted(Permission.IMPORT_REFERRALS);
        stores.store().doInTransaction(session -> {
            Referral r = session.get(Referral.class, id);
            if (r == null || r.getStatus() != ReferralStatus.DRAFT || r.getMaracCase() != null) {
                throw new StaleDraftException();
            }
            for (String table : List.of("referral_person", "referral_possible_match", "must_not_receive")) {
                session.createNativeMutationQuery("delete from " + table + " where referral_id = :id")
                        .setParameter("id", id).executeUpdate();
            }
            session.remove(r);
            session.flush();
            audit.append(stores.store(), session, actor, AuditAction.CHANGED, "referral-draft", String.valueOf(id),
                    AuditDigest.of(stores.store(), "deleted"));
        });
    }

    private void scoreForList(Referral r, NewReferral form, LocalDate date, LocalSettings settings) {
        try {
            RiskResult result = engine.score(instruments.get(form.risk().answers().instrumentId()), form.risk().answers(),
                    new ReferralContext(date, form.risk().policeIncidentsLast12Months(), null,
                            form.risk().professionalJudgement()), settings.thresholds());
            r.scoredUnder(settings.version());
            r.setResult(result.score(), result.band().orElse(null), result.routes().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(",")));
        } catch (RiskInputException | IllegalArgumentException e) {
            r.setResult(0, null, null);
        }
    }

    /**
     * A draft as it was last saved; opening it is audited (it shows a person's identity). A draft that
     * {@code referral import} recorded (no form JSON) becomes a screen draft here: its content is read back
     * into the form, linked to the people the import stored, and its own people, must-not-receive and
     * possible-match rows give way to the form (the decision writes them again), in one transaction.
     */
    public ReferralDraft open(long id) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.IMPORT_REFERRALS);
        return stores.store().inTransaction(session -> {
            Referral r = session.get(Referral.class, id);
            if (r == null || r.getStatus() != ReferralStatus.DRAFT || r.getMaracCase() != null) {
                throw new StaleDraftException();
            }
            audit.append(stores.store(), session, who.username(), AuditAction.VIEWED, "referral-draft",
                    String.valueOf(id), null);
            if (r.getDraftForm() == null) {
                adoptImported(session, who, r);
            }
            DraftJson.Stored stored = DraftJson.read(r.getDraftForm());
            return new ReferralDraft(r.getId(), r.getVersion(), stored.form(), stored.links());
        });
    }

    private void adoptImported(Session session, AccountInfo who, Referral r) {
        ReferralContent.Read read = ReferralContent.of(session, r);
        NewReferral form = read.form();
        String json = DraftJson.write(new NewReferral(form.formReference(), form.referralDate(), ReferralStatus.DRAFT,
                form.decisionReason(), form.referringAgency(), form.referrer(), form.victim(), form.perpetrators(),
                form.children(), form.othersAtRisk(), form.risk(), form.flags(), form.consent(), form.voice(),
                form.incidentSummary(), form.police(), form.previousMarac(), form.transferIn(), form.mustNotReceive(),
                form.circumstances()),
                read.links());
        for (String table : List.of("referral_person", "referral_possible_match", "must_not_receive")) {
            session.createNativeMutationQuery("delete from " + table + " where referral_id = :id")
                    .setParameter("id", r.getId()).executeUpdate();
        }
        session.refresh(r);
        r.setDraftForm(json);
        session.flush();
        audit.append(stores.store(), session, who.username(), AuditAction.CHANGED, "referral-draft",
                String.valueOf(r.getId()), AuditDigest.of(stores.store(), json));
    }

    /**
     * Every draft, then the latest {@code recent} decided referrals; newest first within each.
     * Referrals on a case withheld from the account ({@link CaseScope}) are left out by the query.
     */
    public List<ReferralRow> list(int recent) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.IMPORT_REFERRALS);
        return stores.store().read(session -> {
            CaseScope scope = CaseScope.of(session, who);
            List<ReferralRow> rows = new ArrayList<>(rows(session, scope, "r.status = :draft", Integer.MAX_VALUE));
            rows.addAll(rows(session, scope, "r.status <> :draft", recent));
            return rows;
        });
    }

    private static List<ReferralRow> rows(Session session, CaseScope scope, String where, int max) {
        var q = session.createSelectionQuery("select r.id, r.status, r.referralDate,"
                + " v.givenName, v.familyName, r.referringAgency, r.score, r.band, r.repeatReferral, c.reference,"
                + " r.draftForm, c.id from Referral r left join r.victim v left join r.maracCase c where " + where
                + inScope(scope) + " order by r.referralDate desc, r.id desc", Object[].class)
                .setParameter("draft", ReferralStatus.DRAFT).setMaxResults(max);
        bindScope(q, scope);
        return q.getResultList().stream().map(ReferralDraftService::row).toList();
    }

    /** The need-to-know scope as a condition on the referral's case (referrals without a case are drafts). */
    private static String inScope(CaseScope scope) {
        if (scope.includesEveryCase()) {
            return scope.withheldCases().isEmpty() ? "" : " and (c.id is null or c.id not in :scope)";
        }
        return scope.caseIds().isEmpty() ? " and c.id is null" : " and (c.id is null or c.id in :scope)";
    }

    private static void bindScope(org.hibernate.query.SelectionQuery<?> q, CaseScope scope) {
        if (scope.includesEveryCase() && !scope.withheldCases().isEmpty()) {
            q.setParameter("scope", scope.withheldCases());
        } else if (!scope.includesEveryCase() && !scope.caseIds().isEmpty()) {
            q.setParameter("scope", scope.caseIds());
        }
    }

    /** How many decided referrals the account may see in all ({@link CaseScope}), counted by the database. */
    public long decidedCount() {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.IMPORT_REFERRALS);
        return stores.store().read(session -> {
            CaseScope scope = CaseScope.of(session, who);
            var q = session.createSelectionQuery("select count(r) from Referral r left join r.maracCase c"
                    + " where r.status <> :draft" + inScope(scope), Long.class).setParameter("draft", ReferralStatus.DRAFT);
            bindScope(q, scope);
            return q.getSingleResult();
        });
    }

    private static ReferralRow row(Object[] f) {
        String draft = (String) f[10];
        String name = draft != null ? nameOf(DraftJson.read(draft).form().victim()) : join(f[3], f[4]);
        return new ReferralRow((Long) f[0], (ReferralStatus) f[1], (LocalDate) f[2], name, (String) f[5],
                (Integer) f[6], (String) f[7], (Boolean) f[8], (String) f[9], f[1] == ReferralStatus.DRAFT);
    }

    private static String nameOf(PersonDetails victim) {
        return victim == null ? "" : join(victim.givenName(), victim.familyName());
    }

    private static String join(Object given, Object family) {
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }

    /** Likely matches among everyone stored, best first; empty while there is no name to look for. */
    public List<PersonSuggestion> suggest(PersonDetails typed) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.IMPORT_REFERRALS);
        if (typed == null || blank(typed.givenName()) && blank(typed.familyName())) {
            return List.of();
        }
        PersonQuery query = PeopleResolver.query(typed);
        return stores.store().inTransaction(session -> {
            index.refresh(session);
            CaseScope scope = CaseScope.of(session, who);
            List<PersonSuggestion> out = new java.util.ArrayList<>();
            for (PersonMatch m : matcher.find(session, query)) {
                if (out.size() == SUGGESTIONS) {
                    break;
                }
                List<Object[]> cases = casesOf(session, m.personId());
                List<Object[]> visible = cases.stream().filter(c -> scope.includes((Long) c[0])).toList();
                if (!cases.isEmpty() && visible.isEmpty()) {
                    continue;
                }
                out.add(new PersonSuggestion(m.personId(), m.givenName(), m.familyName(), m.dateOfBirth(),
                        m.postcode(), m.score(), m.strength(), m.reasons(),
                        visible.isEmpty() ? null : (String) visible.get(0)[1]));
            }
            return out;
        });
    }

    /**
     * Every case the person is on (victim, perpetrator, child, other at risk), newest first. A
     * person known only through cases withheld from the coordinator (a must-not-receive entry that
     * names them) is not suggested: the suggestion would tell them the person is known.
     */
    private static List<Object[]> casesOf(Session session, long personId) {
        return session.createSelectionQuery("select distinct c.id, c.reference, c.openedOn from MaracCase c"
                + " left join c.perpetrators p left join c.children k left join c.othersAtRisk o"
                + " where c.victim.id = :id or p.id = :id or k.id = :id or o.id = :id"
                + " order by c.openedOn desc, c.id desc", Object[].class).setParameter("id", personId).getResultList();
    }

    /**
     * The last MARAC listing of this victim with any of these perpetrators on or before the date
     * (null when never listed), for the form to show the repeat route live once people are linked.
     */
    public LocalDate lastListing(Long victimId, Collection<Long> perpetratorIds, LocalDate onOrBefore) {
        PermissionMatrix.require(users.current(), Permission.IMPORT_REFERRALS);
        if (victimId == null || perpetratorIds.isEmpty() || onOrBefore == null) {
            return null;
        }
        return stores.store().read(session -> new RepeatFinder(session, new IntakeMemory())
                .lastReferral(victimId, perpetratorIds, onOrBefore));
    }

    private String permitted(Permission permission) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, permission);
        return who.username();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
