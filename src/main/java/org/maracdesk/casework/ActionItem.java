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
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewed_at_meeting_id")
    private Meeting reviewedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "carried_from_id")
    private ActionItem carriedFrom;
    @Column(name = "carried_forward_count", nullable = false)
    private int carriedForwardCount;
    /** The {@link ActionType} code; {@link ActionType#OTHER} unless chosen. */
    @Column(name = "type_code", nullable = false, length = 40)
    private String typeCode = ActionType.OTHER;
    /** The type's text detail (the school told, the order made), when its type has one. */
    @Column(name = "detail_text", length = 400)
    private String detailText;
    /** The type's date detail (when the school was told, the order made, the disclosure given). */
    @Column(name = "detail_date")
    private LocalDate detailDate;
    /** The child the action is for, by name (target CHILD; decision 0047); null when not named. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_person_id")
    private Person targetPerson;
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

    public Long getId() {
        return id;
    }

    public MaracCase getMaracCase() {
        return maracCase;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public ActionTarget getTarget() {
        return target;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getNote() {
        return note;
    }

    public Meeting getReviewedAt() {
        return reviewedAt;
    }

    public ActionItem getCarriedFrom() {
        return carriedFrom;
    }

    public int getCarriedForwardCount() {
        return carriedForwardCount;
    }

    /** Edits made while the meeting that agreed the action is still running. */
    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public void setTarget(ActionTarget target) {
        this.target = target;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    /** Reviewed at a later meeting (outstanding actions), with the outcome the meeting heard. */
    public void reviewedAt(Meeting meeting) {
        this.reviewedAt = meeting;
    }

    /** Still open when a meeting that reviewed it closed: it goes on to the next one. */
    public void carryForward() {
        this.carriedForwardCount++;
    }

    public void setCarriedFrom(ActionItem original) {
        this.carriedFrom = original;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public String getDetailText() {
        return detailText;
    }

    public LocalDate getDetailDate() {
        return detailDate;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public void setDetailText(String detailText) {
        this.detailText = detailText;
    }

    public void setDetailDate(LocalDate detailDate) {
        this.detailDate = detailDate;
    }

    /** Takes the type and its details from {@code other} (an action continued or carried on). */
    public void sameTypeAs(ActionItem other) {
        this.typeCode = other.typeCode;
        this.detailText = other.detailText;
        this.detailDate = other.detailDate;
    }

    /** The optimistic-locking version: moves on with every saved change. */
    public int getVersion() {
        return version;
    }

    public Person getTargetPerson() {
        return targetPerson;
    }

    public void setTargetPerson(Person child) {
        this.targetPerson = child;
    }
}
