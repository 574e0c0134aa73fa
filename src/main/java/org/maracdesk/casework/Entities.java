package org.maracdesk.casework;

import java.util.List;

/** The casework entity classes, handed to the persistence unit by the composition root. */
public final class Entities {
    private Entities() {
    }

    public static List<Class<?>> all() {
        return List.of(Person.class, MaracCase.class, Referral.class, ReferralPerson.class, MustNotReceive.class,
                Meeting.class, Listing.class, ActionItem.class,
                MaracAgency.class, AgencyRepresentative.class, MaracArea.class, District.class, MeetingSlot.class,
                ResearchRequest.class, Attendance.class, ProposedAction.class, MeetingMinutes.class, ActionUpdate.class,
                RecordChange.class, MeetingChange.class, MinutesVersion.class,
                ActionType.class, MaracSettings.class, CrimeDisclosed.class,
                ChildRecord.class, ProfessionalsMeeting.class, CaseTransfer.class);
    }
}
