package org.maracdesk.casework.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.ProposedAction;
import org.maracdesk.casework.ResearchRequest;
import org.maracdesk.casework.ResearchStatus;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/**
 * Agency research before a meeting. A representative sees and writes only their own agency's
 * requests; every field is saved on its own as it is typed, until the request is submitted.
 */
public final class ResearchService {
    /** The change-history record type of research requests. */
    static final String REOPENED_RECORD = "research";
    static final int TEXT_MAX = 20000;
    /** The change-history fields of a submission's lawful basis and consent (decision 0048). */
    public static final String DISCLOSURE_BASIS = "lawfulBasis";
    public static final String DISCLOSURE_CONSENT = "consent";
    private final StoreProvider stores;
    private final CurrentUser users;
    private final ChangeLog changes;
    private final Clock clock;
    private final AgendaService agendas;
    private final org.maracdesk.casework.ReadAudit reads;

    public ResearchService(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock,
                           AgendaService agendas) {
        this.stores = stores;
        this.users = users;
        this.changes = new ChangeLog(stores, users, audit);
        this.clock = clock;
        this.agendas = agendas;
        this.reads = new org.maracdesk.casework.ReadAudit(audit);
    }

    /** The name of the signed-in representative's agency as the vault's agency list has it (the code if unlisted). */
    public String myAgencyName() {
        String agency = myAgency();
        return stores.store().read(s -> s.createSelectionQuery("select a.name from MaracAgency a where a.code = :c",
                String.class).setParameter("c", agency).uniqueResultOptional().orElse(agency));
    }

    /**
     * The signed-in agency's requests for meetings not yet closed, soonest meeting first. Requests
     * withdrawn by a must-not-receive entry, and cases withheld from this account, are left out.
     */
    public List<ResearchItem> myRequests() {
        String agency = myAgency();
        AccountInfo who = users.current();
        return stores.store().inTransaction(s -> {
            CaseScope scope = CaseScope.of(s, who);
            List<ResearchRequest> shown = scope.filter(requests(s, agency), r -> r.getListing().getMaracCase().getId())
                    .shown();
            reads.shown(stores.store(), s, who, "research", agency,
                    shown.stream().map(r -> r.getListing().getMaracCase().getId()).toList());
            return shown.stream().map(r -> item(s, r, r.getStatus() == ResearchStatus.PENDING
                    ? reopenedBecause(s, r.getId()) : null)).toList();
        });
    }

    /** How many of the agency's open requests are on cases withheld from the signed-in account (never which). */
    public int withheldRequestCount() {
        String agency = myAgency();
        AccountInfo who = users.current();
        return stores.store().read(s -> CaseScope.of(s, who)
                .filter(requests(s, agency), r -> r.getListing().getMaracCase().getId()).withheldCases());
    }

    private static List<ResearchRequest> requests(Session s, String agency) {
        return s.createSelectionQuery("from ResearchRequest r where r.agencyCode = :a and r.withdrawnAt is null"
                + " and r.listing.meeting.status = :st order by r.listing.meeting.meetingDate,"
                + " r.listing.agendaOrder", ResearchRequest.class).setParameter("a", agency)
                .setParameter("st", MeetingStatus.SCHEDULED).getResultList();
    }

    /** Saves one field of one of the agency's own requests; saving the same text again changes nothing. */
    public void save(long requestId, ResearchField field, String value) {
        String agency = myAgency();
        String text = Text.typed(value, field.name().toLowerCase(java.util.Locale.ROOT), TEXT_MAX);
        stores.store().doInTransaction(s -> {
            ResearchRequest r = own(s, requestId, agency, users.current());
            requireEditable(r);
            requireSection(s, r, field, text);
            String before = switch (field) {
                case FACTS -> r.getFacts();
                case OPINION -> r.getOpinion();
                case NOT_SHARED -> r.getNotShared();
                case REVIEW_ON_ROLL -> r.getReviewOnRoll();
                case REVIEW_CHANGES -> r.getReviewChanges();
            };
            if (java.util.Objects.equals(before, text)) {
                return;
            }
            switch (field) {
                case FACTS -> r.setFacts(text);
                case OPINION -> r.setOpinion(text);
                case NOT_SHARED -> r.setNotShared(text);
                case REVIEW_ON_ROLL -> r.setReviewOnRoll(text);
                case REVIEW_CHANGES -> r.setReviewChanges(text);
            }
            changes.changed(s, "research_request", requestId, field.name(), text);
        });
    }

    /** The lawful bases research may be shared under (the local settings'; the first is the default). */
    public List<org.maracdesk.casework.disclosure.LawfulBasis> lawfulBases() {
        myAgency();
        return stores.store().read(s -> org.maracdesk.casework.settings.Settings.current(s).lawfulBases());
    }

    /** Marks the request submitted under the MARAC's default basis, consent not recorded; see the other submit. */
    public void submit(long requestId) {
        submit(requestId, org.maracdesk.casework.disclosure.Disclosure.UNSTATED);
    }

    /**
     * Marks the request submitted, recording the lawful basis the research is shared under and consent
     * (decision 0048) on the request and as lines of the case's change history; the coordinator's grid then
     * counts it.
     *
     * @throws IllegalArgumentException when the basis is not one of the local settings' (nothing is saved)
     */
    public void submit(long requestId, org.maracdesk.casework.disclosure.Disclosure disclosure) {
        String agency = myAgency();
        stores.store().doInTransaction(s -> {
            ResearchRequest r = own(s, requestId, agency, users.current());
            requireEditable(r);
            if (SchoolReview.applies(r.getAgencyCode(), SchoolReview.repeat(s, r.getListing()))
                    && OnRoll.of(r.getReviewOnRoll()) == null) {
                throw new IllegalArgumentException("say whether the child is still on the school's roll (yes, no or"
                        + " not known) before submitting the review");
            }
            var stamp = org.maracdesk.casework.settings.Settings.stamp(s, disclosure);
            r.submit(users.current().username(), clock.instant());
            r.disclosure(stamp.basis(), stamp.wording(), stamp.consentName(), stamp.consentReason());
            var history = new org.maracdesk.casework.ChangeHistory(s, REOPENED_RECORD, r.getId(),
                    r.getListing().getMaracCase().getId(), users.current().username(), clock.instant());
            history.line(DISCLOSURE_BASIS, null, stamp.basis() + ": " + stamp.wording(), null);
            history.line(DISCLOSURE_CONSENT, null, stamp.consent() == null ? null : stamp.consent().cliWord(),
                    stamp.consentReason());
            changes.changed(s, "research_request", requestId, "SUBMITTED", stamp.summary());
        });
    }

    /**
     * The coordinator reopens an agency's submitted research on a listed case, with the reason, while
     * the meeting is not closed: it goes back on the agency's list to be changed and submitted again,
     * showing why. The reason stays in the change history; the audit trail has a digest.
     */
    public void reopen(long listingId, String agencyCode, String reason) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.MANAGE_MEETINGS);
        String why = Text.required(reason, "reason", 2000);
        stores.store().doInTransaction(s -> {
            ResearchRequest r = s.createSelectionQuery("from ResearchRequest r where r.listing.id = :l"
                    + " and r.agencyCode = :a and r.withdrawnAt is null", ResearchRequest.class)
                    .setParameter("l", listingId).setParameter("a", agencyCode).getResultStream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("there is no research request of that agency"
                            + " on this listing"));
            long caseId = r.getListing().getMaracCase().getId();
            if (!CaseScope.of(s, who).includes(caseId)) {
                throw new IllegalArgumentException("there is no research request of that agency on this listing");
            }
            Headers.requireOpen(r.getListing().getMeeting());
            if (r.getStatus() != ResearchStatus.SUBMITTED) {
                throw new IllegalStateException("this research is not submitted; the agency can still change it");
            }
            r.reopen();
            new org.maracdesk.casework.ChangeHistory(s, REOPENED_RECORD, r.getId(), caseId, who.username(),
                    clock.instant()).field("status", ResearchStatus.SUBMITTED, ResearchStatus.PENDING, why);
            changes.changed(s, "research_request", r.getId(), "REOPENED", why);
        });
    }

    /** Why the research was last reopened, if it was, for the agency's list. */
    private static String reopenedBecause(Session s, long requestId) {
        return s.createSelectionQuery("select c.reason from RecordChange c where c.recordType = :t"
                + " and c.recordId = :id order by c.changedAt desc, c.id desc", String.class)
                .setParameter("t", REOPENED_RECORD).setParameter("id", requestId).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    /** An agency proposes an action before the meeting; the meeting view shows it for agreeing. */
    public long propose(long requestId, String ownerName, ActionTarget target, String description,
                        LocalDate dueDate) {
        String agency = myAgency();
        String what = Text.required(description, "action description", 4000);
        if (target == null) {
            throw new IllegalArgumentException("say whom the action is for: victim, child, perpetrator or other");
        }
        return stores.store().inTransaction(s -> {
            ResearchRequest r = own(s, requestId, agency, users.current());
            Headers.requireOpen(r.getListing().getMeeting());
            ProposedAction p = new ProposedAction(r.getListing(), agency, Text.optional(ownerName, "owner", 200),
                    target, what, dueDate, users.current().username(), clock.instant());
            s.persist(p);
            s.flush();
            changes.changed(s, "proposed_action", p.getId(), agency, what);
            return p.getId();
        });
    }

    /** The coordinator's grid of cases by agencies, with submitted counts per agency. */
    public CompletenessGrid completeness(long meetingId) {
        PermissionMatrix.require(users.current(), Permission.MANAGE_MEETINGS);
        Agenda agenda = agendas.agenda(meetingId);
        Map<String, Integer> byAgency = new LinkedHashMap<>();
        int submitted = 0;
        int requested = 0;
        for (String a : agenda.agencies()) {
            byAgency.put(a, 0);
        }
        for (AgendaItem item : agenda.cases()) {
            for (Map.Entry<String, ResearchState> e : item.research().entrySet()) {
                if (e.getValue() != ResearchState.NOT_REQUESTED) {
                    requested++;
                }
                if (e.getValue() == ResearchState.SUBMITTED) {
                    submitted++;
                    byAgency.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        return new CompletenessGrid(agenda.meeting(), agenda.agencies(), agenda.cases(), byAgency, submitted,
                requested, agenda.withheldCases());
    }

    private String myAgency() {
        AccountInfo me = users.current();
        PermissionMatrix.require(me, Permission.WRITE_OWN_AGENCY_RESEARCH);
        if (me.agencyCode() == null) {
            throw new NotPermittedException(me.role(), Permission.WRITE_OWN_AGENCY_RESEARCH);
        }
        return me.agencyCode();
    }

    /**
     * Another agency's request, a withdrawn one, or one on a case withheld from the account is
     * refused exactly as a missing one is: its existence is not revealed.
     */
    private static ResearchRequest own(Session s, long id, String agency, AccountInfo who) {
        ResearchRequest r = s.get(ResearchRequest.class, id);
        if (r == null || !r.getAgencyCode().equals(agency) || r.getWithdrawnAt() != null
                || !CaseScope.of(s, who).includes(r.getListing().getMaracCase().getId())) {
            throw new IllegalArgumentException("there is no research request " + id + " for your agency");
        }
        return r;
    }

    /**
     * A school's request on a repeat listing takes only the review section, every other request only the full form
     * (decision 0061); whether the child is on roll is one of {@link OnRoll}'s names or blank.
     */
    private static void requireSection(Session s, ResearchRequest r, ResearchField field, String text) {
        boolean review = SchoolReview.applies(r.getAgencyCode(), SchoolReview.repeat(s, r.getListing()));
        if (field.review() != review) {
            throw new IllegalArgumentException(review
                    ? "this is a repeat listing: the school completes only the review section (on roll, what changed)"
                    : "the review section is only for a school's research on a repeat listing; use facts and opinion");
        }
        if (field == ResearchField.REVIEW_ON_ROLL && text != null && OnRoll.of(text) == null) {
            throw new IllegalArgumentException("on roll must be YES, NO or NOT_KNOWN");
        }
    }

    private static void requireEditable(ResearchRequest r) {
        Headers.requireOpen(r.getListing().getMeeting());
        if (r.getStatus() == ResearchStatus.SUBMITTED) {
            throw new IllegalStateException("this research is already submitted; ask the coordinator to change it");
        }
    }

    private static ResearchItem item(Session s, ResearchRequest r, String reopenedBecause) {
        MaracCase c = r.getListing().getMaracCase();
        boolean review = SchoolReview.applies(r.getAgencyCode(), SchoolReview.repeat(s, r.getListing()));
        return new ResearchItem(r.getId(), r.getListing().getMeeting().getId(),
                r.getListing().getMeeting().getMeetingDate(), c.getReference(), r.getAgencyCode(), name(c.getVictim()),
                names(c.getPerpetrators()), names(c.getChildren()), r.isCheckVictim(), r.isCheckPerpetrator(),
                r.isCheckChildren(), r.getFacts(), r.getOpinion(), r.getNotShared(),
                r.getStatus() == ResearchStatus.SUBMITTED, r.getSubmittedAt(), r.getSubmittedBy(), reopenedBecause,
                review, OnRoll.of(r.getReviewOnRoll()), r.getReviewChanges());
    }

    static String name(Person p) {
        return p.getGivenName() + " " + p.getFamilyName()
                + (p.getDateOfBirth() == null ? "" : " (" + p.getDateOfBirth() + ")");
    }

    private static List<String> names(java.util.Set<Person> people) {
        List<String> out = new ArrayList<>();
        people.forEach(p -> out.add(name(p)));
        return out;
    }
}
