package org.maracdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the export register: who exported what, for whom, when (MARAC.md §5.2). Never edited. */
@Entity
@Table(name = "export_record")
public class ExportRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "export_record_seq")
    @SequenceGenerator(name = "export_record_seq", sequenceName = "export_record_seq", allocationSize = 50)
    private Long id;
    @Column(name = "exported_at", nullable = false)
    private Instant exportedAt;
    @Column(name = "exported_by", nullable = false, length = 64)
    private String exportedBy;
    @Column(nullable = false, length = 32)
    private String kind;
    @Column(nullable = false, length = 200)
    private String subject;
    @Column(nullable = false, length = 200)
    private String recipient;
    @Column(nullable = false, length = 8)
    private String format;
    @Column(nullable = false)
    private boolean encrypted;
    @Column(name = "file_sha256", nullable = false, length = 64)
    private String fileSha256;
    @Column(name = "meeting_id")
    private Long meetingId;
    @Column(name = "minutes_version")
    private Integer minutesVersion;
    @Column(name = "content_sha256", length = 64)
    private String contentSha256;
    @Column(name = "lawful_basis", length = 32)
    private String lawfulBasis;
    @Column(name = "lawful_basis_wording", length = 500)
    private String lawfulBasisWording;
    @Column(length = 16)
    private String consent;
    @Column(name = "consent_reason", length = 1000)
    private String consentReason;

    protected ExportRecord() {
    }

    public ExportRecord(Instant exportedAt, String exportedBy, String kind, String subject, String recipient,
                        String format, boolean encrypted, String fileSha256) {
        this.exportedAt = exportedAt;
        this.exportedBy = exportedBy;
        this.kind = kind;
        this.subject = subject;
        this.recipient = recipient;
        this.format = format;
        this.encrypted = encrypted;
        this.fileSha256 = fileSha256;
    }

    public Long getId() {
        return id;
    }

    /** A copy of minutes: the meeting, the version of its frozen record, and the SHA-256 of the copy's content. */
    public void minutesCopy(long meeting, int version, String contentSha) {
        this.meetingId = meeting;
        this.minutesVersion = version;
        this.contentSha256 = contentSha;
    }

    /**
     * The lawful basis the export was made under (its code and wording as they were then) and consent (decision
     * 0048): {@code consent} GIVEN, REFUSED or NOT_SOUGHT, or null when not recorded; {@code consentReason} why it
     * went ahead without consent.
     */
    public void disclosure(String basis, String wording, String consentState, String reason) {
        this.lawfulBasis = basis;
        this.lawfulBasisWording = wording;
        this.consent = consentState;
        this.consentReason = reason;
    }
}
