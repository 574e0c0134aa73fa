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

/** A case on a meeting's agenda. */
@Entity
@Table(name = "listing")
public class Listing {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_seq")
    @SequenceGenerator(name = "listing_seq", sequenceName = "listing_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MaracCase maracCase;

    @Column(name = "agenda_order", nullable = false)
    private int agendaOrder;

    @Column(name = "repeat_listing", nullable = false)
    private boolean repeatListing;

    @Version
    private int version;

    protected Listing() {
    }

    public Listing(Meeting meeting, MaracCase maracCase, int agendaOrder, boolean repeatListing) {
        this.meeting = meeting;
        this.maracCase = maracCase;
        this.agendaOrder = agendaOrder;
        this.repeatListing = repeatListing;
    }
}
