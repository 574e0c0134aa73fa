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

/**
 * A crime disclosed at MARAC for one listed case: what, when, against whom, which agency told the
 * meeting, and the police reference once police have recorded it. Entries moved from the old
 * free-text field are marked {@code fromFreeText} and may lack the structured parts.
 */
@Entity
@Table(name = "crime_disclosed")
public class CrimeDisclosed {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crime_disclosed_seq")
    @SequenceGenerator(name = "crime_disclosed_seq", sequenceName = "crime_disclosed_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "listing_id", nullable = false)
    private Listing listing;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "meeting_id", nullable = false)
    private long meetingId;
    @Column(nullable = false, length = 20000)
    private String description;
    @Column(name = "occurred_on")
    private LocalDate occurredOn;
    @Column(name = "occurred_note", length = 200)
    private String occurredNote;
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private CrimeAgainst against;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;
    @Column(name = "against_note", length = 200)
    private String againstNote;
    @Column(name = "disclosed_by", length = 40)
    private String disclosedBy;
    @Column(name = "police_reference", length = 100)
    private String policeReference;
    @Column(name = "police_reference_at")
    private Instant policeReferenceAt;
    @Column(name = "police_reference_by", length = 64)
    private String policeReferenceBy;
    @Column(name = "from_free_text", nullable = false)
    private boolean fromFreeText;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;
    @Version
    private int version;

    protected CrimeDisclosed() {
    }

    public CrimeDisclosed(Listing listing, String createdBy, Instant createdAt) {
        this.listing = listing;
        this.caseId = listing.getMaracCase().getId();
        this.meetingId = listing.getMeeting().getId();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Listing getListing() {
        return listing;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getOccurredNote() {
        return occurredNote;
    }

    public CrimeAgainst getAgainst() {
        return against;
    }

    public Person getPerson() {
        return person;
    }

    public String getAgainstNote() {
        return againstNote;
    }

    public String getDisclosedBy() {
        return disclosedBy;
    }

    public String getPoliceReference() {
        return policeReference;
    }

    public Instant getPoliceReferenceAt() {
        return policeReferenceAt;
    }

    public String getPoliceReferenceBy() {
        return policeReferenceBy;
    }

    public boolean isFromFreeText() {
        return fromFreeText;
    }

    public int getVersion() {
        return version;
    }

    /** Sets what the meeting heard; the caller has checked the values. */
    public void describe(String description, LocalDate occurredOn, String occurredNote, CrimeAgainst against,
                         Person person, String againstNote, String disclosedBy) {
        this.description = description;
        this.occurredOn = occurredOn;
        this.occurredNote = occurredNote;
        this.against = against;
        this.person = person;
        this.againstNote = againstNote;
        this.disclosedBy = disclosedBy;
    }

    /** Police record the crime: their reference, who gave it and when (null clears it). */
    public void recordedByPolice(String reference, String by, Instant at) {
        this.policeReference = reference;
        this.policeReferenceBy = reference == null ? null : by;
        this.policeReferenceAt = reference == null ? null : at;
    }
}
