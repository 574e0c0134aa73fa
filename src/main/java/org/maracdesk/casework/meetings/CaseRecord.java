package org.maracdesk.casework.meetings;

import java.util.List;
import java.util.Map;

/** Everything the meeting view shows and records for one listed case; {@code children} those an action can name. */
public record CaseRecord(AgendaItem listing, String summary, String victimVoice, String victimWants,
                         List<ResearchEntry> research, Map<CaseField, String> fields, int secondsSpent,
                         List<ActionLine> actions, List<ProposalLine> proposals,
                         List<org.maracdesk.casework.actions.ChildChoice> children) {
}
