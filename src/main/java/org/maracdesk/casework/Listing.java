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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "referral_id")
    private Referral referral;
    @Column(name = "transfer_in", nullable = false)
    private boolean transferIn;
    @Column(name = "risks_to_victim", length = 20000)
    private String risksToVictim;
    @Column(name = "risks_to_children", length = 20000)
    private String risksToChildren;
    @Column(name = "risks_to_others", length = 20000)
    private String risksToOthers;
    @Column(name = "risks_from_perpetrator", length = 20000)
    private String risksFromPerpetrator;
    @Column(name = "safety_plan", length = 20000)
    private String safetyPlan;
    @Column(name = "crimes_disclosed", length = 20000)
    private String crimesDisclosed;
    @Column(length = 20000)
    private String notes;
    @Column(name = "seconds_spent", nullable = false)
    private int secondsSpent;

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

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public MaracCase getMaracCase() {
        return maracCase;
    }

    public int getAgendaOrder() {
        return agendaOrder;
    }

    public boolean isRepeatListing() {
        return repeatListing;
    }

    public boolean isTransferIn() {
        return transferIn;
    }

    public Referral getReferral() {
        return referral;
    }

    /** Why the case is listed: its referral, with the repeat and transfer-in markers it carries. */
    public void listedFor(Referral referral, boolean repeat, boolean transferIn) {
        this.referral = referral;
        this.repeatListing = repeat;
        this.transferIn = transferIn;
    }

    public void setAgendaOrder(int agendaOrder) {
        this.agendaOrder = agendaOrder;
    }

    public void moveTo(Meeting meeting) {
        this.meeting = meeting;
    }

    public String getRisksToVictim() {
        return risksToVictim;
    }

    public void setRisksToVictim(String value) {
        this.risksToVictim = value;
    }

    public String getRisksToChildren() {
        return risksToChildren;
    }

    public void setRisksToChildren(String value) {
        this.risksToChildren = value;
    }

    public String getRisksToOthers() {
        return risksToOthers;
    }

    public void setRisksToOthers(String value) {
        this.risksToOthers = value;
    }

    public String getRisksFromPerpetrator() {
        return risksFromPerpetrator;
    }

    public void setRisksFromPerpetrator(String value) {
        this.risksFromPerpetrator = value;
    }

    public String getSafetyPlan() {
        return safetyPlan;
    }

    public void setSafetyPlan(String value) {
        this.safetyPlan = value;
    }

    public String getCrimesDisclosed() {
        return crimesDisclosed;
    }

    public void setCrimesDisclosed(String value) {
        this.crimesDisclosed = value;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String value) {
        this.notes = value;
    }

    public int getSecondsSpent() {
        return secondsSpent;
    }

    public void setSecondsSpent(int secondsSpent) {
        this.secondsSpent = secondsSpent;
    }
}
