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
}
