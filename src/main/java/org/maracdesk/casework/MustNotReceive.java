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
import java.time.LocalDate;

/**
 * An agency, or a named person, that must never receive anything about a case (minutes,
 * research requests, exports), with the reason. Asked for on a referral; held on the case once
 * the referral is accepted.
 */
@Entity
@Table(name = "must_not_receive")
public class MustNotReceive {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "must_not_receive_seq")
    @SequenceGenerator(name = "must_not_receive_seq", sequenceName = "must_not_receive_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private MaracCase maracCase;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "referral_id")
    private Referral referral;
    @Column(name = "agency_code", length = 40)
    private String agencyCode;
    @Column(name = "person_name", length = 200)
    private String personName;
    @Column(nullable = false, length = 4000)
    private String reason;
    @Column(name = "added_on", nullable = false)
    private LocalDate addedOn;
    @Column(name = "added_by", length = 64)
    private String addedBy;
    @Column(name = "removed_at")
    private java.time.Instant removedAt;
    @Column(name = "removed_by", length = 64)
    private String removedBy;
    @Column(name = "removal_reason", length = 4000)
    private String removalReason;
    @Version
    private int version;

    protected MustNotReceive() {
    }

    /**
     * @param maracCase null while the referral is not accepted
     * @param agency null when only a person is named
     * @param personName null when a whole agency is barred
     */
    public MustNotReceive(MaracCase maracCase, Referral referral, Agency agency, String personName, String reason,
                          LocalDate addedOn) {
        if (agency == null && (personName == null || personName.isBlank())) {
            throw new IllegalArgumentException("name an agency or a person");
        }
        this.maracCase = maracCase;
        this.referral = referral;
        this.agencyCode = agency == null ? null : agency.code();
        this.personName = personName;
        this.reason = reason;
        this.addedOn = addedOn;
    }

    public Long getId() {
        return id;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getPersonName() {
        return personName;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getAddedOn() {
        return addedOn;
    }

    public void addedBy(String username) {
        this.addedBy = username;
    }

    public String getAddedBy() {
        return addedBy;
    }

    /** Takes the entry off the list; who, when and why are kept. */
    public void remove(String username, java.time.Instant at, String reason) {
        this.removedBy = username;
        this.removedAt = at;
        this.removalReason = reason;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public java.time.Instant getRemovedAt() {
        return removedAt;
    }

    public String getRemovedBy() {
        return removedBy;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    /** A referral-level entry of a referral that is now accepted onto {@code c} (its decision reversed). */
    public void attachTo(MaracCase c) {
        this.maracCase = c;
    }

    public MaracCase getMaracCase() {
        return maracCase;
    }
}
