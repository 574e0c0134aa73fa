package org.maracdesk.casework.hub;

import java.time.LocalDate;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.ReferralStatus;

/** What the case hub's sections show, each record one line of a section (decision 0045). */
public final class HubRecords {
    private HubRecords() {
    }

    /** A referral of the case; its full content is opened by id (ReferralRecordService.view, coordinator). */
    public record Referral(long id, LocalDate referralDate, ReferralStatus status, String referringAgency,
                           String band, Integer score, boolean repeat, String decisionReason, Boolean ricAttached,
                           String managerSignOff, LocalDate signedOffOn) {
    }

    /**
     * One listing of the case and what its meeting recorded about it: the risks, the joint safety plan and
     * the notes (null when nothing was written).
     */
    public record Listing(long listingId, long meetingId, LocalDate meetingDate, String district,
                          MeetingStatus meetingStatus, boolean repeat, String risksToVictim, String risksToChildren,
                          String risksToOthers, String risksFromPerpetrator, String safetyPlan, String notes) {
        /** True when the meeting wrote anything about the case. */
        public boolean hasRecord() {
            return risksToVictim != null || risksToChildren != null || risksToOthers != null
                    || risksFromPerpetrator != null || safetyPlan != null || notes != null;
        }
    }

    /** One agency's research for one listing: facts and opinion kept apart, as the agency typed them. */
    public record Research(String agencyCode, String agencyName, LocalDate meetingDate, boolean submitted, String facts,
                           String opinion) {
    }

    /** An action on the case, with the meeting it was agreed at (null when added outside a meeting). */
    public record Action(long id, String agencyCode, String owner, String description, LocalDate dueDate,
                         ActionStatus status, String typeName, LocalDate agreedOn, String agencyName) {
    }
}
