package org.maracdesk.casework.meetings;

import java.time.Instant;
import org.hibernate.Session;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.Meeting;

/**
 * For bulk paths that write inside a transaction they already hold (the demo loader today, a data migration
 * later): the research requests circulating a list creates, and the minutes closing a meeting writes, made by the
 * same code the meeting services use. Nothing here checks permissions or writes the audit trail; callers that act
 * for a user go through the services instead.
 */
public final class MeetingBulkWrites {
    private MeetingBulkWrites() {
    }

    /** Creates the missing research requests for one listing; returns how many were created. */
    public static int requestResearch(Session session, Listing listing, Instant at) {
        return Circulation.requestFor(session, listing, at);
    }

    /**
     * The minutes of a meeting as its current records stand (flush first), with its outstanding actions (open
     * actions of earlier meetings of the district, by id) and lapsing cases given by the caller, who keeps track of
     * them while writing many meetings: querying them for each meeting would read the whole vault each time.
     */
    public static String minutes(Session session, Meeting meeting, java.util.Collection<Long> outstandingActionIds,
                                 java.util.List<LapseItem> lapses, Instant closedAt, String closedBy) {
        java.util.List<ActionItem> outstanding = outstandingActionIds.isEmpty() ? java.util.List.of()
                : session.createSelectionQuery("select a from ActionItem a join fetch a.maracCase c"
                        + " where a.id in :ids order by c.reference, a.id", ActionItem.class)
                .setParameter("ids", outstandingActionIds).getResultList();
        org.maracdesk.casework.CaseScope whole = org.maracdesk.casework.CaseScope.wholeRecord();
        return new MinutesWriter().write(new FrozenMinutesBuilder(session, whole).build(meeting,
                new RecordReader(session, whole).read(meeting, outstanding, lapses), 1, null, closedAt, closedBy));
    }
}
