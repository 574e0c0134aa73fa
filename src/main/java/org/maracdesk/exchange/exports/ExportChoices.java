package org.maracdesk.exchange.exports;

import java.time.LocalDate;
import java.util.List;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.security.Role;
import org.maracdesk.store.StoreProvider;

/** What the export dialogs offer to choose from: closed meetings, Idva accounts. No case data. */
public final class ExportChoices {
    private final StoreProvider stores;
    private final CurrentUser users;

    public ExportChoices(StoreProvider stores, CurrentUser users) {
        this.stores = stores;
        this.users = users;
    }

    /** A closed meeting whose minutes can be exported. */
    public record MeetingChoice(long id, LocalDate date, String district) {
    }

    /** Closed meetings, newest first. */
    public List<MeetingChoice> closedMeetings() {
        PermissionMatrix.require(users.current(), Permission.EXPORT_OWN_AGENCY_MINUTES);
        return stores.store().read(s -> s.createSelectionQuery("select m.id, m.meetingDate, m.district from Meeting m"
                + " where m.status = :closed order by m.meetingDate desc, m.id desc", Object[].class)
                .setParameter("closed", MeetingStatus.CLOSED).getResultList().stream()
                .map(r -> new MeetingChoice((Long) r[0], (LocalDate) r[1], (String) r[2])).toList());
    }

    /** Meetings not cancelled, newest first: each has a lapse list (the coordinator's export). */
    public List<MeetingChoice> meetingsForLapseLists() {
        PermissionMatrix.require(users.current(), Permission.EXPORT_FULL_MINUTES);
        return stores.store().read(s -> s.createSelectionQuery("select m.id, m.meetingDate, m.district from Meeting m"
                + " where m.status <> :cancelled order by m.meetingDate desc, m.id desc", Object[].class)
                .setParameter("cancelled", MeetingStatus.CANCELLED).getResultList().stream()
                .map(r -> new MeetingChoice((Long) r[0], (LocalDate) r[1], (String) r[2])).toList());
    }

    /**
     * Meetings not cancelled, newest first: the person profiles for the police research can be made for each
     * (police accounts and the coordinator, as {@code CrimesDisclosed.mayExport}).
     */
    public List<MeetingChoice> meetingsForProfiles() {
        if (!org.maracdesk.casework.meetings.CrimesDisclosed.mayExport(users.current())) {
            throw new org.maracdesk.security.NotPermittedException(users.current() == null ? null
                    : users.current().role(), "only police accounts and the coordinator may export the person"
                    + " profiles for the police research");
        }
        return stores.store().read(s -> s.createSelectionQuery("select m.id, m.meetingDate, m.district from Meeting m"
                + " where m.status <> :cancelled order by m.meetingDate desc, m.id desc", Object[].class)
                .setParameter("cancelled", MeetingStatus.CANCELLED).getResultList().stream()
                .map(r -> new MeetingChoice((Long) r[0], (LocalDate) r[1], (String) r[2])).toList());
    }

    /** Usernames of active Idva accounts, for a coordinator exporting an Idva's caseload summary. */
    public List<String> idvaUsernames() {
        PermissionMatrix.require(users.current(), Permission.EXPORT_FULL_MINUTES);
        return stores.store().read(s -> s.createSelectionQuery("select a.username from Account a"
                + " where a.role = :idva and a.active = true order by a.username", String.class)
                .setParameter("idva", Role.IDVA).getResultList());
    }
}
