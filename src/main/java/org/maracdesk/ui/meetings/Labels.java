package org.maracdesk.ui.meetings;

import java.util.ArrayList;
import java.util.List;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.meetings.AgendaItem;
import org.maracdesk.casework.meetings.ResearchState;
import org.maracdesk.ui.common.Messages;

/** Words for the meetings screens' codes and markers, all from the message bundle. */
final class Labels {
    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.UK);
    private final Messages messages;

    Labels(Messages messages) {
        this.messages = messages;
    }

    String kind(AttendanceKind k) {
        return switch (k) {
            case ATTENDEE -> messages.get("meeting.kind.attendee");
            case OBSERVER -> messages.get("meeting.kind.observer");
            case APOLOGY -> messages.get("meeting.kind.apology");
        };
    }

    String status(ActionStatus s) {
        return switch (s) {
            case OPEN -> messages.get("meeting.status.open");
            case DONE -> messages.get("meeting.status.done");
            case NOT_POSSIBLE -> messages.get("meeting.status.notPossible");
            case NOT_DONE -> messages.get("meeting.status.notDone");
        };
    }

    /**
     * The agenda's research column: submitted of asked, a school's review section on a repeat listing (decision
     * 0061), and the actions proposed by agency.
     */
    String researchSummary(AgendaItem item, java.util.function.Function<String, String> agencyName) {
        long asked = item.research().values().stream().filter(s -> s != ResearchState.NOT_REQUESTED).count();
        long done = item.research().values().stream().filter(s -> s == ResearchState.SUBMITTED).count();
        String count = asked == 0 ? messages.get("agenda.research.notCirculated")
                : messages.format("agenda.research.count", done, asked);
        String review = item.research().entrySet().stream().filter(e -> e.getValue() != ResearchState.NOT_REQUESTED
                && item.reviewOnly(e.getKey())).map(e -> messages.format("agenda.research.review",
                agencyName.apply(e.getKey()), stateShort(e.getValue(), true))).findFirst().orElse(null);
        return withProposals(review == null ? count : count + " " + review, item.proposals(), agencyName);
    }

    /**
     * The agenda's research text followed, when agencies have proposed actions still to decide, by how many
     * and from whom ("Police 2, Idva service 1"), issue 16.
     */
    String withProposals(String research, java.util.Map<String, Integer> proposals,
                         java.util.function.Function<String, String> agencyName) {
        if (proposals.isEmpty()) {
            return research;
        }
        int total = proposals.values().stream().mapToInt(Integer::intValue).sum();
        String from = String.join(", ", proposals.entrySet().stream().map(e -> messages.format("proposal.agenda.item",
                agencyName.apply(e.getKey()), e.getValue())).toList());
        return messages.format("proposal.agenda", research, total, from);
    }

    String target(ActionTarget t) {
        return switch (t) {
            case VICTIM -> messages.get("meeting.target.victim");
            case CHILD -> messages.get("meeting.target.child");
            case PERPETRATOR -> messages.get("meeting.target.perpetrator");
            case OTHER -> messages.get("meeting.target.other");
        };
    }

    String state(ResearchState s) {
        return switch (s) {
            case SUBMITTED -> messages.get("research.state.submitted");
            case PENDING -> messages.get("research.state.pending");
            case NOT_REQUESTED -> messages.get("research.state.notRequested");
        };
    }

    /** The same, saying "review" for a school's review section on a repeat listing (decision 0061). */
    String stateShort(ResearchState s, boolean review) {
        if (!review || s == ResearchState.NOT_REQUESTED) {
            return stateShort(s);
        }
        return messages.get(s == ResearchState.SUBMITTED ? "research.short.reviewSubmitted"
                : "research.short.reviewPending");
    }

    /** A short symbol plus word for the grid, so state is never colour alone. */
    String stateShort(ResearchState s) {
        return switch (s) {
            case SUBMITTED -> messages.get("research.short.submitted");
            case PENDING -> messages.get("research.short.pending");
            case NOT_REQUESTED -> messages.get("research.short.notRequested");
        };
    }

    String markers(AgendaItem l) {
        List<String> out = new ArrayList<>();
        if (l.hasChildren()) {
            out.add(messages.format("agenda.marker.childrenCount", l.children()));
        } else {
            out.add(messages.get("agenda.marker.adultOnly"));
        }
        if (l.repeat()) {
            out.add(messages.get("agenda.marker.repeat"));
        }
        out.addAll(fromArea(new org.maracdesk.ui.common.FlagWords(messages).markers(l.flags(), l.transferIn()), l,
                "agenda.marker.transferFrom"));
        if (l.openTransfer() != null) {
            AgendaItem.OpenTransfer t = l.openTransfer();
            out.add(messages.get(t.papersToDo() && t.handoverToDo() ? "agenda.marker.transferBothToDo"
                    : t.papersToDo() ? "agenda.marker.transferPapersToDo" : "agenda.marker.transferHandoverToDo"));
        }
        return String.join(" · ", out);
    }

    /** The markers in full words (flags spelt out), for the accessible name of a marker cell or line. */
    String markersInFull(AgendaItem l) {
        List<String> out = new ArrayList<>();
        out.add(l.hasChildren() ? messages.format("agenda.marker.childrenCount", l.children())
                : messages.get("agenda.marker.adultOnly"));
        if (l.repeat()) {
            out.add(messages.get("agenda.marker.repeat"));
        }
        out.addAll(fromArea(new org.maracdesk.ui.common.FlagWords(messages).full(l.flags(), l.transferIn()), l,
                "agenda.marker.transferFromFull"));
        if (l.openTransfer() != null) {
            AgendaItem.OpenTransfer t = l.openTransfer();
            out.add(messages.format(t.out() ? "agenda.marker.transferOutFull" : "agenda.marker.transferInFull",
                    t.area(), messages.get(t.papersToDo() && t.handoverToDo() ? "agenda.marker.transferBothFull"
                            : t.papersToDo() ? (t.out() ? "agenda.marker.transferPapersOutFull"
                            : "agenda.marker.transferPapersInFull") : "agenda.marker.transferHandoverFull")));
        }
        return String.join(", ", out);
    }

    /** The transfer marker (last of the flag words) says the MARAC area the case came from, when known. */
    private List<String> fromArea(List<String> words, AgendaItem l, String key) {
        if (l.transferIn() && l.transferFrom() != null && !words.isEmpty()) {
            List<String> out = new ArrayList<>(words);
            out.set(out.size() - 1, messages.format(key, l.transferFrom()));
            return out;
        }
        return words;
    }

    String risk(AgendaItem l) {
        String band = l.band() == null ? messages.get("agenda.risk.none") : switch (l.band()) {
            case "high" -> messages.get("band.high");
            case "medium" -> messages.get("band.medium");
            default -> messages.get("band.standard");
        };
        List<String> grounds = new ArrayList<>();
        for (String r : l.routes()) {
            grounds.add(route(r));
        }
        return messages.format("agenda.risk", band, l.score() == null ? "-" : l.score(),
                grounds.isEmpty() ? messages.get("agenda.grounds.none") : String.join(", ", grounds));
    }

    private String route(String r) {
        return switch (r) {
            case "VISIBLE_HIGH_RISK" -> messages.get("agenda.route.visible");
            case "PROFESSIONAL_JUDGEMENT" -> messages.get("agenda.route.judgement");
            case "POTENTIAL_ESCALATION" -> messages.get("agenda.route.escalation");
            case "REPEAT" -> messages.get("agenda.route.repeat");
            default -> r;
        };
    }

    /** A date as screens show it, e.g. "Tue 24 Nov 2026". */
    static String date(java.time.LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    String caseTitle(AgendaItem l) {
        return messages.format("meeting.case.title", l.order(), l.caseReference(), l.victimName());
    }
}
