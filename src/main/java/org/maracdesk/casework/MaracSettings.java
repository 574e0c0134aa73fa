package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of a MARAC's local settings (V32). Written once, never changed: a change adds the
 * next version. Version 0 is never stored; it is the built-in defaults.
 */
@Entity
@Table(name = "marac_settings")
public class MaracSettings {
    @Id
    private int version;
    @Column(name = "visible_high_risk", nullable = false)
    private int visibleHighRisk;
    @Column(name = "medium_from", nullable = false)
    private int mediumFrom;
    @Column(name = "escalation_incidents", nullable = false)
    private int escalationIncidents;
    @Column(name = "repeat_window_months", nullable = false)
    private int repeatWindowMonths;
    @Column(nullable = false, length = 400)
    private String instruments;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;
    @Column(nullable = false, length = 2000)
    private String reason;
    /** The lawful bases (decision 0048), one CODE=wording a line; null: the built-in list. */
    @Column(name = "lawful_bases", length = 4000)
    private String lawfulBases;
    /** Working days after the meeting within which minutes are sent (decision 0059); null: the built-in value. */
    @Column(name = "minutes_within_days")
    private Integer minutesWithinDays;
    /** Working days before the meeting that referrals close (decision 0059); null: the built-in value. */
    @Column(name = "referral_cutoff_days")
    private Integer referralCutOffDays;
    /** Longest wait from an accepted referral to its hearing, days (decision 0059); null: the built-in value. */
    @Column(name = "longest_wait_days")
    private Integer longestWaitDays;
    /** The MARAC's own days off besides bank holidays, yyyy-mm-dd, comma-separated (V57); null or empty: none. */
    @Column(name = "closed_days")
    private String closedDays;

    protected MaracSettings() {
    }

    public MaracSettings(int version, int visibleHighRisk, int mediumFrom, int escalationIncidents,
                         int repeatWindowMonths, String instruments, Instant changedAt, String changedBy, String reason) {
        this.version = version;
        this.visibleHighRisk = visibleHighRisk;
        this.mediumFrom = mediumFrom;
        this.escalationIncidents = escalationIncidents;
        this.repeatWindowMonths = repeatWindowMonths;
        this.instruments = instruments;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
    }

    public int getVersion() {
        return version;
    }

    public int getVisibleHighRisk() {
        return visibleHighRisk;
    }

    public int getMediumFrom() {
        return mediumFrom;
    }

    public int getEscalationIncidents() {
        return escalationIncidents;
    }

    public int getRepeatWindowMonths() {
        return repeatWindowMonths;
    }

    /** Instrument ids, comma-separated. */
    public String getInstruments() {
        return instruments;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getReason() {
        return reason;
    }

    public String getLawfulBases() {
        return lawfulBases;
    }

    public void setLawfulBases(String lawfulBases) {
        this.lawfulBases = lawfulBases;
    }

    public Integer getMinutesWithinDays() {
        return minutesWithinDays;
    }

    public Integer getReferralCutOffDays() {
        return referralCutOffDays;
    }

    public Integer getLongestWaitDays() {
        return longestWaitDays;
    }

    /** The three timescales of decision 0059. */
    public void setTimescales(int minutesWithinDays, int referralCutOffDays, int longestWaitDays) {
        this.minutesWithinDays = minutesWithinDays;
        this.referralCutOffDays = referralCutOffDays;
        this.longestWaitDays = longestWaitDays;
    }

    public String getClosedDays() {
        return closedDays;
    }

    public void setClosedDays(String closedDays) {
        this.closedDays = closedDays;
    }
}
