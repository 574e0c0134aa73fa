package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One change of an action's status: the history behind the action's current state. Never edited. */
@Entity
@Table(name = "action_update")
public class ActionUpdate {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_update_seq")
    @SequenceGenerator(name = "action_update_seq", sequenceName = "action_update_seq", allocationSize = 50)
    private Long id;
    @Column(name = "action_id", nullable = false)
    private long actionId;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false, length = 16)
    private ActionStatus previousStatus;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActionStatus status;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Column(length = 4000)
    private String note;

    protected ActionUpdate() {
    }

    public ActionUpdate(long actionId, Instant updatedAt, String updatedBy, ActionStatus previousStatus,
                        ActionStatus status, LocalDate completedOn, String note) {
        this.actionId = actionId;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.previousStatus = previousStatus;
        this.status = status;
        this.completedOn = completedOn;
        this.note = note;
    }
}
