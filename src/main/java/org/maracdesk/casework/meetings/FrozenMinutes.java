package org.maracdesk.casework.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * The minutes record frozen when a meeting closes (decision 0033): everything any copy of the minutes
 * prints, so that a copy made years later, for any recipient, is made from this alone. Stored as JSON
 * ({@code {"format": 5, "minutes": {...}}}) in {@code meeting_minutes}; never changed once written (a
 * reopened meeting closed again writes the next version; only a retention purge takes a case out).
 *
 * @param version     1 for the record written at the first close; each re-close adds one
 * @param supersedes  the version this one replaces (null for version 1)
 * @param reason      why the meeting was reopened (null for version 1)
 * @param recordedBy  the account that closed the meeting (the minute-taker of record)
 * @param review      the outstanding-actions review: each earlier action and what the meeting heard
 * @param nextMeeting the next scheduled meeting of the district at close, if any
 */
public record FrozenMinutes(long meetingId, int version, Integer supersedes, String reason, Instant closedAt,
                            String recordedBy, Header header, List<Attendee> attendance, List<Review> review,
                            List<Case> cases, List<Lapse> lapses, String lapseNote, String anyOtherBusiness,
                            LocalDate nextMeeting) {

    /**
     * The format of the stored JSON: 8 since a case carries its transfers between MARACs that concern the meeting
     * ({@link Transfer}, decision 0069), left out when there are none; 7 since a school's research on a repeat
     * listing carries its review section ({@link ReviewSection}, decision 0061) and an apology the day its
     * information arrived (decision 0059), both left out when empty; 6 since a case carries the professionals'
     * meetings held about it since its last MARAC ({@link ProfessionalsMeeting}, decision 0049); 5 since an action
     * carries the name of the child it is for (decision 0047); 4 since a case carries the orders, bail and court
     * dates its referral gave (decision 0046); 3 since actions carry their type (decision 0041). Formats 7 to 2
     * (decision 0033, without action types) are still read: a case of format 7 and earlier has no transfers and one
     * of format 5 and earlier no professionals' meetings (an empty list is left out of the JSON), an action of
     * format 4 and earlier names no child, a case of format 3 or 2 has no {@link Court} (left out of the JSON), an
     * action of format 2 no type, so their copies print and hash as they did. The minutes record of releases before
     * format 2 was 1 (the meeting view's record), which is not read.
     */
    public static final int FORMAT = 8;

    /** The oldest format a copy can be made from: the first complete record, without action types. */
    public static final int FIRST_COMPLETE_FORMAT = 2;

    public record Header(LocalDate date, String district, String venue, boolean virtual, String chair,
                         List<Slot> slots) {
    }

    public record Slot(String district, LocalTime startsAt, LocalTime endsAt) {
    }

    /**
     * A sign-in line: kind ATTENDEE, OBSERVER or APOLOGY; {@code presentFor} ALL, CHILDREN or SLOT
     * (with {@code slotDistrict}); {@code infoSent} for apologies, with {@code infoReceivedOn} the day the
     * information arrived (format 7, decision 0059; null, left out of the JSON, when not recorded and in records of
     * format 6 and earlier, so their copies hash as before).
     */
    public record Attendee(String kind, String agency, String name, boolean infoSent, String presentFor,
                           String slotDistrict, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate infoReceivedOn) {
        /** An attendee line without a received date (records of format 6 and earlier). */
        public Attendee(String kind, String agency, String name, boolean infoSent, String presentFor,
                        String slotDistrict) {
            this(kind, agency, name, infoSent, presentFor, slotDistrict, null);
        }
    }

    /**
     * An action from an earlier meeting as the meeting reviewed it; {@code outcome} is its status after close;
     * {@code type} null in records of format 2 (left out of the JSON then, so their copies hash as before).
     */
    public record Review(long actionId, long caseId, String caseReference, LocalDate agreedOn, String agency,
                         String owner, String target, String description, LocalDate due, String outcome,
                         LocalDate completedOn, String note, int timesCarriedForward,
                         @JsonInclude(JsonInclude.Include.NON_NULL) ActionKind type) {
    }

    /**
     * An action as it stood at close: agreed at this meeting, or still open from an earlier one; {@code type}
     * null in records of format 2 (see {@link Review}); {@code child} the name of the child it is for when one is
     * named (decision 0047), null otherwise and in records of format 4 and earlier (left out of the JSON then, so
     * their copies hash as before).
     */
    public record Action(long id, LocalDate agreedOn, String agency, String owner, String target,
                         String description, LocalDate due, String status,
                         @JsonInclude(JsonInclude.Include.NON_NULL) ActionKind type,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String child) {

        /** An action for no named child (as in records of format 4 and earlier). */
        public Action(long id, LocalDate agreedOn, String agency, String owner, String target, String description,
                      LocalDate due, String status, ActionKind type) {
            this(id, agreedOn, agency, owner, target, description, due, status, type, null);
        }
    }

    /**
     * An action's type as it stood at close (issue 16): its code, its name then (a type renamed later keeps the
     * name the meeting used), and the type's details when it has them (the school told, the date given).
     */
    public record ActionKind(String code, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String detail,
                             @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate date) {
    }

    /**
     * One agency's research as shared at the meeting: fact and opinion apart, and what it did not share and why;
     * {@code review} the schools' review section of a repeat listing (decision 0061), null otherwise and in records
     * of format 6 and earlier (left out of the JSON then, so their copies hash as before).
     */
    public record Research(String agency, String state, String facts, String opinion, String notShared,
                           @JsonInclude(JsonInclude.Include.NON_NULL) ReviewSection review) {

        /** Research on the full form (as in every record of format 6 and earlier). */
        public Research(String agency, String state, String facts, String opinion, String notShared) {
            this(agency, state, facts, opinion, notShared, null);
        }
    }

    /** The schools' review section: {@code onRoll} YES, NO, NOT_KNOWN or null (not answered); what has changed. */
    public record ReviewSection(String onRoll, String changes) {
    }

    /** Markers: number of children, repeat, transfer in, the referral's flags. */
    public record Markers(int children, boolean repeat, boolean transferIn, List<String> flags) {
    }

    /** The risk summary: the referral's score, band, grounds and the risks the meeting identified. */
    public record Risk(Integer score, String band, List<String> routes, String toVictim, String toChildren,
                       String toOthers, String fromPerpetrator) {
    }

    /**
     * Who the case may go to, as the meeting stood at close (agency codes): the agencies asked for research,
     * those present when it was heard, those holding an action on it. The must-not-receive lists are applied
     * again whenever a copy is made.
     */
    public record Sharing(List<String> researchAsked, List<String> present, List<String> actionHolders) {
    }

    /**
     * What the referral the case was listed for gave of the police and court position (decision 0046), as it
     * stood at close: the officer in charge, civil orders, bail conditions and the date bail runs to, the court
     * dates. Every copy that holds the case prints it (agencies at the table report breaches and plan around the
     * dates); the offences, crime and PNC references and the rest of the referral's circumstances stay in the
     * case file. Null when the referral gave none of these, and in records of format 3 and earlier.
     */
    public record Court(@JsonInclude(JsonInclude.Include.NON_NULL) String officerInCharge,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String civilOrders,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String bailConditions,
                        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate bailUntil,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LocalDate> courtDates) {

        /** The referral's values; null when it gave none of them. */
        public static Court of(org.maracdesk.casework.ReferralCircumstances c) {
            if (c == null) {
                return null;
            }
            List<LocalDate> dates = c.courtDates() == null ? List.of() : java.util.Arrays.stream(c.courtDates()
                    .split(";")).map(String::strip).filter(d -> !d.isEmpty()).map(LocalDate::parse).toList();
            Court out = new Court(blankToNull(c.officerInCharge()), blankToNull(c.civilOrders()),
                    blankToNull(c.bailConditions()), c.bailUntil(), dates);
            return out.officerInCharge == null && out.civilOrders == null && out.bailConditions == null
                    && out.bailUntil == null && out.courtDates.isEmpty() ? null : out;
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /**
     * One case. {@code policeOnly} holds the sections only the police copy (and the full minutes) carry, by
     * name: the structured "crimes disclosed" entries go there (issue 15, a separate piece of work); empty today.
     */
    public record Case(long caseId, String reference, int order, String victim, LocalDate victimBorn,
                       List<String> perpetrators, Markers markers, Risk risk, List<Research> research,
                       List<Action> actions, List<Action> openEarlier, List<String> safetyPlan, Sharing sharing,
                       Map<String, List<Map<String, String>>> policeOnly,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Court court,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProfessionalsMeeting> professionalsMeetings,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Transfer> transfers) {

        /** A case without transfers (as in records of format 7 and earlier). */
        public Case(long caseId, String reference, int order, String victim, LocalDate victimBorn,
                    List<String> perpetrators, Markers markers, Risk risk, List<Research> research,
                    List<Action> actions, List<Action> openEarlier, List<String> safetyPlan, Sharing sharing,
                    Map<String, List<Map<String, String>>> policeOnly, Court court,
                    List<ProfessionalsMeeting> professionalsMeetings) {
            this(caseId, reference, order, victim, victimBorn, perpetrators, markers, risk, research, actions,
                    openEarlier, safetyPlan, sharing, policeOnly, court, professionalsMeetings, null);
        }

        /** The professionals' meetings (never null: empty in records of format 4 and earlier). */
        @Override
        public List<ProfessionalsMeeting> professionalsMeetings() {
            return professionalsMeetings == null ? List.of() : professionalsMeetings;
        }

        /** The transfers between MARACs (never null: empty in records of format 7 and earlier). */
        @Override
        public List<Transfer> transfers() {
            return transfers == null ? List.of() : transfers;
        }
    }

    /**
     * A transfer of the case between MARACs (issue 16, decisions 0068 and 0069) as it stood at close: IN from or OUT
     * to the other area, the day the victim moved, the day the previous minutes and action plans were received (IN)
     * or sent (OUT), the day of the Idva-to-Idva handover and the other area's Idva service; a step not done is null.
     * The transfer's note and the lawful basis of papers sent stay on the case. Every copy that holds the case
     * prints it.
     */
    public record Transfer(String direction, String otherArea,
                           @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate movedOn,
                           @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate papersOn,
                           @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate handoverOn,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String handoverService) {
    }

    /**
     * A professionals' meeting held about the case since its last MARAC (decision 0049), as recorded at close: its
     * date, the agencies present (codes), the outcome and the actions agreed. One removed as recorded by mistake
     * is not here. Every copy that holds the case prints them.
     */
    public record ProfessionalsMeeting(LocalDate date, List<String> agencies, String outcome,
                                       @JsonInclude(JsonInclude.Include.NON_NULL) String actions) {
    }

    /** A case whose last listing passes 12 months around the meeting's date. */
    public record Lapse(long caseId, String caseReference, LocalDate lastListed, LocalDate lapsesOn) {
    }
}
