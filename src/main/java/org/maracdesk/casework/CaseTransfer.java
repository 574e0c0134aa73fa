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
import org.maracdesk.casework.disclosure.DisclosureStamp;

/**
 * A transfer of a case between MARACs (issue 16, MARAC.md §2.9, decision 0068): in from another area or out to
 * one, when the victim moved, the day the previous minutes and action plans were received or sent (with the lawful
 * basis and consent when they were sent), and the Idva-to-Idva handover. Changes keep old and new values in the
 * change history.
 */
@Entity
@Table(name = "case_transfer")
public class CaseTransfer {
    /** Which way the case went. */
    public enum Direction { IN, OUT }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_transfer_seq")
    @SequenceGenerator(name = "case_transfer_seq", sequenceName = "case_transfer_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MaracCase maracCase;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private Direction direction;
    @Column(name = "other_area", nullable = false, length = 200)
    private String otherArea;
    @Column(name = "moved_on")
    private LocalDate movedOn;
    @Column(name = "papers_on")
    private LocalDate papersOn;
    @Column(name = "lawful_basis", length = 32)
    private String lawfulBasis;
    @Column(name = "lawful_basis_wording", length = 500)
    private String lawfulBasisWording;
    @Column(length = 16)
    private String consent;
    @Column(name = "consent_reason", length = 1000)
    private String consentReason;
    @Column(name = "handover_on")
    private LocalDate handoverOn;
    @Column(name = "handover_service", length = 200)
    private String handoverService;
    @Column(length = 2000)
    private String note;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Version
    private int version;

    protected CaseTransfer() {
    }

    public CaseTransfer(MaracCase maracCase, Direction direction, String recordedBy, Instant recordedAt) {
        this.maracCase = maracCase;
        this.direction = direction;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The steps as they stand now; {@code sent} is the stamp of papers sent out, or null. */
    public void set(String otherArea, LocalDate movedOn, LocalDate papersOn, DisclosureStamp sent, LocalDate handoverOn,
             String handoverService, String note) {
        this.otherArea = otherArea;
        this.movedOn = movedOn;
        this.papersOn = papersOn;
        this.lawfulBasis = sent == null ? null : sent.basis();
        this.lawfulBasisWording = sent == null ? null : sent.wording();
        this.consent = sent == null ? null : sent.consentName();
        this.consentReason = sent == null ? null : sent.consentReason();
        this.handoverOn = handoverOn;
        this.handoverService = handoverService;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public MaracCase getMaracCase() {
        return maracCase;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getOtherArea() {
        return otherArea;
    }

    public LocalDate getMovedOn() {
        return movedOn;
    }

    public LocalDate getPapersOn() {
        return papersOn;
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

    public LocalDate getHandoverOn() {
        return handoverOn;
    }

    public String getHandoverService() {
        return handoverService;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
