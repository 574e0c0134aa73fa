package org.maracdesk.exchange.exports;

import java.time.LocalDate;
import java.util.List;
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

    /** One case as the recipient may see it. */
    public record MinutesCase(String reference, int agendaOrder, boolean repeat, String victim,
                              LocalDate victimDateOfBirth, List<String> perpetrators, int children,
                              Integer score, String band, String routes, List<String> safetyPlan,
                              List<ActionRow> actions) {
    }
}
