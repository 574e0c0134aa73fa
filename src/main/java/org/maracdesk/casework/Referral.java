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
import java.time.LocalDate;

/** A referral to the MARAC with its checklist answers (JSON) and the scored result. */
@Entity
@Table(name = "referral")
public class Referral {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MaracCase maracCase;

    @Column(name = "referral_date", nullable = false)
    private LocalDate referralDate;
    @Column(name = "referring_agency", nullable = false)
    private String referringAgency;
    @Column(name = "referrer_name")
    private String referrerName;
    @Column(name = "instrument_id", nullable = false)
    private String instrumentId;
    @Column(name = "instrument_version", nullable = false)
    private String instrumentVersion;
    @Column(nullable = false, length = 20000)
    private String answers;
    private Integer score;
    private String band;
    private String routes;
    @Column(name = "police_incidents")
    private Integer policeIncidents;
    @Column(name = "professional_judgement", length = 4000)
    private String professionalJudgement;
    private String flags;
    @Column(name = "incident_summary", length = 20000)
    private String incidentSummary;
    @Column(name = "victim_voice", length = 20000)
    private String victimVoice;
    @Column(nullable = false, length = 16)
    private String status;
    @Version
    private int version;

    protected Referral() {
    }

    public Referral(MaracCase maracCase, LocalDate referralDate, String referringAgency, String referrerName) {
        this.maracCase = maracCase;
        this.referralDate = referralDate;
        this.referringAgency = referringAgency;
        this.referrerName = referrerName;
        this.status = "ACCEPTED";
    }

    public void setChecklist(String instrumentId, String instrumentVersion, String answersJson) {
        this.instrumentId = instrumentId;
        this.instrumentVersion = instrumentVersion;
        this.answers = answersJson;
    }

    public void setResult(int score, String band, String routes) {
        this.score = score;
        this.band = band;
        this.routes = routes;
    }

    public void setGrounds(Integer policeIncidents, String professionalJudgement, String flags) {
        this.policeIncidents = policeIncidents;
        this.professionalJudgement = professionalJudgement;
        this.flags = flags;
    }

    public void setNarrative(String incidentSummary, String victimVoice) {
        this.incidentSummary = incidentSummary;
        this.victimVoice = victimVoice;
    }

    public Long getId() {
        return id;
    }
}
