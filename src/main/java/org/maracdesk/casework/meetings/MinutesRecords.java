package org.maracdesk.casework.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingMinutes;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.MinutesVersion;

/**
 * Reads a meeting's frozen minutes record, current or an earlier version, for the copies made from it
 * (decision 0033). The record holds every case of the meeting: callers make copies for a recipient within the
 * exporting account's scope, which is why they pass it here.
 */
public final class MinutesRecords {
    private MinutesRecords() {
    }

    /** One version of the record, its SHA-256 (hex, of the stored text), and the number of the current version. */
    public record Stored(FrozenMinutes record, String sha256, int current) {
    }

    /** A version kept when the meeting was closed again: its number, SHA-256, when written and replaced, and why. */
    public record VersionLine(int version, String sha256, Instant closedAt, Instant replacedAt, String replacedBy,
                              String reason) {
    }

    /**
     * True when the meeting is closed but its current record is of the format before decision 0033 (or missing):
     * {@link #freezeOld} must write it before a copy can be made.
     */
    public static boolean needsFreezing(Session s, long meetingId) {
        Meeting m = closed(s, meetingId);
        MeetingMinutes current = s.get(MeetingMinutes.class, m.getId());
        return current == null || MinutesWriter.read(current.getBody()).isEmpty();
    }

    /**
     * Writes the complete record of a meeting closed before decision 0033 from its records as they stand now,
     * in place of the older record, under the same version number. Returns the SHA-256 of the record written.
     */
    public static String freezeOld(Session s, long meetingId, Instant at, String by) {
        Meeting m = closed(s, meetingId);
        MeetingMinutes current = s.get(MeetingMinutes.class, m.getId());
        int version = MinutesVersions.current(s, meetingId);
        CaseScope whole = CaseScope.wholeRecord();
        FrozenMinutes record = new FrozenMinutesBuilder(s, whole).build(m, new RecordReader(s, whole).read(m),
                version, version > 1 ? MinutesVersions.of(s, meetingId).get(version - 2).getReason() : null,
                current == null ? at : current.getClosedAt(), current == null ? by : current.getClosedBy());
        String body = new MinutesWriter().write(record);
        if (current == null) {
            s.persist(new MeetingMinutes(m.getId(), at, by, body));
        } else {
            current.replace(current.getClosedAt(), current.getClosedBy(), body);
        }
        return MinutesFreezer.hex(body);
    }

    /**
     * Version {@code version} (null: the current one) of a closed meeting's record.
     *
     * @throws IllegalArgumentException no such meeting or version, or the meeting is not closed
     * @throws IllegalArgumentException also when the version was written before decision 0033 and cannot make copies
     */
    public static Stored read(Session s, CaseScope scope, long meetingId, Integer version) {
        if (!scope.seesCases()) {
            throw new IllegalArgumentException("--meeting: there is no minutes record you may read");
        }
        closed(s, meetingId);
        int current = MinutesVersions.current(s, meetingId);
        if (version != null && (version < 1 || version > current)) {
            throw new IllegalArgumentException("--version: meeting " + meetingId + " has " + (current == 1
                    ? "only version 1" : "versions 1 to " + current) + " of its minutes");
        }
        String body;
        if (version == null || version == current) {
            MeetingMinutes m = s.get(MeetingMinutes.class, meetingId);
            if (m == null) {
                throw new IllegalArgumentException("the minutes record of meeting " + meetingId + " is not readable"
                        + " by your account; ask the MARAC coordinator for your agency's copy");
            }
            body = m.getBody();
        } else {
            body = MinutesVersions.of(s, meetingId).stream().filter(v -> v.getVersionNo() == version)
                    .map(MinutesVersion::getBody).findFirst().orElseThrow();
        }
        Optional<FrozenMinutes> record = MinutesWriter.read(body);
        if (record.isEmpty()) {
            throw new IllegalArgumentException("--version: version " + (version == null ? current : version) + " of the minutes"
                    + " of meeting " + meetingId + " was written before minutes records were complete, so no copy"
                    + " can be made from it");
        }
        return new Stored(record.get(), MinutesFreezer.hex(body), current);
    }

    /** The versions a meeting's current record replaced, oldest first. */
    public static List<VersionLine> versions(Session s, long meetingId) {
        return MinutesVersions.of(s, meetingId).stream().map(v -> new VersionLine(v.getVersionNo(),
                MinutesFreezer.hex(v.getBody()), v.getClosedAt(), v.getReplacedAt(), v.getReplacedBy(),
                v.getReason())).toList();
    }

    /** A version as the export dialog offers it: when it was closed, by whom, why the meeting was reopened for it. */
    public record Closing(int version, Instant closedAt, String closedBy, String reason, boolean latest) {
    }

    /**
     * Every version of a closed meeting's record, the latest first (who closed each and, from version 2 on, the
     * reason the meeting was reopened). Nothing of any case.
     */
    public static List<Closing> closings(Session s, long meetingId) {
        closed(s, meetingId);
        List<MinutesVersion> kept = MinutesVersions.of(s, meetingId);
        List<Closing> out = new java.util.ArrayList<>();
        MeetingMinutes current = s.get(MeetingMinutes.class, meetingId);
        int latest = kept.size() + 1;
        if (current != null) {
            out.add(new Closing(latest, current.getClosedAt(), current.getClosedBy(),
                    latest > 1 ? kept.get(latest - 2).getReason() : null, true));
        }
        for (int i = kept.size() - 1; i >= 0; i--) {
            MinutesVersion v = kept.get(i);
            out.add(new Closing(v.getVersionNo(), v.getClosedAt(), v.getClosedBy(),
                    i > 0 ? kept.get(i - 1).getReason() : null, false));
        }
        return out;
    }

    /** The number of a meeting's current (or, while reopened, last) minutes record. */
    public static int currentVersion(Session s, long meetingId) {
        return MinutesVersions.current(s, meetingId);
    }

    private static Meeting closed(Session s, long meetingId) {
        Meeting m = s.get(Meeting.class, meetingId);
        if (m == null) {
            throw new IllegalArgumentException("--meeting: there is no meeting " + meetingId);
        }
        if (m.getStatus() != MeetingStatus.CLOSED) {
            throw new IllegalArgumentException("--meeting: the meeting of " + m.getMeetingDate() + " is not closed;"
                    + " minutes are made from the record written when it closes");
        }
        return m;
    }
}
