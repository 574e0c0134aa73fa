package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change to a meeting or its agenda after scheduling: who, when, which field, old and new value,
 * and the reason where one is asked. Never edited; the audit trail holds only its digest.
 */
@Entity
@Table(name = "meeting_change")
public class MeetingChange {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_change_seq")
    @SequenceGenerator(name = "meeting_change_seq", sequenceName = "meeting_change_seq", allocationSize = 50)
    private Long id;
    @Column(name = "meeting_id")
    private Long meetingId;
    @Column(name = "district_id")
    private Long districtId;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "referral_id")
    private Long referralId;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;
    @Column(nullable = false, length = 40)
    private String field;
    @Column(name = "old_value", length = 4000)
    private String oldValue;
    @Column(name = "new_value", length = 4000)
    private String newValue;
    @Column(length = 2000)
    private String reason;

    protected MeetingChange() {
    }

    public MeetingChange(Long meetingId, Long caseId, Instant changedAt, String changedBy, String field,
                         String oldValue, String newValue, String reason) {
        this.meetingId = meetingId;
        this.caseId = caseId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
    }

    /** A change to a district rather than a meeting. */
    public static MeetingChange ofDistrict(Long districtId, Instant at, String by, String field, String oldValue,
                                           String newValue) {
        MeetingChange c = new MeetingChange(null, null, at, by, field, oldValue, newValue, null);
        c.districtId = districtId;
        return c;
    }

    /** Marks the referral a case was listed for when the case is taken off the agenda by hand. */
    public void forReferral(Long referralId) {
        this.referralId = referralId;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getReason() {
        return reason;
    }
}
