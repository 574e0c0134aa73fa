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
import jakarta.persistence.Version;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;

/** A MARAC meeting for one district. */
@Entity
@Table(name = "meeting")
public class Meeting {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    private Long id;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;
    @Column(nullable = false)
    private String district;
    private String venue;
    @Column(name = "is_virtual", nullable = false)
    private boolean virtual;
    @Column(name = "cut_off", nullable = false)
    private LocalDate cutOff;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MeetingStatus status;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    private MaracArea area;
    @Column(name = "chair_name", length = 200)
    private String chairName;
    @Column(name = "circulated_at")
    private Instant circulatedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by", length = 64)
    private String closedBy;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancelled_by", length = 64)
    private String cancelledBy;
    @Column(name = "cancel_reason", length = 2000)
    private String cancelReason;
    @Column(name = "any_other_business", length = 20000)
    private String anyOtherBusiness;
    @Column(name = "lapse_note", length = 4000)
    private String lapseNote;
    @Version
    private int version;

    protected Meeting() {
    }

    public Meeting(LocalDate meetingDate, String district, String venue, boolean virtual, LocalDate cutOff,
                   MeetingStatus status) {
        this.meetingDate = meetingDate;
        this.district = district;
        this.venue = venue;
        this.virtual = virtual;
        this.cutOff = cutOff;
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getDistrict() {
        return district;
    }

    public String getVenue() {
        return venue;
    }

    public boolean isVirtual() {
        return virtual;
    }

    public LocalDate getCutOff() {
        return cutOff;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public MaracArea getArea() {
        return area;
    }

    public String getChairName() {
        return chairName;
    }

    public Instant getCirculatedAt() {
        return circulatedAt;
    }

    public String getAnyOtherBusiness() {
        return anyOtherBusiness;
    }

    public String getLapseNote() {
        return lapseNote;
    }

    public void setArea(MaracArea area) {
        this.area = area;
    }

    public void setChairName(String chairName) {
        this.chairName = chairName;
    }

    public void reschedule(LocalDate meetingDate, String venue, boolean virtual, LocalDate cutOff) {
        this.meetingDate = meetingDate;
        this.venue = venue;
        this.virtual = virtual;
        this.cutOff = cutOff;
    }

    public void circulated(Instant at) {
        this.circulatedAt = at;
    }

    public void setAnyOtherBusiness(String anyOtherBusiness) {
        this.anyOtherBusiness = anyOtherBusiness;
    }

    public void setLapseNote(String lapseNote) {
        this.lapseNote = lapseNote;
    }

    /** Cancels a scheduled meeting: it will not be held. */
    public void cancel(String by, Instant at, String reason) {
        this.status = MeetingStatus.CANCELLED;
        this.cancelledBy = by;
        this.cancelledAt = at;
        this.cancelReason = reason;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    /** Opens a closed meeting again so that its record can be corrected; closing it again writes new minutes. */
    public void reopen() {
        this.status = MeetingStatus.SCHEDULED;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public void close(String by, Instant at) {
        this.status = MeetingStatus.CLOSED;
        this.closedBy = by;
        this.closedAt = at;
    }
}
