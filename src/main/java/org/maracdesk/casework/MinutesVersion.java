package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A minutes record replaced when a reopened meeting was closed again, with who replaced it, when and why. */
@Entity
@Table(name = "meeting_minutes_version")
public class MinutesVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_minutes_version_seq")
    @SequenceGenerator(name = "meeting_minutes_version_seq", sequenceName = "meeting_minutes_version_seq",
            allocationSize = 50)
    private Long id;
    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;
    @Column(name = "version_no", nullable = false)
    private int versionNo;
    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;
    @Column(name = "closed_by", nullable = false, length = 64)
    private String closedBy;
    @Column(nullable = false, length = 1000000)
    private String body;
    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;
    @Column(name = "replaced_by", nullable = false, length = 64)
    private String replacedBy;
    @Column(nullable = false, length = 2000)
    private String reason;

    protected MinutesVersion() {
    }

    public MinutesVersion(MeetingMinutes replaced, int versionNo, Instant replacedAt, String replacedBy,
                          String reason) {
        this.meetingId = replaced.getMeetingId();
        this.versionNo = versionNo;
        this.closedAt = replaced.getClosedAt();
        this.closedBy = replaced.getClosedBy();
        this.body = replaced.getBody();
        this.replacedAt = replacedAt;
        this.replacedBy = replacedBy;
        this.reason = reason;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getBody() {
        return body;
    }

    public String getReason() {
        return reason;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }

    public String getReplacedBy() {
        return replacedBy;
    }
}
