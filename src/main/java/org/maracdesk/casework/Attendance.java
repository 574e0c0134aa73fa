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
 * A line of a meeting's confidentiality sign-in: an agency attendee, an observer, or an agency's
 * apologies with whether it sent information.
 */
@Entity
@Table(name = "attendance")
public class Attendance {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_seq")
    @SequenceGenerator(name = "attendance_seq", sequenceName = "attendance_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttendanceKind kind;
    @Column(name = "agency_code", length = 40)
    private String agencyCode;
    @Column(length = 200)
    private String name;
    @Column(name = "info_sent", nullable = false)
    private boolean infoSent;
    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "present_for", nullable = false, length = 16)
    private PresentFor presentFor = PresentFor.ALL;
    @Column(name = "slot_district", length = 120)
    private String slotDistrict;
    /** An apology's information: the day it arrived (decision 0059); null when none was sent or not recorded. */
    @Column(name = "info_received_on")
    private java.time.LocalDate infoReceivedOn;
    @Version
    private int version;

    protected Attendance() {
    }

    public Attendance(Meeting meeting, AttendanceKind kind, String agencyCode, String name, boolean infoSent,
                      Instant signedAt) {
        this.meeting = meeting;
        this.kind = kind;
        this.agencyCode = agencyCode;
        this.name = name;
        this.infoSent = infoSent;
        this.signedAt = signedAt;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public AttendanceKind getKind() {
        return kind;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getName() {
        return name;
    }

    public boolean isInfoSent() {
        return infoSent;
    }

    public java.time.LocalDate getInfoReceivedOn() {
        return infoReceivedOn;
    }

    public void setInfoReceivedOn(java.time.LocalDate infoReceivedOn) {
        this.infoReceivedOn = infoReceivedOn;
    }

    public PresentFor getPresentFor() {
        return presentFor;
    }

    /** The district whose slot the attendee was present for ({@link PresentFor#SLOT}), else null. */
    public String getSlotDistrict() {
        return slotDistrict;
    }

    /** Present for part of the meeting only: the children's cases, or one district's slot. */
    public void presentFor(PresentFor part, String district) {
        this.presentFor = part;
        this.slotDistrict = part == PresentFor.SLOT ? district : null;
    }
}
