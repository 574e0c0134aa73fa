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

/**
 * One agency's research on one listed case (MARAC.md §2.6): what to check, the facts found and
 * the professional opinion kept apart, what was not shared and why, and whether it is submitted.
 */
@Entity
@Table(name = "research_request")
public class ResearchRequest {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "research_request_seq")
    @SequenceGenerator(name = "research_request_seq", sequenceName = "research_request_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "listing_id", nullable = false)
    private Listing listing;
    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;
    @Column(name = "check_victim", nullable = false)
    private boolean checkVictim;
    @Column(name = "check_perpetrator", nullable = false)
    private boolean checkPerpetrator;
    @Column(name = "check_children", nullable = false)
    private boolean checkChildren;
    @Column(length = 20000)
    private String facts;
    @Column(length = 20000)
    private String opinion;
    @Column(name = "not_shared", length = 20000)
    private String notShared;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ResearchStatus status;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by", length = 64)
    private String submittedBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "lawful_basis", length = 32)
    private String lawfulBasis;
    @Column(name = "lawful_basis_wording", length = 500)
    private String lawfulBasisWording;
    @Column(length = 16)
    private String consent;
    @Column(name = "consent_reason", length = 1000)
    private String consentReason;
    @Column(name = "review_on_roll", length = 16)
    private String reviewOnRoll;
    @Column(name = "review_changes", length = 20000)
    private String reviewChanges;
    @Version
    private int version;

    protected ResearchRequest() {
    }

    public ResearchRequest(Listing listing, String agencyCode, boolean checkVictim, boolean checkPerpetrator,
                           boolean checkChildren, Instant requestedAt) {
        this.listing = listing;
        this.agencyCode = agencyCode;
        this.checkVictim = checkVictim;
        this.checkPerpetrator = checkPerpetrator;
        this.checkChildren = checkChildren;
        this.requestedAt = requestedAt;
        this.status = ResearchStatus.PENDING;
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

    public ResearchStatus getStatus() {
        return status;
    }

    public String getFacts() {
        return facts;
    }

    public String getOpinion() {
        return opinion;
    }

    public String getNotShared() {
        return notShared;
    }

    public boolean isCheckVictim() {
        return checkVictim;
    }

    public boolean isCheckPerpetrator() {
        return checkPerpetrator;
    }

    public boolean isCheckChildren() {
        return checkChildren;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public void setNotShared(String notShared) {
        this.notShared = notShared;
    }

    /** The schools' review section (V55, decision 0061): whether the child is still on roll (YES, NO, NOT_KNOWN). */
    public String getReviewOnRoll() {
        return reviewOnRoll;
    }

    public void setReviewOnRoll(String reviewOnRoll) {
        this.reviewOnRoll = reviewOnRoll;
    }

    /** The schools' review section: what has changed since the case was last listed. */
    public String getReviewChanges() {
        return reviewChanges;
    }

    public void setReviewChanges(String reviewChanges) {
        this.reviewChanges = reviewChanges;
    }

    public void submit(String by, Instant at) {
        this.status = ResearchStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    /** Reopened by the coordinator (with a reason kept in the change history): the agency can change it again. */
    public void reopen() {
        this.status = ResearchStatus.PENDING;
        this.submittedBy = null;
        this.submittedAt = null;
    }

    /** Withdrawn when the case may no longer reach this agency; kept for the record, gone from its view. */
    public void withdraw(Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    /** Asked again after the bar that withdrew it was lifted. */
    public void reinstate() {
        withdrawnAt = null;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    /** The lawful basis and consent of the submission (decision 0048); see {@code ExportRecord#disclosure}. */
    public void disclosure(String basis, String wording, String consentState, String reason) {
        this.lawfulBasis = basis;
        this.lawfulBasisWording = wording;
        this.consent = consentState;
        this.consentReason = reason;
    }

    public String getLawfulBasis() {
        return lawfulBasis;
    }

    public String getLawfulBasisWording() {
        return lawfulBasisWording;
    }

    public String getConsent() {
        return consent;
    }

    public String getConsentReason() {
        return consentReason;
    }
}
