package org.maracdesk.casework.meetings;

import java.util.List;

/**
 * A meeting's agenda as one account may see it: listed cases in order, the agencies asked for
 * research (codes, in order), and how many listed cases are withheld from the account (never which).
 */
public record Agenda(MeetingHeader meeting, List<AgendaItem> cases, List<String> agencies, int withheldCases) {
}
