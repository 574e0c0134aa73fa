package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A professionals' meeting held about a case outside MARAC (issue 16): its date, the agencies present (codes,
 * comma-separated), its outcome and the actions it agreed, as recorded. Changes keep old and new values in
 * the change history.
 */
@Entity
@Table(name = "professionals_meeting")
public class ProfessionalsMeeting {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "professionals_meeting_seq")
    @SequenceGenerator(name = "professionals_meeting_seq", sequenceName = "professionals_meeting_seq",
            allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MaracCase maracCase;
    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;
    @Column(nullable = false, length = 2000)
    private String agencies;
    @Column(length = 4000)
    private String outcome;
    @Column(name = "actions_agreed", length = 4000)
    private String actionsAgreed;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "removed_at")
    private Instant removedAt;
    @Column(name = "removed_by", length = 64)
    private String removedBy;
    @Column(name = "removal_reason", length = 2000)
    private String removalReason;
    @Version
    private int version;

    protected ProfessionalsMeeting() {
    }

    public ProfessionalsMeeting(MaracCase maracCase, String recordedBy, Instant recordedAt) {
        this.maracCase = maracCase;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public MaracCase getMaracCase() {
        return maracCase;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getAgencies() {
        return agencies;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getActionsAgreed() {
        return actionsAgreed;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** Sets what was recorded (the service checks the values and keeps the change history). */
    public void set(LocalDate date, String agencyCodes, String outcomeText, String actionsText) {
        this.meetingDate = date;
        this.agencies = agencyCodes;
        this.outcome = outcomeText;
        this.actionsAgreed = actionsText;
    }

    /** Takes the meeting off the case (recorded by mistake); the row stays with who, when and why. */
    public void remove(String username, Instant at, String reason) {
        this.removedBy = username;
        this.removedAt = at;
        this.removalReason = reason;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public String getRemovedBy() {
        return removedBy;
    }

    public String getRemovalReason() {
        return removalReason;
    }
}
