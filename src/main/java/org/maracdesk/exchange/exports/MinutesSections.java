package org.maracdesk.exchange.exports;

import static org.maracdesk.exchange.exports.DocumentText.text;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maracdesk.casework.meetings.FrozenMinutes;

/** The parts of a minutes copy beyond the header and the case's own fields ({@link MinutesDocument}). */
final class MinutesSections {
    private MinutesSections() {
    }

    static String nz(String s) {
        return s == null || s.isBlank() ? text("doc.none") : s;
    }

    static String instant(Instant at) {
        return at == null ? text("doc.none")
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(ZoneOffset.UTC));
    }

    static List<String> attendance(List<FrozenMinutes.Attendee> lines, AgencyNames agencies) {
        List<String> out = new ArrayList<>();
        for (String kind : List.of("ATTENDEE", "OBSERVER", "APOLOGY")) {
            for (FrozenMinutes.Attendee a : lines) {
                if (!kind.equals(a.kind())) {
                    continue;
                }
                String name = a.name() == null ? "" : a.name().strip();
                String agency = a.agency() == null ? "" : agencies.name(a.agency());
                String who = name.isEmpty() ? agency : agency.isEmpty() ? name : name + ", " + agency;
                out.add(switch (kind) {
                    case "ATTENDEE" -> "CHILDREN".equals(a.presentFor()) ? text("minutes.attendance.children", who)
                            : "SLOT".equals(a.presentFor()) ? text("minutes.attendance.slot", who, a.slotDistrict())
                            : who;
                    case "OBSERVER" -> text("minutes.attendance.observer", who);
                    default -> a.infoSent() && a.infoReceivedOn() != null
                            ? text("minutes.attendance.apologiesSentOn", who, a.infoReceivedOn().toString())
                            : text(a.infoSent() ? "minutes.attendance.apologiesSent"
                            : "minutes.attendance.apologiesNotSent", who);
                });
            }
        }
        return out;
    }

    static String reasons(List<MinutesContent.Reason> reasons) {
        List<String> out = new ArrayList<>();
        for (MinutesContent.Reason r : reasons) {
            out.add(switch (r) {
                case RESEARCH_ASKED -> text("minutes.reason.research");
                case PRESENT -> text("minutes.reason.present");
                case HOLDS_ACTION -> text("minutes.reason.action");
            });
        }
        return String.join(text("doc.listSeparator"), out);
    }

    static String markers(FrozenMinutes.Markers m) {
        List<String> out = new ArrayList<>();
        out.add(text("minutes.markers.children", m.children()));
        if (m.repeat()) {
            out.add(text("minutes.markers.repeat"));
        }
        if (m.transferIn()) {
            out.add(text("minutes.markers.transfer"));
        }
        if (m.flags() != null && !m.flags().isEmpty()) {
            out.add(text("minutes.markers.flags", m.flags().stream()
                    .map(f -> f.toLowerCase(Locale.ROOT).replace('_', ' ')).reduce((a, b) -> a + ", " + b).get()));
        }
        return String.join(text("doc.listSeparator"), out);
    }

    /** The risks the meeting identified, each that was recorded. */
    static void risks(FrozenMinutes.Risk r, PdfReport pdf) throws IOException {
        optional(pdf, "minutes.risks.victim", r.toVictim());
        optional(pdf, "minutes.risks.children", r.toChildren());
        optional(pdf, "minutes.risks.others", r.toOthers());
        optional(pdf, "minutes.risks.perpetrator", r.fromPerpetrator());
    }

    private static void optional(PdfReport pdf, String key, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            pdf.field(text(key), value.strip());
        }
    }

    /** The research each agency shared: fact and opinion apart, what it did not share. */
    static void research(List<FrozenMinutes.Research> research, AgencyNames agencies, PdfReport pdf)
            throws IOException {
        if (research.isEmpty()) {
            pdf.field(text("minutes.research"), text("minutes.research.none"));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (FrozenMinutes.Research r : research) {
            boolean submitted = "SUBMITTED".equals(r.state());
            if (r.review() != null) {
                rows.add(new String[] {agencies.name(r.agency()), submitted ? review(r.review())
                    : text("minutes.research.notSubmitted"), text("doc.none"), text("doc.none")});
                continue;
            }
            rows.add(new String[] {agencies.name(r.agency()),
                submitted ? nz(r.facts()) : text("minutes.research.notSubmitted"),
                submitted ? nz(r.opinion()) : text("doc.none"), submitted ? nz(r.notShared()) : text("doc.none")});
        }
        pdf.paragraph(text("minutes.research"));
        pdf.table(new String[] {text("minutes.col.agency"), text("minutes.col.facts"), text("minutes.col.opinion"),
            text("minutes.col.notShared")}, new float[] {0.16f, 0.36f, 0.28f, 0.20f}, rows);
    }

    /** The schools' review section of a repeat listing as one cell: on roll, and what has changed (decision 0061). */
    private static String review(FrozenMinutes.ReviewSection r) {
        String onRoll = r.onRoll() == null ? text("doc.none") : switch (r.onRoll()) {
            case "YES" -> text("minutes.review.onRoll.yes");
            case "NO" -> text("minutes.review.onRoll.no");
            default -> text("minutes.review.onRoll.notKnown");
        };
        return text("minutes.review", onRoll, nz(r.changes()));
    }

    /**
     * An actions table. Records of format 3 carry each action's type, shown in its own column; records of format 2
     * have none, and their table is printed as it always was (decision 0041). From format 5 an action for a named
     * child says the child's name where it says whom the action is for (decision 0047).
     */
    static void actions(List<FrozenMinutes.Action> actions, AgencyNames agencies, PdfReport pdf) throws IOException {
        boolean typed = actions.stream().anyMatch(a -> a.type() != null);
        List<String[]> rows = new ArrayList<>();
        for (FrozenMinutes.Action a : actions) {
            String due = a.due() == null ? text("doc.none") : a.due().toString();
            String whom = a.child() == null ? target(a.target()) : text("minutes.action.child", a.child());
            rows.add(typed ? new String[] {agencies.name(a.agency()), nz(a.owner()), whom,
                type(a.type()), a.description(), due, status(a.status(), null)}
                : new String[] {agencies.name(a.agency()), nz(a.owner()), whom, a.description(), due,
                    status(a.status(), null)});
        }
        if (typed) {
            pdf.table(new String[] {text("minutes.col.agency"), text("minutes.col.owner"), text("minutes.col.target"),
                text("minutes.col.type"), text("minutes.col.action"), text("minutes.col.due"),
                text("minutes.col.status")}, new float[] {0.12f, 0.12f, 0.12f, 0.15f, 0.26f, 0.11f, 0.12f}, rows);
            return;
        }
        pdf.table(new String[] {text("minutes.col.agency"), text("minutes.col.owner"), text("minutes.col.target"),
            text("minutes.col.action"), text("minutes.col.due"), text("minutes.col.status")},
                new float[] {0.13f, 0.14f, 0.12f, 0.37f, 0.11f, 0.13f}, rows);
    }

    /** An action's type as the meeting knew it, with its details: "Safeguarding referral (school; 2026-11-20)". */
    static String type(FrozenMinutes.ActionKind kind) {
        if (kind == null) {
            return text("doc.none");
        }
        List<String> details = new ArrayList<>();
        if (kind.detail() != null) {
            details.add(kind.detail());
        }
        if (kind.date() != null) {
            details.add(kind.date().toString());
        }
        String name = kind.name() == null ? kind.code() : kind.name();
        return details.isEmpty() ? name : name + " (" + String.join("; ", details) + ")";
    }

    /** The outstanding-actions review: each earlier action and what the meeting heard. */
    static void review(List<FrozenMinutes.Review> review, AgencyNames agencies, PdfReport pdf) throws IOException {
        pdf.heading(text("minutes.review"));
        if (review.isEmpty()) {
            pdf.paragraph(text("minutes.review.none"));
            return;
        }
        boolean typed = review.stream().anyMatch(r -> r.type() != null);
        List<String[]> rows = new ArrayList<>();
        for (FrozenMinutes.Review r : review) {
            String due = r.due() == null ? text("doc.none") : r.due().toString();
            String outcome = "OPEN".equals(r.outcome()) ? text("minutes.review.carried")
                    : status(r.outcome(), r.completedOn());
            rows.add(typed ? new String[] {r.caseReference(), agencies.name(r.agency()), type(r.type()),
                r.description(), due, outcome, nz(r.note())}
                : new String[] {r.caseReference(), agencies.name(r.agency()), r.description(), due, outcome,
                    nz(r.note())});
        }
        if (typed) {
            pdf.table(new String[] {text("minutes.col.case"), text("minutes.col.agency"), text("minutes.col.type"),
                text("minutes.col.action"), text("minutes.col.due"), text("minutes.col.outcome"),
                text("minutes.col.note")}, new float[] {0.15f, 0.11f, 0.12f, 0.22f, 0.11f, 0.12f, 0.17f}, rows);
            return;
        }
        pdf.table(new String[] {text("minutes.col.case"), text("minutes.col.agency"), text("minutes.col.action"),
            text("minutes.col.due"), text("minutes.col.outcome"), text("minutes.col.note")},
                new float[] {0.15f, 0.13f, 0.30f, 0.11f, 0.14f, 0.17f}, rows);
    }

    /**
     * The police-only sections (only in the police copy and the full minutes): each named section, one line per
     * entry. The structured crimes disclosed at MARAC are to go here ({@code "crimesDisclosed"}).
     */
    static void policeOnly(Map<String, List<Map<String, String>>> sections, PdfReport pdf) throws IOException {
        if (sections == null || sections.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<Map<String, String>>> section : sections.entrySet()) {
            List<String> lines = new ArrayList<>();
            for (Map<String, String> entry : section.getValue()) {
                lines.add(String.join(text("doc.listSeparator"), entry.entrySet().stream()
                        .filter(e -> !e.getValue().isEmpty())
                        .map(e -> policeLabel(e.getKey()) + ": " + e.getValue()).toList()));
            }
            pdf.field(policeLabel(section.getKey()), lines.isEmpty() ? text("doc.none")
                    : String.join("\n", lines));
        }
    }

    /**
     * The orders, bail and court dates the case's referral gave (decision 0046), one line each, in every copy
     * that holds the case; nothing when the record has none (a record of format 3 or earlier, or none given).
     */
    static void court(FrozenMinutes.Court court, PdfReport pdf) throws IOException {
        if (court == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        if (court.officerInCharge() != null) {
            lines.add(text("minutes.court.officer", court.officerInCharge()));
        }
        if (court.civilOrders() != null) {
            lines.add(text("minutes.court.orders", court.civilOrders()));
        }
        if (court.bailConditions() != null || court.bailUntil() != null) {
            String conditions = court.bailConditions() == null ? text("minutes.court.bailNoConditions")
                    : court.bailConditions();
            lines.add(court.bailUntil() == null ? text("minutes.court.bail", conditions)
                    : text("minutes.court.bailUntil", conditions, court.bailUntil().toString()));
        }
        if (court.courtDates() != null && !court.courtDates().isEmpty()) {
            lines.add(text("minutes.court.dates", String.join(text("doc.listSeparator"),
                    court.courtDates().stream().map(java.time.LocalDate::toString).toList())));
        }
        pdf.field(text("minutes.court"), String.join("\n", lines));
    }

    /** The label of a police-only section or of one of its entries' parts (FrozenMinutesBuilder's keys). */
    private static String policeLabel(String key) {
        return switch (key) {
            case "crimesDisclosed" -> text("crimes.minutes.heading");
            case "what" -> text("minutes.police.what");
            case "when" -> text("minutes.police.when");
            case "against" -> text("minutes.police.against");
            case "disclosedBy" -> text("minutes.police.disclosedBy");
            case "policeReference" -> text("minutes.police.policeReference");
            default -> key;
        };
    }

    /** The lapse list, any other business and the next meeting. */
    static void closing(MinutesContent m, PdfReport pdf) throws IOException {
        pdf.heading(text("minutes.lapses"));
        if (m.lapses().isEmpty()) {
            pdf.paragraph(text("minutes.lapses.none"));
        } else {
            List<String[]> rows = new ArrayList<>();
            for (FrozenMinutes.Lapse l : m.lapses()) {
                rows.add(new String[] {l.caseReference(), String.valueOf(l.lastListed()), String.valueOf(l.lapsesOn())});
            }
            pdf.table(new String[] {text("minutes.col.case"), text("minutes.col.lastListed"),
                text("minutes.col.lapsesOn")}, new float[] {0.3f, 0.35f, 0.35f}, rows);
        }
        if (m.lapseNote() != null && !m.lapseNote().isBlank()) {
            pdf.field(text("minutes.lapseNote"), m.lapseNote().strip());
        }
        pdf.heading(text("minutes.aob"));
        pdf.paragraph(m.anyOtherBusiness() == null || m.anyOtherBusiness().isBlank() ? text("minutes.aob.none")
                : m.anyOtherBusiness().strip());
        pdf.field(text("minutes.nextMeeting"), m.nextMeeting() == null ? text("minutes.nextMeeting.none")
                : m.nextMeeting().toString());
    }

    private static String target(String target) {
        return target == null ? text("doc.none") : switch (target) {
            case "VICTIM" -> text("action.target.victim");
            case "CHILD" -> text("action.target.child");
            case "PERPETRATOR" -> text("action.target.perpetrator");
            default -> text("action.target.other");
        };
    }

    private static String status(String status, java.time.LocalDate completedOn) {
        return switch (status) {
            case "DONE" -> completedOn == null ? text("action.status.done") : text("action.status.doneOn", completedOn);
            case "NOT_POSSIBLE" -> text("action.status.not_possible");
            case "NOT_DONE" -> text("action.status.not_done");
            default -> text("action.status.open");
        };
    }
}
