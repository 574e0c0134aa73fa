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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** One victim's case: the people involved, and (elsewhere) its referrals, listings and actions. */
@Entity
@Table(name = "marac_case")
public class MaracCase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "marac_case_seq")
    @SequenceGenerator(name = "marac_case_seq", sequenceName = "marac_case_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "victim_id", nullable = false)
    private Person victim;

    private String district;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseStatus status;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "case_perpetrator", joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> perpetrators = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "case_child", joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> children = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "case_other_at_risk", joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> othersAtRisk = new LinkedHashSet<>();

    @Column(name = "closed_on")
    private LocalDate closedOn;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "closure_outcome", length = 40)
    private CaseOutcome closureOutcome;
    @Column(name = "closure_reason", length = 2000)
    private String closureReason;

    @Version
    private int version;

    protected MaracCase() {
    }

    public MaracCase(String reference, Person victim, String district, LocalDate openedOn) {
        this.reference = reference;
        this.victim = victim;
        this.district = district;
        this.openedOn = openedOn;
        this.status = CaseStatus.OPEN;
    }

    /** A new accepted referral for a closed case opens it again (the closure stays in the audit trail). */
    public void reopen() {
        this.status = CaseStatus.OPEN;
        this.closedOn = null;
        this.closureOutcome = null;
        this.closureReason = null;
    }

    /** Closes the case on {@code on}; the retention periods count from then if it is the latest date. */
    public void close(LocalDate on, CaseOutcome outcome, String reason) {
        this.status = CaseStatus.CLOSED;
        this.closedOn = on;
        this.closureOutcome = outcome;
        this.closureReason = reason;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public CaseOutcome getClosureOutcome() {
        return closureOutcome;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public String getDistrict() {
        return district;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Person getVictim() {
        return victim;
    }

    public Set<Person> getPerpetrators() {
        return perpetrators;
    }

    public Set<Person> getChildren() {
        return children;
    }

    /** Household members and vulnerable adults at risk, other than the children. */
    public Set<Person> getOthersAtRisk() {
        return othersAtRisk;
    }
}
