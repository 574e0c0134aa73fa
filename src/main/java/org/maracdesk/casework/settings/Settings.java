package org.maracdesk.casework.settings;

import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.MaracSettings;
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

    /** Every version, newest first, ending with version 0. */
    static List<SettingsVersion> history(Session s) {
        List<SettingsVersion> out = new java.util.ArrayList<>(s.createSelectionQuery(
                "from MaracSettings m order by m.version desc", MaracSettings.class).getResultList().stream()
                .map(m -> new SettingsVersion(of(m), m.getReason())).toList());
        out.add(new SettingsVersion(LocalSettings.defaults(), null));
        return out;
    }

    static LocalSettings of(MaracSettings m) {
        return new LocalSettings(m.getVersion(), new RiskThresholds(m.getVisibleHighRisk(), m.getMediumFrom(),
                m.getEscalationIncidents(), m.getRepeatWindowMonths()), List.of(m.getInstruments().split(",")),
                m.getChangedAt(), m.getChangedBy());
    }

    static MaracSettings row(LocalSettings l, String reason) {
        RiskThresholds t = l.thresholds();
        return new MaracSettings(l.version(), t.visibleHighRisk(), t.mediumFrom(), t.escalationIncidents(),
                t.repeatWindowMonths(), String.join(",", l.instruments()), l.changedAt(), l.changedBy(), reason);
    }
}
