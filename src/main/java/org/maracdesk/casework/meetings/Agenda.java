package org.maracdesk.casework.meetings;

import java.util.List;

/** A meeting's agenda: listed cases in order, and the agencies asked for research (codes, in order). */
public record Agenda(MeetingHeader meeting, List<AgendaItem> cases, List<String> agencies) {
}
