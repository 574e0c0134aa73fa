package org.maracdesk.casework.meetings;

import java.util.List;
import java.util.Map;
import org.maracdesk.casework.ReferralFlag;

/**
 * One listed case in agenda order: markers (children, repeat, transfer in), the risk result and
 * grounds of the referral it is listed for, research by agency code (in agency order), and the circumstances
 * flagged on that referral (pets, NRPF… in {@link ReferralFlag} order), and the actions agencies have proposed
 * for the meeting to decide, counted by agency code (issue 16); {@code transferFrom}, for a case transferred in, the
 * MARAC area it came from as its referral gives it (null when not given), so the agenda shows where it came from;
 * {@code openTransfer}, the case's latest transfer between MARACs while a step of it is still to do (decision 0068),
 * so the coordinator chases the papers or the handover before the meeting (null when none).
 */
public record AgendaItem(long listingId, long caseId, String caseReference, String victimName, int order,
                         int children, boolean repeat, boolean transferIn, Integer score, String band,
                         List<String> routes, String professionalJudgement, Integer policeIncidents,
                         Map<String, ResearchState> research,
                         List<ReferralFlag> flags, Map<String, Integer> proposals, String transferFrom,
                         OpenTransfer openTransfer) {
    /** A transfer with a step to do: which way, the other area, and which steps are still open. */
    public record OpenTransfer(boolean out, String area, boolean papersToDo, boolean handoverToDo) {
    }

    /** An item with no open transfer. */
    public AgendaItem(long listingId, long caseId, String caseReference, String victimName, int order,
                      int children, boolean repeat, boolean transferIn, Integer score, String band,
                      List<String> routes, String professionalJudgement, Integer policeIncidents,
                      Map<String, ResearchState> research,
                      List<ReferralFlag> flags, Map<String, Integer> proposals, String transferFrom) {
        this(listingId, caseId, caseReference, victimName, order, children, repeat, transferIn, score, band, routes,
                professionalJudgement, policeIncidents, research, flags, proposals, transferFrom, null);
    }

    public boolean hasChildren() {
        return children > 0;
    }

    /** Whether the agency's research on this listing is only the schools' review section (decision 0061). */
    public boolean reviewOnly(String agencyCode) {
        return SchoolReview.applies(agencyCode, repeat);
    }
}
