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
import java.time.Instant;
import java.time.LocalDate;

/** An action an agency proposes before the meeting; agreeing it at the meeting makes an {@link ActionItem}. */
@Entity
@Table(name = "proposed_action")
public class ProposedAction {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposed_action_seq")
    @SequenceGenerator(name = "proposed_action_seq", sequenceName = "proposed_action_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "listing_id", nullable = false)
    private Listing listing;
    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;
    @Column(name = "owner_name", length = 200)
    private String ownerName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActionTarget target;
    @Column(nullable = false, length = 4000)
    private String description;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "proposed_by", nullable = false, length = 64)
    private String proposedBy;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreed_action_id")
    private ActionItem agreedAction;
    @Column(name = "withdrawn_at")
    private java.time.Instant withdrawnAt;
    @Column(name = "type_code", length = 40)
    private String typeCode;
    @Column(name = "withdrawn_by", length = 64)
    private String withdrawnBy;
    @Column(name = "declined_at")
    private Instant declinedAt;
    @Column(name = "declined_by", length = 64)
    private String declinedBy;
    @Column(name = "declined_reason", length = 2000)
    private String declinedReason;
    @Version
    private int version;

    protected ProposedAction() {
    }

    public ProposedAction(Listing listing, String agencyCode, String ownerName, ActionTarget target,
                          String description, LocalDate dueDate, String proposedBy, Instant proposedAt) {
        this.listing = listing;
        this.agencyCode = agencyCode;
        this.ownerName = ownerName;
        this.target = target;
        this.description = description;
        this.dueDate = dueDate;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    public Long getId() {
        return id;
    }

    public Listing getListing() {
        return listing;
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

    public ActionItem getAgreedAction() {
        return agreedAction;
    }

    public void agreedAs(ActionItem action) {
        this.agreedAction = action;
    }

    /** Withdrawn when the case may no longer reach the proposing agency. */
    public void withdraw(java.time.Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    public java.time.Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    /** The proposed action's type code; null on proposals made before types (read as Other). */
    public String getTypeCode() {
        return typeCode;
    }

    /** The agency changes its proposal before the meeting (the service checks who and when). */
    public void change(String typeCode, String ownerName, ActionTarget target, String description, LocalDate dueDate) {
        this.typeCode = typeCode;
        this.ownerName = ownerName;
        this.target = target;
        this.description = description;
        this.dueDate = dueDate;
    }

    /** The proposing agency takes its proposal back before the meeting. */
    public void withdrawBy(String who, Instant at) {
        withdraw(at);
        if (withdrawnBy == null) {
            withdrawnBy = who;
        }
    }

    public String getProposedBy() {
        return proposedBy;
    }

    /** The meeting decides not to agree it; the reason stays with the proposal for the agency to read. */
    public void decline(String who, Instant at, String reason) {
        this.declinedBy = who;
        this.declinedAt = at;
        this.declinedReason = reason;
    }

    public Instant getDeclinedAt() {
        return declinedAt;
    }

    public String getDeclinedReason() {
        return declinedReason;
    }
}
