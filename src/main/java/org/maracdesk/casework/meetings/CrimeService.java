package org.maracdesk.casework.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Session;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.CrimeAgainst;
import org.maracdesk.casework.CrimeDisclosed;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.ReadAudit;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/**
 * Crimes disclosed at MARAC, entered per case on the meeting view: added, corrected and removed
 * while the meeting is open (by those who record minutes), and the police reference added by
 * police or the coordinator at any time, the meeting closed or not. Each change is kept field by
 * field in the change history (record type {@value #RECORD}) and audited by digest.
 */
public final class CrimeService {
    /** The record type of crimes in the change history. */
    public static final String RECORD = "crime";
    static final int DESCRIPTION_MAX = 20000;
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;

    public CrimeService(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.changes = new ChangeLog(stores, users, audit);
        this.clock = clock;
    }

    /** The crimes of one listed case and the people they can be recorded against. */
    public record CaseCrimes(List<CrimeLine> crimes, List<CasePerson> people) {
    }

    /** What the meeting view shows for one listed case; the read is audited as naming the case. */
    public CaseCrimes forListing(long listingId) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.RECORD_MINUTES);
        return stores.store().inTransaction(s -> {
            CaseScope scope = CaseScope.of(s, who);
            Listing l = listing(s, scope, listingId);
            CaseCrimes out = new CaseCrimes(CrimesDisclosed.forMeeting(s, scope, l.getMeeting().getId(),
                    l.getMaracCase().getId()), CrimesDisclosed.people(l.getMaracCase()));
            new ReadAudit(audit).shown(stores.store(), s, who, "crimes", listingId, Set.of(l.getMaracCase().getId()));
            return out;
        });
    }

    /** A meeting at which crimes were disclosed, as the police screen offers it: how many, how many still to record. */
    public record MeetingCrimes(long meetingId, LocalDate date, String district, int crimes, int toRecord) {
    }

    /**
     * The meetings at which crimes in the account's scope were disclosed, the latest first: police accounts and the
     * coordinator (decision 0041). Dates and counts only.
     */
    public List<MeetingCrimes> meetingsForPolice() {
        AccountInfo who = requirePolice();
        return stores.store().read(s -> {
            CaseScope scope = CaseScope.of(s, who);
            java.util.Map<Long, int[]> counts = new java.util.LinkedHashMap<>();
            java.util.Map<Long, Object[]> meetings = new java.util.HashMap<>();
            for (Object[] r : s.createSelectionQuery("select m.id, m.meetingDate, m.district, k.caseId,"
                    + " k.policeReference from CrimeDisclosed k, Meeting m where m.id = k.meetingId"
                    + " order by m.meetingDate desc, m.id desc", Object[].class).getResultList()) {
                if (!scope.includes((Long) r[3])) {
                    continue;
                }
                int[] n = counts.computeIfAbsent((Long) r[0], k -> new int[2]);
                n[0]++;
                n[1] += r[4] == null ? 1 : 0;
                meetings.putIfAbsent((Long) r[0], r);
            }
            return counts.entrySet().stream().map(e -> new MeetingCrimes(e.getKey(),
                    (LocalDate) meetings.get(e.getKey())[1], (String) meetings.get(e.getKey())[2], e.getValue()[0],
                    e.getValue()[1])).toList();
        });
    }

    /**
     * The crimes disclosed at one meeting in the account's scope, for police to record (the police screen,
     * decision 0041); the read is audited as naming the cases, as the meeting view's is.
     */
    public List<CrimeLine> forPolice(long meetingId) {
        AccountInfo who = requirePolice();
        return stores.store().inTransaction(s -> {
            List<CrimeLine> out = CrimesDisclosed.forMeeting(s, CaseScope.of(s, who), meetingId, null);
            new ReadAudit(audit).shown(stores.store(), s, who, "crimes-police", meetingId,
                    out.stream().map(CrimeLine::caseId).collect(java.util.stream.Collectors.toSet()));
            return out;
        });
    }

    private AccountInfo requirePolice() {
        AccountInfo who = users.current();
        if (!CrimesDisclosed.mayExport(who)) {
            throw new NotPermittedException(who == null ? null : who.role(),
                    "only police accounts and the coordinator record police references");
        }
        return who;
    }

    /** Records a crime the meeting heard of; returns its id. */
    public long add(long listingId, CrimeEntry entry) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.RECORD_MINUTES);
        return stores.store().inTransaction(s -> {
            Listing l = listing(s, CaseScope.of(s, who), listingId);
            Headers.requireOpen(l.getMeeting());
            CrimeDisclosed k = new CrimeDisclosed(l, who.username(), clock.instant());
            apply(s, k, entry, l);
            s.persist(k);
            s.flush();
            changes.changed(s, RECORD, k.getId(), "added", k.getDescription(), String.valueOf(k.getAgainst()),
                    k.getDisclosedBy());
            return k.getId();
        });
    }

    /** Corrects a crime while its meeting is open; {@code version} is the one the screen showed. */
    public void update(long crimeId, int version, CrimeEntry entry) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.RECORD_MINUTES);
        stores.store().doInTransaction(s -> {
            CrimeDisclosed k = crime(s, CaseScope.of(s, who), crimeId, version);
            Headers.requireOpen(k.getListing().getMeeting());
            Object[] before = values(k);
            apply(s, k, entry, k.getListing());
            history(s, k, before, values(k), null);
        });
    }

    /** Removes a crime recorded by mistake while its meeting is open; its last values stay in the history. */
    public void remove(long crimeId, int version, String reason) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.RECORD_MINUTES);
        String why = Text.required(reason, "reason for removing the crime", MeetingCorrectionService.REASON_MAX);
        stores.store().doInTransaction(s -> {
            CrimeDisclosed k = crime(s, CaseScope.of(s, who), crimeId, version);
            Headers.requireOpen(k.getListing().getMeeting());
            history(s, k, values(k), new Object[FIELDS.length], why);
            new ChangeHistory(s, RECORD, crimeId, k.getCaseId(), who.username(), clock.instant()).removed(why);
            s.remove(k);
            changes.changed(s, RECORD, crimeId, "removed", why);
        });
    }

    /**
     * Police record the crime: their reference (blank clears it). Police accounts and the
     * coordinator, at any time after the meeting heard it.
     */
    public void policeReference(long crimeId, String reference) {
        AccountInfo who = users.current();
        if (!CrimesDisclosed.mayExport(who)) {
            throw new NotPermittedException(who == null ? null : who.role(),
                    "only police accounts and the coordinator record police references");
        }
        String ref = Text.optional(reference, "police reference", 100);
        stores.store().doInTransaction(s -> {
            CrimeDisclosed k = crime(s, CaseScope.of(s, who), crimeId, null);
            if (Objects.equals(k.getPoliceReference(), ref)) {
                return;
            }
            new ChangeHistory(s, RECORD, crimeId, k.getCaseId(), who.username(), clock.instant())
                    .field("policeReference", k.getPoliceReference(), ref, null);
            k.recordedByPolice(ref, who.username(), clock.instant());
            changes.changed(s, RECORD, crimeId, "policeReference", ref);
        });
    }

    private static final String[] FIELDS = {"description", "occurredOn", "occurredNote", "against", "person",
        "againstNote", "disclosedBy"};

    private static Object[] values(CrimeDisclosed k) {
        return new Object[] {k.getDescription(), k.getOccurredOn(), k.getOccurredNote(), k.getAgainst(),
            k.getPerson() == null ? null : k.getPerson().getId(), k.getAgainstNote(), k.getDisclosedBy()};
    }

    private void history(Session s, CrimeDisclosed k, Object[] before, Object[] after, String reason) {
        ChangeHistory h = new ChangeHistory(s, RECORD, k.getId(), k.getCaseId(), users.current().username(),
                clock.instant());
        for (int i = 0; i < FIELDS.length; i++) {
            if (h.field(FIELDS[i], before[i], after[i], reason) && reason == null) {
                changes.changed(s, RECORD, k.getId(), FIELDS[i], String.valueOf(after[i]));
            }
        }
    }

    /** Checks the entry and sets it on the crime; nothing is set when any part is wrong. */
    private void apply(Session s, CrimeDisclosed k, CrimeEntry e, Listing l) {
        String what = Text.required(e.description(), "what the crime was", DESCRIPTION_MAX);
        if (e.occurredOn() != null && e.occurredOn().isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("the date of the crime is in the future; give the day it happened,"
                    + " or leave the date empty and say when in words");
        }
        String when = Text.optional(e.occurredNote(), "when, in words", 200);
        if (e.against() == null) {
            throw new IllegalArgumentException("say whom the crime was against: the victim, a child or someone else");
        }
        if (e.disclosedBy() == null || Agency.fromCode(e.disclosedBy()).isEmpty()) {
            throw new IllegalArgumentException("choose the agency that disclosed the crime (one of "
                    + Agency.codes() + ")");
        }
        Person person = null;
        if (e.personId() != null) {
            CasePerson p = CrimesDisclosed.people(l.getMaracCase()).stream()
                    .filter(x -> x.personId() == e.personId()).findFirst().orElseThrow(() ->
                            new IllegalArgumentException("the person chosen is not one of this case's people"));
            if (p.as() != e.against()) {
                throw new IllegalArgumentException("the person chosen is not a " + e.against().name()
                        .toLowerCase(java.util.Locale.ROOT) + " of this case; choose again or leave the person empty");
            }
            person = s.get(Person.class, e.personId());
        } else if (e.against() == CrimeAgainst.VICTIM) {
            person = l.getMaracCase().getVictim();
        }
        String note = Text.optional(e.againstNote(), "who it was against, in words", 200);
        k.describe(what, e.occurredOn(), when, e.against(), person, note, e.disclosedBy());
    }

    private static Listing listing(Session s, CaseScope scope, long listingId) {
        Listing l = s.get(Listing.class, listingId);
        if (l == null || !scope.includes(l.getMaracCase().getId())) {
            throw new IllegalArgumentException("there is no listing " + listingId + " you may see");
        }
        return l;
    }

    private CrimeDisclosed crime(Session s, CaseScope scope, long crimeId, Integer version) {
        CrimeDisclosed k = s.get(CrimeDisclosed.class, crimeId);
        if (k == null || !scope.includes(k.getCaseId())) {
            throw new IllegalArgumentException("there is no crime " + crimeId + " you may see");
        }
        if (version != null && version != k.getVersion()) {
            List<ChangeHistory.Line> lines = ChangeHistory.of(s, scope, RECORD, crimeId);
            ChangeHistory.Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            throw new ConcurrentChangeException(last == null ? null : last.by(), last == null ? null : last.at(),
                    null);
        }
        return k;
    }
}
