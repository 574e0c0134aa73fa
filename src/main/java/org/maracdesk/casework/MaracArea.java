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

/** A MARAC area (e.g. a county), made of districts that have time slots at its meetings. */
@Entity
@Table(name = "marac_area")
public class MaracArea {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "marac_area_seq")
    @SequenceGenerator(name = "marac_area_seq", sequenceName = "marac_area_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false, unique = true, length = 120)
    private String name;
    @Version
    private int version;

    protected MaracArea() {
    }

    public MaracArea(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
