package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The minutes record written when a meeting closes: a JSON snapshot that exports render later. */
@Entity
@Table(name = "meeting_minutes")
public class MeetingMinutes {
    @Id
    @Column(name = "meeting_id")
    private Long meetingId;
    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;
    @Column(name = "closed_by", nullable = false, length = 64)
    private String closedBy;
    @Column(nullable = false, length = 1000000)
    private String body;
    @Version
    private int version;

    protected MeetingMinutes() {
    }

    public MeetingMinutes(Long meetingId, Instant closedAt, String closedBy, String body) {
        this.meetingId = meetingId;
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.body = body;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getBody() {
        return body;
    }

    public String getClosedBy() {
        return closedBy;
    }

    /** The record written when the meeting is closed again; the one it replaces is kept first as a version. */
    public void replace(Instant closedAt, String closedBy, String body) {
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.body = body;
    }
}
