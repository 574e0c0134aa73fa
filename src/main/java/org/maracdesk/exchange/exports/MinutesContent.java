package org.maracdesk.exchange.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.maracdesk.casework.meetings.FrozenMinutes;

/**
 * One copy of a meeting's minutes, made from one version of its frozen record ({@link MinutesQuery}): the
 * full minutes, or one agency's need-to-know copy. Everything here comes from the record, the must-not-receive
 * lists and the exporting account's scope, so the same version for the same recipient gives the same content
 * (and {@link #contentSha256()} of it) whenever it is made. The victim's safe contact details are not part of
 * it: they are current details, added to a document apart ({@code MinutesDocument}).
 *
 * @param recipientAgency null for the coordinator's full minutes
 * @param recordSha256    the SHA-256 of the stored record this copy was made from
 * @param withheld        cases left out because a must-not-receive list names the recipient, or outside the
 *                        exporting account's scope (count only)
 */
public record MinutesContent(long meetingId, int version, Integer supersedes, String reason, Instant closedAt,
                             String recordedBy, String recordSha256, String recipientAgency,
                             FrozenMinutes.Header header, List<FrozenMinutes.Attendee> attendance,
                             List<FrozenMinutes.Review> review, List<MinutesCase> cases,
                             List<FrozenMinutes.Lapse> lapses, String lapseNote, String anyOtherBusiness,
                             LocalDate nextMeeting, int withheld) {

    /** Why an agency's copy holds a case. */
    public enum Reason { RESEARCH_ASKED, PRESENT, HOLDS_ACTION }

    /**
     * One case as the recipient may see it.
     *
     * @param reasons    why an agency's copy holds it (empty in the full minutes)
     * @param actions    actions agreed at the meeting: all of them in the full minutes, the agency's own in its copy
     * @param policeOnly the police-only sections (police copy and full minutes only), by name
     */
    public record MinutesCase(FrozenMinutes.Case record, List<Reason> reasons, List<FrozenMinutes.Action> actions,
                              List<FrozenMinutes.Action> openEarlier,
                              Map<String, List<Map<String, String>>> policeOnly) {
        public long caseId() {
            return record.caseId();
        }

        public String reference() {
            return record.reference();
        }
    }

    public LocalDate meetingDate() {
        return header.date();
    }

    public String district() {
        return header.district();
    }

    /** The SHA-256 of this copy's content: equal for equal copies, whenever made. */
    public String contentSha256() {
        return ContentHash.of(this);
    }
}
