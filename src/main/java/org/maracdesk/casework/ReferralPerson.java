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

/**
 * Someone a referral names besides the victim, as the referrer described them: a perpetrator and
 * their relationship to the victim, a child (relationships, who they live with, school), or
 * another person at risk.
 */
@Entity
@Table(name = "referral_person")
public class ReferralPerson {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_person_seq")
    @SequenceGenerator(name = "referral_person_seq", sequenceName = "referral_person_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id", nullable = false)
    private Referral referral;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PersonRole role;
    @Column(name = "relationship_to_victim", length = 80)
    private String relationshipToVictim;
    @Column(name = "relationship_to_perpetrator", length = 80)
    private String relationshipToPerpetrator;
    @Column(name = "lives_with", length = 200)
    private String livesWith;
    @Column(length = 200)
    private String school;
    @Column(length = 4000)
    private String note;
    @Version
    private int version;

    protected ReferralPerson() {
    }

    public ReferralPerson(Referral referral, Person person, PersonRole role, String relationshipToVictim) {
        this.referral = referral;
        this.person = person;
        this.role = role;
        this.relationshipToVictim = relationshipToVictim;
    }

    /** What the form says about a child: relationship to the perpetrator, who they live with, school. */
    public void setChildDetails(String relationshipToPerpetrator, String livesWith, String school) {
        this.relationshipToPerpetrator = relationshipToPerpetrator;
        this.livesWith = livesWith;
        this.school = school;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
