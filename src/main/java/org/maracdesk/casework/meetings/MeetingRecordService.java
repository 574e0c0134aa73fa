package org.maracdesk.casework.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.Session;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.Attendance;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingMinutes;
import org.maracdesk.casework.ProposedAction;
import org.maracdesk.casework.actions.ActionOutcomes;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/**
 * The meeting record, written live. Every method is one small transaction that sets a value
 * (saving the same value again changes nothing and is not audited), so the view can save each
 * field as it is typed and a crash loses nothing already saved.
 */
public final class MeetingRecordService {
    private final StoreProvider stores;
    private final CurrentUser users;
    private final ChangeLog changes;
    private final Clock clock;
    private final AuditLog audit;

    public MeetingRecordService(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock) {
        this.audit = audit;
        this.stores = stores;
        this.users = users;
        this.changes = new ChangeLog(stores, users, audit);
        this.clock = clock;
    }

    /** Today, by the one clock (the latest completion date a review may record). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void require() {
        PermissionMatrix.require(users.current(), Permission.RECORD_MINUTES);
    }

    /** The meeting as the account may see it: sign-in, outstanding actions, cases in agenda order (others counted). */
    public MeetingRecord view(long meetingId) {
        require();
        AccountInfo who = users.current();
        return stores.store().inTransaction(s -> {
            MeetingRecord record = new RecordReader(s, CaseScope.of(s, who)).read(Headers.meeting(s, meetingId));
            java.util.Set<Long> shown = new java.util.TreeSet<>();
            record.cases().forEach(c -> shown.add(c.listing().caseId()));
            record.outstanding().forEach(a -> shown.add(a.caseId()));
            new org.maracdesk.casework.ReadAudit(audit).shown(stores.store(), s, who, "meeting-record", meetingId,
                    shown);
            return record;
        });
    }

    public long signIn(long meetingId, AttendanceKind kind, String agencyCode, String name, boolean infoSent) {
        return signIn(meetingId, kind, agencyCode, name, infoSent, org.maracdesk.casework.PresentFor.ALL, null, null);
    }

    /** Signs in for the whole meeting, the children's cases or one district's slot (an agency's copy of the minutes
     * holds the cases it was present for); {@code infoReceivedOn}: the day an apology's information arrived (0059). */
    public long signIn(long meetingId, AttendanceKind kind, String agencyCode, String name, boolean infoSent,
                       org.maracdesk.casework.PresentFor presentFor, String slotDistrict, LocalDate infoReceivedOn) {
        require();
        ApologyInfo.check(kind, infoSent, infoReceivedOn, LocalDate.now(clock));
        org.maracdesk.casework.PresentFor part = presentFor == null ? org.maracdesk.casework.PresentFor.ALL : presentFor;
        if (part == org.maracdesk.casework.PresentFor.SLOT && (slotDistrict == null || slotDistrict.isBlank())) {
            throw new IllegalArgumentException("say which district's slot the attendee was present for");
        }
        String who = Text.optional(name, "name", 200);
        if (agencyCode != null && Agency.fromCode(agencyCode).isEmpty()) {
            throw new IllegalArgumentException("agency code \"" + agencyCode + "\" is not one of " + Agency.codes());
        }
        if (kind != AttendanceKind.OBSERVER && agencyCode == null) {
            throw new IllegalArgumentException("choose the agency for an attendee or apologies");
        }
        if (kind != AttendanceKind.APOLOGY && who == null) {
            throw new IllegalArgumentException("type the name of the attendee or observer");
        }
        return stores.store().inTransaction(s -> {
            Meeting m = open(s, meetingId);
            Attendance a = new Attendance(m, kind, agencyCode, who, kind == AttendanceKind.APOLOGY && infoSent,
                    clock.instant());
            a.setInfoReceivedOn(infoReceivedOn);
            if (kind == AttendanceKind.ATTENDEE && part != org.maracdesk.casework.PresentFor.ALL) {
                a.presentFor(part, slotDistrict == null ? null : slotDistrict.strip());
            }
            s.persist(a);
            s.flush();
            changes.changed(s, "attendance", a.getId(), kind.name(), agencyCode, who, a.getPresentFor().name(),
                    a.getSlotDistrict(), infoReceivedOn == null ? null : infoReceivedOn.toString());
            return a.getId();
        });
    }

    public void removeAttendance(long attendanceId) {
        require();
        stores.store().doInTransaction(s -> {
            Attendance a = s.get(Attendance.class, attendanceId);
            if (a != null) {
                Headers.requireOpen(a.getMeeting());
                s.remove(a);
                changes.changed(s, "attendance", attendanceId, "removed");
            }
        });
    }

    /**
     * Records what the meeting heard about an outstanding action (OPEN undoes a mark) through the same
     * action tracking as the Actions screen: a history line, a note when it was not possible or not
     * done, and the completion date as told (never assumed) when it is done.
     */
    public void review(long actionId, long meetingId, ActionStatus status, LocalDate completedOn, String note) {
        require();
        String text = ActionOutcomes.check(status, completedOn, note, LocalDate.now(clock));
        stores.store().doInTransaction(s -> {
            Meeting m = open(s, meetingId);
            ActionItem a = action(s, actionId);
            if (a.getMeeting() == null || !a.getMeeting().getMeetingDate().isBefore(m.getMeetingDate())) {
                throw new IllegalArgumentException("only actions from earlier meetings are reviewed here");
            }
            boolean changed = ActionOutcomes.record(s, a, status, completedOn, text, users.current().username(),
                    clock.instant());
            if (!changed && same(a.getReviewedAt(), m)) {
                return;
            }
            a.reviewedAt(m);
            changes.changed(s, "action", actionId, "review", status.name(), String.valueOf(completedOn), text);
        });
    }

    public void saveCaseField(long listingId, CaseField field, String value) {
        require();
        String text = Text.typed(value, field.name().toLowerCase(java.util.Locale.ROOT), ResearchService.TEXT_MAX);
        stores.store().doInTransaction(s -> {
            Listing l = listing(s, listingId);
            if (!Objects.equals(CaseFields.get(l, field), text)) {
                CaseFields.set(l, field, text);
                changes.changed(s, "listing", listingId, field.name(), text);
            }
        });
    }

    /** The time spent on a case so far (the view's timer keeps the total). */
    public void saveTimeSpent(long listingId, int seconds) {
        require();
        if (seconds < 0) {
            throw new IllegalArgumentException("time spent cannot be negative");
        }
        stores.store().doInTransaction(s -> {
            Listing l = listing(s, listingId);
            if (l.getSecondsSpent() != seconds) {
                l.setSecondsSpent(seconds);
            }
        });
    }

    public void saveMeetingField(long meetingId, MeetingField field, String value) {
        require();
        stores.store().doInTransaction(s -> {
            Meeting m = open(s, meetingId);
            String text = switch (field) {
                case CHAIR -> Text.optional(value, "chair", 200);
                case LAPSE_NOTE -> Text.typed(value, "cases past 12 months", 4000);
                case ANY_OTHER_BUSINESS -> Text.typed(value, "any other business", 20000);
            };
            String before = switch (field) {
                case CHAIR -> m.getChairName();
                case LAPSE_NOTE -> m.getLapseNote();
                case ANY_OTHER_BUSINESS -> m.getAnyOtherBusiness();
            };
            if (Objects.equals(before, text)) {
                return;
            }
            switch (field) {
                case CHAIR -> m.setChairName(text);
                case LAPSE_NOTE -> m.setLapseNote(text);
                case ANY_OTHER_BUSINESS -> m.setAnyOtherBusiness(text);
            }
            changes.changed(s, "meeting", meetingId, field.name(), text);
        });
    }

    /** An action of type Other agreed for a listed case at this meeting. */
    public long addAction(long listingId, String agencyCode, String owner, ActionTarget target, String description,
                          LocalDate dueDate) {
        return addAction(listingId, agencyCode, owner, target, description, dueDate, null, null, null, null);
    }

    public long addAction(long listingId, String agencyCode, String owner, ActionTarget target, String description,
                          LocalDate dueDate, String typeCode, String detailText, LocalDate detailDate) {
        return addAction(listingId, agencyCode, owner, target, description, dueDate, typeCode, detailText, detailDate, null);
    }

    /** An action of a type (Other when null) with its details, for the named child of the case if childId is set. */
    public long addAction(long listingId, String agencyCode, String owner, ActionTarget target, String description,
                          LocalDate dueDate, String typeCode, String detailText, LocalDate detailDate, Long childId) {
        require();
        String what = Text.required(description, "action description", 4000);
        String agency = agency(agencyCode);
        if (target == null) {
            throw new IllegalArgumentException("say whom the action is for: victim, child, perpetrator or other");
        }
        return stores.store().inTransaction(s -> {
            Listing l = listing(s, listingId);
            ActionItem a = new ActionItem(l.getMaracCase(), l.getMeeting(), agency, Text.optional(owner, "owner", 200),
                    target, what, dueDate);
            ActionFields.type(s, a, typeCode, detailText, detailDate);
            org.maracdesk.casework.actions.ChildChoice.onNew(a, childId);
            s.persist(a);
            s.flush();
            changes.changed(s, "action_item", a.getId(), "agreed", agency, what, a.getTypeCode(), String.valueOf(childId));
            return a.getId();
        });
    }

    /** Agrees an agency's proposal as an action of this meeting; agreeing it twice makes one action. */
    public long agreeProposal(long proposalId) {
        require();
        return stores.store().inTransaction(s -> {
            ProposedAction p = s.get(ProposedAction.class, proposalId);
            if (p == null || p.getWithdrawnAt() != null) {
                throw new IllegalArgumentException("there is no proposed action " + proposalId);
            }
            requireInScope(s, p.getListing().getMaracCase().getId(), "proposed action " + proposalId);
            if (p.getAgreedAction() != null) {
                return p.getAgreedAction().getId();
            }
            Listing l = p.getListing();
            Headers.requireOpen(l.getMeeting());
            ActionItem a = new ActionItem(l.getMaracCase(), l.getMeeting(), p.getAgencyCode(), p.getOwnerName(),
                    p.getTarget(), p.getDescription(), p.getDueDate());
            ActionFields.type(s, a, p.getTypeCode(), null, null);
            s.persist(a);
            p.agreedAs(a);
            s.flush();
            changes.changed(s, "action_item", a.getId(), "agreed from proposal", String.valueOf(proposalId));
            return a.getId();
        });
    }

    /** Changes one part of an action agreed at a meeting that is still open. */
    public void updateAction(long actionId, ActionField field, String value) {
        require();
        stores.store().doInTransaction(s -> {
            ActionItem a = action(s, actionId);
            Headers.requireOpen(a.getMeeting());
            if (ActionFields.set(s, a, field, value)) {
                changes.changed(s, "action_item", actionId, field.name(), value);
            }
        });
    }

    /** Removes an action agreed by mistake, while its meeting is open. */
    public void removeAction(long actionId) {
        require();
        stores.store().doInTransaction(s -> {
            ActionItem a = s.get(ActionItem.class, actionId);
            if (a == null) {
                return;
            }
            requireInScope(s, a.getMaracCase().getId(), "action " + actionId);
            Headers.requireOpen(a.getMeeting());
            s.createMutationQuery("update ProposedAction p set p.agreedAction = null where p.agreedAction = :a")
                    .setParameter("a", a).executeUpdate();
            s.remove(a);
            changes.changed(s, "action_item", actionId, "removed");
        });
    }

    /**
     * Closes the meeting: outstanding actions still open are carried forward to the next meeting,
     * actions the meeting heard were not done continue as new open actions, and the minutes
     * record is written. Closing a closed meeting is refused. A meeting reopened to correct its record
     * keeps the minutes it had as a version, with the reason it was reopened, before the new ones replace them.
     */
    public void close(long meetingId) {
        require();
        stores.store().doInTransaction(s -> {
            Meeting m = open(s, meetingId);
            new CarryForward(s).apply(m);
            s.flush();
            CaseScope whole = CaseScope.wholeRecord();
            MinutesFreezer.Frozen frozen = MinutesFreezer.freeze(s, whole, m, new RecordReader(s, whole).read(m),
                    clock.instant(), users.current().username());
            m.close(users.current().username(), clock.instant());
            changes.changed(s, "meeting", meetingId, "closed", changes.digest(frozen.body()));
            // The record's own SHA-256 (not a keyed digest): anyone holding the record can check it against this.
            audit.append(stores.store(), s, users.current().username(), org.maracdesk.security.AuditAction.CHANGED,
                    "minutes-record", meetingId + "/v" + frozen.version(), frozen.sha256());
        });
    }

    /**
     * The minutes record of a closed meeting (JSON, every case): for a coordinator from whom no
     * case of that meeting is withheld. Reading it is recorded in the audit trail with the cases it names.
     */
    public java.util.Optional<String> minutes(long meetingId) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.EXPORT_FULL_MINUTES);
        return stores.store().inTransaction(s -> {
            CaseScope scope = CaseScope.of(s, who);
            java.util.List<Long> cases = s.createSelectionQuery("select l.maracCase.id from Listing l"
                    + " where l.meeting.id = :m", Long.class).setParameter("m", meetingId).getResultList();
            if (cases.stream().anyMatch(id -> !scope.includes(id))) {
                throw new NotPermittedException(who.role(), Permission.EXPORT_FULL_MINUTES);
            }
            java.util.Optional<String> body = java.util.Optional.ofNullable(s.get(MeetingMinutes.class, meetingId))
                    .map(MeetingMinutes::getBody);
            if (body.isPresent()) {
                new org.maracdesk.casework.ReadAudit(audit).shown(stores.store(), s, who, "minutes", meetingId, cases);
            }
            return body;
        });
    }

    /** A listing or action of a case withheld from the account is refused as if it did not exist. */
    private void requireInScope(Session s, long caseId, String what) {
        if (!CaseScope.of(s, users.current()).includes(caseId)) {
            throw new IllegalArgumentException("there is no " + what + " you may change");
        }
    }

    private static Meeting open(Session s, long meetingId) {
        Meeting m = Headers.meeting(s, meetingId);
        Headers.requireOpen(m);
        return m;
    }

    private Listing listing(Session s, long listingId) {
        Listing l = s.get(Listing.class, listingId);
        if (l == null) {
            throw new IllegalArgumentException("there is no listing " + listingId);
        }
        requireInScope(s, l.getMaracCase().getId(), "listing " + listingId);
        Headers.requireOpen(l.getMeeting());
        return l;
    }

    private ActionItem action(Session s, long actionId) {
        ActionItem a = s.get(ActionItem.class, actionId);
        if (a == null) {
            throw new IllegalArgumentException("there is no action " + actionId);
        }
        requireInScope(s, a.getMaracCase().getId(), "action " + actionId);
        return a;
    }

    static boolean same(Meeting a, Meeting b) {
        return a != null && b != null && a.getId().equals(b.getId());
    }

    static String agency(String code) {
        if (code == null || Agency.fromCode(code).isEmpty()) {
            throw new IllegalArgumentException("choose the agency that takes the action (one of " + Agency.codes()
                    + ")");
        }
        return code;
    }

    /** Unfinished actions from earlier meetings go on. */
    private static final class CarryForward {
        private final Session s;

        CarryForward(Session s) {
            this.s = s;
        }

        void apply(Meeting m) {
            for (ActionItem a : RecordReader.outstanding(s, m)) {
                if (a.getStatus() == ActionStatus.OPEN) {
                    a.reviewedAt(m);
                    a.carryForward();
                } else if (a.getStatus() == ActionStatus.NOT_DONE && same(a.getReviewedAt(), m)) {
                    ActionItem next = new ActionItem(a.getMaracCase(), m, a.getAgencyCode(), a.getOwnerName(),
                            a.getTarget(), a.getDescription(), null);
                    next.setCarriedFrom(a);
                    next.sameTypeAs(a);
                    s.persist(next);
                }
            }
        }
    }
}
