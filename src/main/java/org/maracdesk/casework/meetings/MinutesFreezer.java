package org.maracdesk.casework.meetings;

import java.time.Instant;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingMinutes;
import org.maracdesk.casework.MinutesVersion;
import org.maracdesk.security.Sha256;

/**
 * Writes a meeting's frozen minutes record (decision 0033): version 1 at the first close; when a reopened meeting
 * closes again, the record it replaces is kept as a numbered version first and the new one is the next number,
 * naming the one it supersedes and the reason the meeting was reopened.
 */
final class MinutesFreezer {
    private MinutesFreezer() {
    }

    /** The version written and the SHA-256 (hex) of the stored record, for the audit trail. */
    record Frozen(long meetingId, int version, String sha256, String body) {
    }

    /** {@code record} is the meeting view's record read with the whole record's scope ({@code whole}). */
    static Frozen freeze(Session s, CaseScope whole, Meeting m, MeetingRecord record, Instant at, String by) {
        MeetingMinutes earlier = s.get(MeetingMinutes.class, m.getId());
        int version = 1;
        String reason = null;
        if (earlier != null) {
            MinutesVersion kept = new MinutesVersions(s).keep(earlier, at, by);
            version = kept.getVersionNo() + 1;
            reason = kept.getReason();
        }
        String body = new MinutesWriter().write(new FrozenMinutesBuilder(s, whole).build(m, record, version, reason,
                at, by));
        if (earlier == null) {
            s.persist(new MeetingMinutes(m.getId(), at, by, body));
        } else {
            earlier.replace(at, by, body);
        }
        return new Frozen(m.getId(), version, hex(body), body);
    }

    static String hex(String body) {
        return java.util.HexFormat.of().formatHex(Sha256.of(body));
    }
}
