package org.maracdesk.casework.meetings;

import java.util.List;
import java.util.Map;

/**
 * One listed case in agenda order: markers (children, repeat, transfer in), the risk result and
 * grounds of the referral it is listed for, and research by agency code (in agency order).
 */
public record AgendaItem(long listingId, long caseId, String caseReference, String victimName, int order,
                         int children, boolean repeat, boolean transferIn, Integer score, String band,
                         List<String> routes, String professionalJudgement, Integer policeIncidents,
                         Map<String, ResearchState> research) {
    public boolean hasChildren() {
        return children > 0;
    }
}
