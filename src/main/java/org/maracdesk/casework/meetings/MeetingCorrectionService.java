package org.maracdesk.casework.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.District;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingChange;
import org.maracdesk.casework.MeetingSlot;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.ResearchRequest;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/**
 * Putting a meeting right (coordinator): cancel it with a reason (its cases go to the next meeting of
 * their district, or wait for one), edit it with the agenda checked again, reopen a closed meeting with a
 * reason, and read its change history. Each change is kept field by field with old and new values.
 */
public final class MeetingCorrectionService {
    static final int REASON_MAX = 2000;
    private final StoreProvider stores;
    private final CurrentUser users;
    private final Clock clock;
    private final MeetingHistory history;

    public MeetingCorrectionService(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.clock = clock;
        this.history = new MeetingHistory(new ChangeLog(stores, users, audit), users, clock);
    }

    /** Where one case of a cancelled meeting went; {@code meetingId} null when it waits for a meeting. */
    public record CaseDestination(long caseId, String caseReference, String district, Long meetingId,
                                  LocalDate meetingDate) {
        public boolean waiting() {
            return meetingId == null;
        }
    }

    /** What cancelling did: each case in the account's scope and where it went; how many others moved unnamed. */
    public record Cancelled(List<CaseDestination> cases, int withheld, int researchWithdrawn) {
    }

    /** A meeting as corrected: every field, the reason asked when agencies were already told. */
    public record MeetingEdit(LocalDate date, String venue, boolean virtual, String chair, LocalDate cutOff,
                              List<TimeSlot> slots, String reason) {
    }

    /** One field changed: its name, the old and the new value as text. */
    public record FieldChange(String field, String oldValue, String newValue) {
    }

    /** The agenda checked against the corrected meeting. */
    public record AgendaCheck(int listed, int referredAfterCutOff, List<String> districtsWithoutSlot) {
        public boolean clean() {
            return referredAfterCutOff == 0 && districtsWithoutSlot.isEmpty();
        }
    }

    /** What an edit changed, and what the agenda check found. */
    public record Edited(List<FieldChange> changes, AgendaCheck check) {
    }

    /** One line of a meeting's history; {@code caseReference} null for a change to the meeting itself. */
    public record HistoryLine(Instant at, String by, String field, String caseReference, String oldValue,
                              String newValue, String reason) {
    }

    /** A meeting's history as the account may see it; lines about withheld cases are counted, not shown. */
    public record History(List<HistoryLine> lines, int withheld) {
    }

    /**
     * Cancels a scheduled meeting. Each listed case goes to the next scheduled meeting of its district dated
     * today or later (whatever that meeting's cut-off: the case was listed in time); no meeting is created, so
     * a case with no such meeting waits and is listed automatically when one is scheduled. Research requests
     * move with their case; those of a waiting case are withdrawn.
     */
    public Cancelled cancel(long meetingId, String reason) {
        AccountInfo who = coordinator();
        String why = reason(reason, "say why the meeting is cancelled");
        return stores.store().inTransaction(s -> {
            Meeting m = Headers.meeting(s, meetingId);
            Headers.requireOpen(m);
            Instant now = clock.instant();
            m.cancel(who.username(), now, why);
            history.record(s, meetingId, null, "status", MeetingStatus.SCHEDULED, MeetingStatus.CANCELLED, why);
            CaseScope scope = CaseScope.of(s, who);
            List<CaseDestination> out = new ArrayList<>();
            int withheld = 0;
            int withdrawn = 0;
            Destinations destinations = new Destinations(s, LocalDate.now(clock));
            List<Meeting> targets = destinations.candidates(meetingId);
            for (Listing l : s.createSelectionQuery("from Listing l join fetch l.maracCase where l.meeting = :m"
                    + " order by l.agendaOrder, l.id", Listing.class).setParameter("m", m).getResultList()) {
                String district = l.getMaracCase().getDistrict();
                Meeting to = destinations.first(targets, district);
                Long toId = to == null ? null : to.getId();
                if (to != null && !alreadyListed(s, to, l)) {
                    l.moveTo(to);
                    l.setAgendaOrder(Integer.MAX_VALUE);
                    s.flush();
                    AutoLister.order(s, to);
                    if (to.getCirculatedAt() != null) {
                        Circulation.requestFor(s, l, now);
                    }
                } else if (to == null) {
                    for (ResearchRequest r : s.createSelectionQuery("from ResearchRequest r where r.listing = :l"
                            + " and r.withdrawnAt is null", ResearchRequest.class).setParameter("l", l).getResultList()) {
                        r.withdraw(now);
                        withdrawn++;
                    }
                }
                history.record(s, meetingId, l.getMaracCase().getId(), "listing.cancelledTo", meetingId, toId, why);
                if (scope.includes(l.getMaracCase().getId())) {
                    out.add(new CaseDestination(l.getMaracCase().getId(), l.getMaracCase().getReference(), district,
                            toId, to == null ? null : to.getMeetingDate()));
                } else {
                    withheld++;
                }
            }
            return new Cancelled(List.copyOf(out), withheld, withdrawn);
        });
    }

    private static boolean alreadyListed(Session s, Meeting to, Listing l) {
        return s.createSelectionQuery("select count(x) from Listing x where x.meeting = :m and x.maracCase = :c",
                Long.class).setParameter("m", to).setParameter("c", l.getMaracCase()).getSingleResult() > 0;
    }

    /**
     * Corrects a scheduled meeting. Changing its date, venue or whether it is virtual after the list was
     * circulated needs a reason (the agencies were told). Returns what changed and the agenda check.
     */
    public Edited edit(long meetingId, MeetingEdit e) {
        coordinator();
        MeetingFields fields = MeetingFields.checked(e);
        return stores.store().inTransaction(s -> {
            Meeting m = Headers.meeting(s, meetingId);
            Headers.requireOpen(m);
            List<FieldChange> changed = fields.differences(s, m);
            boolean told = m.getCirculatedAt() != null && changed.stream().anyMatch(c -> Set.of("date", "venue",
                    "virtual").contains(c.field()));
            String why = e.reason() == null || e.reason().isBlank() ? null : reason(e.reason(), "");
            if (told && why == null) {
                throw new IllegalArgumentException("the agencies were sent this meeting's list: say why its date"
                        + " or venue changes");
            }
            if (!changed.isEmpty()) {
                fields.apply(s, m);
                for (FieldChange c : changed) {
                    history.record(s, meetingId, null, c.field(), c.oldValue(), c.newValue(), why);
                }
            }
            s.flush();
            return new Edited(changed, check(s, m));
        });
    }

    /** The agenda against the meeting: cases referred after its cut-off, districts listed without a slot. */
    static AgendaCheck check(Session s, Meeting m) {
        List<Object[]> rows = s.createSelectionQuery("select l.maracCase.district, r.referralDate from Listing l"
                + " left join l.referral r where l.meeting = :m", Object[].class).setParameter("m", m).getResultList();
        List<String> slots = s.createSelectionQuery("select t.district from MeetingSlot t where t.meeting = :m",
                String.class).setParameter("m", m).getResultList();
        int late = (int) rows.stream().filter(r -> r[1] != null && ((LocalDate) r[1]).isAfter(m.getCutOff())).count();
        List<String> unslotted = slots.isEmpty() ? List.of() : rows.stream().map(r -> (String) r[0])
                .filter(Objects::nonNull).filter(d -> !slots.contains(d) && !d.equals(m.getDistrict())).distinct()
                .sorted().toList();
        return new AgendaCheck(rows.size(), late, unslotted);
    }

    /** Opens a closed meeting again to correct its record; closing it again keeps the old minutes as a version. */
    public void reopen(long meetingId, String reason) {
        coordinator();
        String why = reason(reason, "say what is to be corrected in the meeting's record");
        stores.store().doInTransaction(s -> {
            Meeting m = Headers.meeting(s, meetingId);
            if (m.getStatus() != MeetingStatus.CLOSED) {
                throw new IllegalStateException("the meeting of " + m.getMeetingDate() + " is not closed");
            }
            m.reopen();
            history.record(s, meetingId, null, "status", MeetingStatus.CLOSED, MeetingStatus.SCHEDULED, why);
        });
    }

    /** An earlier minutes record of a meeting: its number, when it was written and replaced, by whom and why. */
    public record MinutesVersionLine(int versionNo, Instant closedAt, Instant replacedAt, String replacedBy,
                                     String reason) {
    }

    /** The earlier minutes records of a meeting, oldest first (their text is not returned here). */
    public List<MinutesVersionLine> minutesVersions(long meetingId) {
        coordinator();
        return stores.store().read(s -> MinutesVersions.of(s, meetingId).stream().map(v -> new MinutesVersionLine(
                v.getVersionNo(), v.getClosedAt(), v.getReplacedAt(), v.getReplacedBy(), v.getReason())).toList());
    }

    /** The meeting's change history, oldest first, within the account's need-to-know. */
    public History history(long meetingId) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.VIEW_AGENDA_CASES);
        return stores.store().read(s -> {
            Headers.meeting(s, meetingId);
            CaseScope scope = CaseScope.of(s, who);
            List<HistoryLine> lines = new ArrayList<>();
            int withheld = 0;
            for (Object[] r : s.createSelectionQuery("select x, c.reference from MeetingChange x left join MaracCase c"
                    + " on c.id = x.caseId where x.meetingId = :m order by x.changedAt, x.id", Object[].class)
                    .setParameter("m", meetingId).getResultList()) {
                MeetingChange x = (MeetingChange) r[0];
                if (x.getCaseId() == null || scope.includes(x.getCaseId())) {
                    lines.add(line(x, (String) r[1]));
                } else {
                    withheld++;
                }
            }
            return new History(List.copyOf(lines), withheld);
        });
    }

    private static HistoryLine line(MeetingChange x, String reference) {
        return new HistoryLine(x.getChangedAt(), x.getChangedBy(), x.getField(), reference, x.getOldValue(),
                x.getNewValue(), x.getReason());
    }

    /**
     * Renames a district: its scheduled meetings, their time slots and its cases take the new name; closed
     * and cancelled meetings keep the name they were held under.
     */
    public void renameDistrict(String area, String district, String newName) {
        coordinator();
        String name = Text.required(newName, "new district name", 120);
        stores.store().doInTransaction(s -> {
            District d = district(s, area, district);
            if (d.getName().equals(name)) {
                return;
            }
            if (s.createSelectionQuery("select count(x) from District x where x.area = :a and x.name = :n", Long.class)
                    .setParameter("a", d.getArea()).setParameter("n", name).getSingleResult() > 0) {
                throw new IllegalArgumentException("the area already has a district called " + name);
            }
            String old = d.getName();
            d.rename(name);
            s.createMutationQuery("update Meeting m set m.district = :n where m.district = :o and m.status = :st")
                    .setParameter("n", name).setParameter("o", old).setParameter("st", MeetingStatus.SCHEDULED)
                    .executeUpdate();
            s.createMutationQuery("update MeetingSlot t set t.district = :n where t.district = :o and t.meeting.id in"
                    + " (select m.id from Meeting m where m.status = :st)").setParameter("n", name)
                    .setParameter("o", old).setParameter("st", MeetingStatus.SCHEDULED).executeUpdate();
            s.createMutationQuery("update MaracCase c set c.district = :n where c.district = :o")
                    .setParameter("n", name).setParameter("o", old).executeUpdate();
            history.district(s, d.getId(), "name", old, name);
        });
    }

    /**
     * Retires a district (no new meetings or slots for it; its history and cases keep its name) or, with
     * {@code retired} false, brings it back.
     */
    public void retireDistrict(String area, String district, boolean retired) {
        coordinator();
        stores.store().doInTransaction(s -> {
            District d = district(s, area, district);
            if ((d.getRetiredOn() != null) == retired) {
                return;
            }
            LocalDate was = d.getRetiredOn();
            d.retire(retired ? LocalDate.now(clock) : null);
            history.district(s, d.getId(), "retiredOn", was, d.getRetiredOn());
        });
    }

    private static District district(Session s, String area, String name) {
        District d = s.createSelectionQuery("from District d where d.area.name = :a and d.name = :n", District.class)
                .setParameter("a", area == null ? "" : area.strip()).setParameter("n", name == null ? "" : name.strip())
                .getSingleResultOrNull();
        if (d == null) {
            throw new IllegalArgumentException("there is no district " + name + " in " + area);
        }
        return d;
    }

    private AccountInfo coordinator() {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.MANAGE_MEETINGS);
        return who;
    }

    static String reason(String reason, String missing) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(missing);
        }
        String r = reason.strip();
        if (r.length() > REASON_MAX) {
            throw new IllegalArgumentException("the reason is longer than " + REASON_MAX + " characters; shorten it");
        }
        return r;
    }

    /** Slots kept with the meeting, compared and replaced as one field. */
    static String slotsText(List<TimeSlot> slots) {
        return String.join("; ", slots.stream().map(t -> t.district() + " " + t.startsAt() + "-" + t.endsAt())
                .toList());
    }

    static List<TimeSlot> slotsOf(Session s, Meeting m) {
        return s.createSelectionQuery("from MeetingSlot t where t.meeting = :m order by t.startsAt, t.id",
                MeetingSlot.class).setParameter("m", m).getResultList().stream()
                .map(t -> new TimeSlot(t.getDistrict(), t.getStartsAt(), t.getEndsAt())).toList();
    }
}
