package org.maracdesk.casework;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.SecondaryRow;

/**
 * A referral to the MARAC (MARAC.md §2.3): referrer, victim, checklist answers (JSON) and the
 * scored result, grounds, flags, consent and the victim's voice. Only an accepted referral belongs
 * to a case; the others keep their victim and the reason for the decision.
 */
@Entity
@Table(name = "referral")
@SecondaryTable(name = Referral.SAFE_DETAIL_TABLE, pkJoinColumns = @PrimaryKeyJoinColumn(name = "referral_id"))
@SecondaryRow(table = Referral.SAFE_DETAIL_TABLE, optional = true)
public class Referral {
    /** Where the children live (V60): a safe address, in a table a server can hide (decision 0070). */
    static final String SAFE_DETAIL_TABLE = "referral_safe_detail";
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private MaracCase maracCase;
    /** Null only on a draft typed on screen that has not been decided yet. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "victim_id")
    private Person victim;
    @Column(name = "form_reference", unique = true, length = 64)
    private String formReference;
    @Column(name = "referral_date", nullable = false)
    private LocalDate referralDate;
    @Column(name = "referring_agency")
    private String referringAgency;
    @Embedded
    private ReferrerDetails referrer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReferralStatus status;
    @Column(name = "decision_reason", length = 4000)
    private String decisionReason;
    /** The reference an earlier system (a spreadsheet tracker) gave this referral's case; searchable. */
    @Column(name = "external_reference", length = 64)
    private String externalReference;
    @Column(name = "recorded_by", length = 64)
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "instrument_id", nullable = false)
    private String instrumentId;
    @Column(name = "instrument_version", nullable = false)
    private String instrumentVersion;
    @Column(nullable = false, length = 20000)
    private String answers;
    private Integer score;
    private String band;
    private String routes;
    @Column(name = "risk_result", length = 60000)
    private String riskResult;

    @Column(name = "police_incidents")
    private Integer policeIncidents;
    @Column(name = "professional_judgement", length = 4000)
    private String professionalJudgement;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "referral_flag", joinColumns = @JoinColumn(name = "referral_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "flag", nullable = false, length = 40)
    private Set<ReferralFlag> flags = EnumSet.noneOf(ReferralFlag.class);
    @Column(name = "incident_summary", length = 20000)
    private String incidentSummary;
    @Embedded
    private VictimVoice voice;
    @Embedded
    private Consent consent;
    @Embedded
    private PoliceDetails police;
    @Embedded
    private PreviousMarac previousMarac;
    @Embedded
    private StoredCircumstances circumstances;
    @Column(name = "children_addresses", table = SAFE_DETAIL_TABLE, length = 4000)
    private String childrenAddresses;
    @Column(name = "transfer_in", nullable = false)
    private boolean transferIn;
    @Column(name = "repeat_referral", nullable = false)
    private boolean repeatReferral;
    @Column(name = "last_listing_date")
    private LocalDate lastListingDate;
    /** The version of the MARAC's local settings the result was scored under (0: the built-in defaults). */
    @Column(name = "settings_version")
    private Integer settingsVersion;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "referral_possible_match", joinColumns = @JoinColumn(name = "referral_id"))
    private List<PossibleMatch> possibleMatches = new ArrayList<>();
    /** Everything a screen draft holds so far, as JSON; null once decided and for imported referrals. */
    @Column(name = "draft_form", length = 200000)
    private String draftForm;
    @Version
    private int version;

    protected Referral() {
    }

    /** An accepted referral on an existing or new case. */
    public Referral(MaracCase maracCase, LocalDate referralDate, String referringAgency, String referrerName) {
        this(maracCase.getVictim(), referralDate, referringAgency,
                new ReferrerDetails(referrerName, null, null, null, null));
        this.maracCase = maracCase;
        this.status = ReferralStatus.ACCEPTED;
    }

    /** A referral with no decision yet ({@link ReferralStatus#DRAFT}) and no case. */
    public Referral(Person victim, LocalDate referralDate, String referringAgency, ReferrerDetails referrer) {
        this.victim = victim;
        this.referralDate = referralDate;
        this.referringAgency = referringAgency;
        this.referrer = referrer;
        this.status = ReferralStatus.DRAFT;
    }

    /**
     * A draft typed on screen: the form as JSON, and what of it the lists show. Any of the values
     * may be null while the draft is incomplete.
     */
    public static Referral draft(LocalDate referralDate, String referringAgency, ReferrerDetails referrer) {
        Referral r = new Referral();
        r.status = ReferralStatus.DRAFT;
        r.describe(null, referralDate, referringAgency, referrer);
        return r;
    }

    /** Sets who the referral is about and who sent it (a draft being saved again, or decided). */
    public void describe(Person victim, LocalDate referralDate, String referringAgency, ReferrerDetails referrer) {
        this.victim = victim;
        this.referralDate = referralDate;
        this.referringAgency = referringAgency;
        this.referrer = referrer;
    }

    public void setDraftForm(String json) {
        this.draftForm = json;
    }

    public String getDraftForm() {
        return draftForm;
    }

    public int getVersion() {
        return version;
    }

    /** Records the decision; an accepted referral joins {@code acceptedInto}, the others have no case. */
    public void decide(ReferralStatus decision, String reason, MaracCase acceptedInto) {
        if ((decision == ReferralStatus.ACCEPTED) != (acceptedInto != null)) {
            throw new IllegalArgumentException("an accepted referral, and only an accepted one, has a case");
        }
        this.status = decision;
        this.decisionReason = reason;
        this.maracCase = acceptedInto;
    }

    public void setSource(String formReference, String recordedBy, Instant recordedAt) {
        this.formReference = formReference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void setExternalReference(String externalReference) {
        this.externalReference = externalReference;
    }

    public String getExternalReference() {
        return externalReference;
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

    /** The engine's full explanation of the result, as the {@code score} command prints it. */
    public void setResultExplanation(String riskResultJson) {
        this.riskResult = riskResultJson;
    }

    public void setGrounds(Integer policeIncidents, String professionalJudgement) {
        this.policeIncidents = policeIncidents;
        this.professionalJudgement = professionalJudgement;
    }

    public void setFlags(Set<ReferralFlag> flags) {
        this.flags.clear();
        this.flags.addAll(flags);
    }

    public void setNarrative(String incidentSummary, VictimVoice voice) {
        this.incidentSummary = incidentSummary;
        this.voice = voice;
    }

    public void setConsent(Consent consent) {
        this.consent = consent;
    }

    public void setPolice(PoliceDetails police) {
        this.police = police;
    }

    /** The §2.3 fields beyond the core form (decision 0046); null or empty: none given. */
    public void setCircumstances(ReferralCircumstances circumstances) {
        boolean none = circumstances == null || circumstances.isEmpty();
        this.circumstances = none ? null : StoredCircumstances.of(circumstances);
        this.childrenAddresses = none ? null : circumstances.childrenAddresses();
    }

    public ReferralCircumstances getCircumstances() {
        StoredCircumstances c = circumstances == null ? StoredCircumstances.of(ReferralCircumstances.NONE) : circumstances;
        return circumstances == null && childrenAddresses == null ? null : c.with(childrenAddresses);
    }

    public void setTransfer(boolean transferIn, PreviousMarac previousMarac) {
        this.transferIn = transferIn;
        this.previousMarac = previousMarac;
    }

    /** The repeat marker (§2.9) and the pair's last listing before this referral (null when never listed). */
    public void markRepeat(boolean repeat, LocalDate lastListing) {
        this.repeatReferral = repeat;
        this.lastListingDate = lastListing;
    }

    /** Notes the version of the local settings the result was scored under (V32, decision 0035). */
    public void scoredUnder(int settingsVersion) {
        this.settingsVersion = settingsVersion;
    }

    /** Null only for a referral never scored. */
    public Integer getSettingsVersion() {
        return settingsVersion;
    }

    public void addPossibleMatch(PossibleMatch match) {
        possibleMatches.add(match);
    }

    public Long getId() {
        return id;
    }

    /** Null unless accepted. */
    public MaracCase getMaracCase() {
        return maracCase;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public boolean isRepeat() {
        return repeatReferral;
    }

    public LocalDate getLastListingDate() {
        return lastListingDate;
    }

    // Read by the decided-referral view and its corrections (issue 14).

    public Person getVictim() {
        return victim;
    }

    public LocalDate getReferralDate() {
        return referralDate;
    }

    public String getReferringAgency() {
        return referringAgency;
    }

    public ReferrerDetails getReferrer() {
        return referrer;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getFormReference() {
        return formReference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getInstrumentId() {
        return instrumentId;
    }

    public String getInstrumentVersion() {
        return instrumentVersion;
    }

    /** The checklist answers as JSON ({@code {"q1":"yes",…}}). */
    public String getAnswers() {
        return answers;
    }

    public Integer getScore() {
        return score;
    }

    public String getBand() {
        return band;
    }

    /** The routes met, comma-separated names; null or empty when none. */
    public String getRoutes() {
        return routes;
    }

    public String getRiskResult() {
        return riskResult;
    }

    public Integer getPoliceIncidents() {
        return policeIncidents;
    }

    public String getProfessionalJudgement() {
        return professionalJudgement;
    }

    public Set<ReferralFlag> getFlags() {
        return flags;
    }

    public String getIncidentSummary() {
        return incidentSummary;
    }

    public VictimVoice getVoice() {
        return voice;
    }

    public Consent getConsent() {
        return consent;
    }

    public PoliceDetails getPolice() {
        return police;
    }

    public PreviousMarac getPreviousMarac() {
        return previousMarac;
    }

    public boolean isTransferIn() {
        return transferIn;
    }
}
