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
import java.time.LocalTime;

/** The part of a meeting given to one district's cases (Kent MARAC Hub practice). */
@Entity
@Table(name = "meeting_slot")
public class MeetingSlot {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_slot_seq")
    @SequenceGenerator(name = "meeting_slot_seq", sequenceName = "meeting_slot_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;
    @Column(nullable = false, length = 120)
    private String district;
    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;
    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;
    @Version
    private int version;

    protected MeetingSlot() {
    }

    public MeetingSlot(Meeting meeting, String district, LocalTime startsAt, LocalTime endsAt) {
        this.meeting = meeting;
        this.district = district;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public String getDistrict() {
        return district;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }
}
