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

/** A district of a MARAC area; cases carry their district's name. */
@Entity
@Table(name = "district")
public class District {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "district_seq")
    @SequenceGenerator(name = "district_seq", sequenceName = "district_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private MaracArea area;
    @Column(nullable = false, length = 120)
    private String name;
    @Column(name = "retired_on")
    private java.time.LocalDate retiredOn;
    @Version
    private int version;

    protected District() {
    }

    public District(MaracArea area, String name) {
        this.area = area;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public MaracArea getArea() {
        return area;
    }

    public String getName() {
        return name;
    }

    public java.time.LocalDate getRetiredOn() {
        return retiredOn;
    }

    public void rename(String name) {
        this.name = name;
    }

    /** Retires the district (no new meetings or listings; history keeps it), or brings it back with null. */
    public void retire(java.time.LocalDate on) {
        this.retiredOn = on;
    }
}
