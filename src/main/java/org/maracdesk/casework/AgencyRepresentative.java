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

/** Someone who attends the MARAC for an agency. */
@Entity
@Table(name = "agency_representative")
public class AgencyRepresentative {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_representative_seq")
    @SequenceGenerator(name = "agency_representative_seq", sequenceName = "agency_representative_seq",
            allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_code", nullable = false)
    private MaracAgency agency;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(name = "job_title", length = 200)
    private String jobTitle;
    @Column(length = 254)
    private String email;
    @Column(length = 40)
    private String phone;
    @Version
    private int version;

    protected AgencyRepresentative() {
    }

    public AgencyRepresentative(MaracAgency agency, String name, String jobTitle, String email, String phone) {
        this.agency = agency;
        this.name = name;
        this.jobTitle = jobTitle;
        this.email = email;
        this.phone = phone;
    }

    public Long getId() {
        return id;
    }

    public MaracAgency getAgency() {
        return agency;
    }

    public String getName() {
        return name;
    }

    public String getJobTitle() {
        return jobTitle;
    }
}
