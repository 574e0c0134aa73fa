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
import java.time.LocalDate;

/**
 * What is known of a child on a case as a child (decision 0047): school, social worker, plan status and
 * the Operation Encompass notification. The child is the {@link Person} of the case's children; one of
 * these per child and case, made when something is first recorded.
 */
@Entity
@Table(name = "child_record")
public class ChildRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_record_seq")
    @SequenceGenerator(name = "child_record_seq", sequenceName = "child_record_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MaracCase maracCase;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person child;
    @Column(length = 200)
    private String school;
    @Column(name = "social_worker_name", length = 200)
    private String socialWorkerName;
    @Column(name = "social_worker_agency", length = 200)
    private String socialWorkerAgency;
    @Column(name = "social_worker_contact", length = 200)
    private String socialWorkerContact;
    @Enumerated(EnumType.STRING)
    @Column(name = "plan_status", nullable = false, length = 24)
    private ChildPlanStatus planStatus = ChildPlanStatus.NOT_KNOWN;
    @Column(name = "encompass_notified_on")
    private LocalDate encompassNotifiedOn;
    @Column(name = "encompass_notified_by", length = 200)
    private String encompassNotifiedBy;
    @Version
    private int version;

    protected ChildRecord() {
    }

    public ChildRecord(MaracCase maracCase, Person child) {
        this.maracCase = maracCase;
        this.child = child;
    }

    public Long getId() {
        return id;
    }

    public MaracCase getMaracCase() {
        return maracCase;
    }

    public Person getChild() {
        return child;
    }

    public String getSchool() {
        return school;
    }

    public String getSocialWorkerName() {
        return socialWorkerName;
    }

    public String getSocialWorkerAgency() {
        return socialWorkerAgency;
    }

    public String getSocialWorkerContact() {
        return socialWorkerContact;
    }

    public ChildPlanStatus getPlanStatus() {
        return planStatus;
    }

    public LocalDate getEncompassNotifiedOn() {
        return encompassNotifiedOn;
    }

    public String getEncompassNotifiedBy() {
        return encompassNotifiedBy;
    }

    public int getVersion() {
        return version;
    }

    /** Sets every field at once (the service has checked them and kept the history). */
    public void set(String school, String swName, String swAgency, String swContact, ChildPlanStatus plan,
                    LocalDate encompassOn, String encompassBy) {
        this.school = school;
        this.socialWorkerName = swName;
        this.socialWorkerAgency = swAgency;
        this.socialWorkerContact = swContact;
        this.planStatus = plan;
        this.encompassNotifiedOn = encompassOn;
        this.encompassNotifiedBy = encompassBy;
    }
}
