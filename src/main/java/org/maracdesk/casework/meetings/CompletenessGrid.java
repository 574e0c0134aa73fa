package org.maracdesk.casework.meetings;

import java.util.List;
import java.util.Map;

/** Research before a meeting: cases (rows) by agencies (columns), with how many each agency has submitted. */
public record CompletenessGrid(MeetingHeader meeting, List<String> agencies, List<AgendaItem> rows,
                               Map<String, Integer> submittedByAgency, int submitted, int requested,
                               int withheldCases) {
}
