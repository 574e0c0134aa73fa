package org.maracdesk.casework.settings;

import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.MaracSettings;
import org.maracdesk.casework.disclosure.LawfulBasis;
import org.maracdesk.risk.RiskThresholds;

/** Reads the local settings inside a caller's transaction, so what is scored and what is recorded agree. */
public final class Settings {
    private Settings() {
    }

    /** The newest version; version 0 (the defaults) when none was ever saved. */
    public static LocalSettings current(Session s) {
        return s.createSelectionQuery("from MaracSettings m order by m.version desc", MaracSettings.class)
                .setMaxResults(1).uniqueResultOptional().map(Settings::of)
                .orElseGet(LocalSettings::defaults);
    }

    /**
     * What a disclosure stores (decision 0048), resolved against the lawful bases in force in the caller's
     * transaction; a code not in the list is refused naming the valid ones.
     */
    public static org.maracdesk.casework.disclosure.DisclosureStamp stamp(Session s,
                                                                         org.maracdesk.casework.disclosure.Disclosure d) {
        return org.maracdesk.casework.disclosure.DisclosureStamp.of(current(s).lawfulBases(), d);
    }

    /** Every version, newest first, ending with version 0. */
    static List<SettingsVersion> history(Session s) {
        List<SettingsVersion> out = new java.util.ArrayList<>(s.createSelectionQuery(
                "from MaracSettings m order by m.version desc", MaracSettings.class).getResultList().stream()
                .map(m -> new SettingsVersion(of(m), m.getReason(), changes(s, m.getVersion()))).toList());
        out.add(new SettingsVersion(LocalSettings.defaults(), null, List.of()));
        return out;
    }

    /** The values a version changed; settings lines belong to no case (case_id is null). */
    private static List<ChangeHistory.Line> changes(Session s, int version) {
        return s.createSelectionQuery("select c.changedAt, c.changedBy, c.field, c.oldValue, c.newValue, c.reason"
                + " from RecordChange c where c.recordType = :t and c.recordId = :v and c.caseId is null"
                + " order by c.id", Object[].class).setParameter("t", LocalSettingsService.RECORD_TYPE)
                .setParameter("v", (long) version).getResultList().stream()
                .map(r -> new ChangeHistory.Line((java.time.Instant) r[0], (String) r[1], (String) r[2],
                        (String) r[3], (String) r[4], (String) r[5])).toList();
    }

    static LocalSettings of(MaracSettings m) {
        return new LocalSettings(m.getVersion(), new RiskThresholds(m.getVisibleHighRisk(), m.getMediumFrom(),
                m.getEscalationIncidents(), m.getRepeatWindowMonths()), List.of(m.getInstruments().split(",")),
                m.getChangedAt(), m.getChangedBy(), m.getLawfulBases() == null ? LawfulBasis.DEFAULTS
                : LawfulBasis.parse(m.getLawfulBases()), timescales(m));
    }

    /** Versions saved before V53 have no timescales: the built-in ones; before V57 no days off of their own. */
    private static Timescales timescales(MaracSettings m) {
        Timescales d = Timescales.defaults();
        java.util.List<java.time.LocalDate> closed = m.getClosedDays() == null || m.getClosedDays().isBlank()
                ? List.of() : java.util.Arrays.stream(m.getClosedDays().split(",")).map(java.time.LocalDate::parse)
                .toList();
        if (m.getMinutesWithinDays() == null && m.getReferralCutOffDays() == null && m.getLongestWaitDays() == null) {
            return d.withClosedDays(closed);
        }
        return new Timescales(or(m.getMinutesWithinDays(), d.minutesWithinDays()),
                or(m.getReferralCutOffDays(), d.referralCutOffDays()), or(m.getLongestWaitDays(), d.longestWaitDays()),
                closed);
    }

    /** The stored form of the days off: yyyy-mm-dd, comma-separated, whatever the screen shows. */
    static String storedClosedDays(Timescales t) {
        return String.join(",", t.closedDays().stream().map(java.time.LocalDate::toString).toList());
    }

    private static int or(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }

    static MaracSettings row(LocalSettings l, String reason) {
        RiskThresholds t = l.thresholds();
        MaracSettings m = new MaracSettings(l.version(), t.visibleHighRisk(), t.mediumFrom(), t.escalationIncidents(),
                t.repeatWindowMonths(), String.join(",", l.instruments()), l.changedAt(), l.changedBy(), reason);
        m.setLawfulBases(LawfulBasis.format(l.lawfulBases()));
        Timescales ts = l.timescales();
        m.setTimescales(ts.minutesWithinDays(), ts.referralCutOffDays(), ts.longestWaitDays());
        m.setClosedDays(storedClosedDays(ts));
        return m;
    }
}
