package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** An action agreed at a meeting, tracked to completion. */
@Entity
@Table(name = "action_item")
public class ActionItem {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_item_seq")
    @SequenceGenerator(name = "action_item_seq", sequenceName = "action_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MaracCase maracCase;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;
    @Column(name = "owner_name")
    private String ownerName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActionTarget target;
    @Column(nullable = false, length = 4000)
    private String description;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActionStatus status;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Column(length = 4000)
    private String note;
    @Version
    private int version;

    protected ActionItem() {
    }

    public ActionItem(MaracCase maracCase, Meeting meeting, String agencyCode, String ownerName,
                      ActionTarget target, String description, LocalDate dueDate) {
        this.maracCase = maracCase;
        this.meeting = meeting;
        this.agencyCode = agencyCode;
        this.ownerName = ownerName;
        this.target = target;
        this.description = description;
        this.dueDate = dueDate;
        this.status = ActionStatus.OPEN;
    }

    public void setOutcome(ActionStatus status, LocalDate completedOn, String note) {
        this.status = status;
        this.completedOn = completedOn;
        this.note = note;
    }
}
