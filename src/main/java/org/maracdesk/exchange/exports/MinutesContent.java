package org.maracdesk.exchange.exports;

import java.time.LocalDate;
import java.util.List;
import org.maracdesk.casework.SafeContact;
import org.maracdesk.casework.actions.ActionRow;

/**
 * What one set of minutes holds, filled by {@link MinutesQuery}. The meeting record (attendance,
 * joint safety plan, risks identified) plugs in through {@link MeetingRecordSource}.
 *
 * @param recipientAgency null for the coordinator's full minutes
 * @param withheld cases left out because their must-not-receive list names the recipient (count only)
 */
public record MinutesContent(long meetingId, LocalDate meetingDate, String district, String venue,
                             boolean virtual, String recipientAgency, List<String> attendance,
                             List<MinutesCase> cases, int withheld) {

    /** The cases of this copy that carry the victim's safe contact details. */
    public List<Long> casesWithSafeContact() {
        return cases.stream().filter(c -> c.safeContact() != null).map(MinutesCase::caseId).toList();
    }

    /**
     * One case as the recipient may see it.
     *
     * @param safeContact the victim's safe address and contact details when the recipient (and the
     *                    account exporting) may see them ({@code casework.SafeContactRule}); null
     *                    when the MARAC coordinator holds them
     */
    public record MinutesCase(long caseId, String reference, int agendaOrder, boolean repeat, String victim,
                              LocalDate victimDateOfBirth, List<String> perpetrators, int children,
                              Integer score, String band, String routes, List<String> safetyPlan,
                              List<ActionRow> actions, SafeContact safeContact) {
    }
}
