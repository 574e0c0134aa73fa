package org.maracdesk.casework.settings;

import java.time.Instant;
import java.util.List;
import org.maracdesk.casework.disclosure.LawfulBasis;
import org.maracdesk.risk.Instrument;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.RiskThresholds;

/**
 * A MARAC's local settings as one numbered version (decision 0035): the thresholds the scoring
 * engine uses (visible high risk, the medium band, escalation, the repeat window) and the risk
 * instruments in use. Version 0 is the built-in SafeLives defaults with every instrument.
 *
 * @param instruments the instrument ids in use, in the order the referral form offers them; empty
 *                    for version 0, meaning every instrument available
 * @param changedAt null for version 0
 * @param changedBy null for version 0
 * @param lawfulBases the lawful bases a disclosure may be made under (decision 0048), the first the default
 * @param timescales minutes, cut-off and longest wait (decision 0059); null means the built-in values
 */
public record LocalSettings(int version, RiskThresholds thresholds, List<String> instruments, Instant changedAt,
                            String changedBy, List<LawfulBasis> lawfulBases, Timescales timescales) {
    public LocalSettings {
        instruments = List.copyOf(instruments);
        lawfulBases = lawfulBases == null || lawfulBases.isEmpty() ? LawfulBasis.DEFAULTS : List.copyOf(lawfulBases);
        timescales = timescales == null ? Timescales.defaults() : timescales;
    }

    /** Settings with the built-in timescales. */
    public LocalSettings(int version, RiskThresholds thresholds, List<String> instruments, Instant changedAt,
                         String changedBy, List<LawfulBasis> lawfulBases) {
        this(version, thresholds, instruments, changedAt, changedBy, lawfulBases, null);
    }

    /** Settings with the built-in lawful bases. */
    public LocalSettings(int version, RiskThresholds thresholds, List<String> instruments, Instant changedAt,
                         String changedBy) {
        this(version, thresholds, instruments, changedAt, changedBy, LawfulBasis.DEFAULTS);
    }

    /** The basis a disclosure is made under when none is chosen: the first of the list. */
    public LawfulBasis defaultBasis() {
        return lawfulBases.get(0);
    }

    /** Version 0: the built-in defaults (14, 10–13, 3 incidents, 12 months, every instrument). */
    public static LocalSettings defaults() {
        return new LocalSettings(0, RiskThresholds.defaults(), List.of(), null, null);
    }

    public boolean isDefault() {
        return version == 0;
    }

    /** The instruments in use that the registry has, in this version's order. */
    public List<Instrument> inUse(InstrumentRegistry registry) {
        if (instruments.isEmpty()) {
            return registry.all();
        }
        return instruments.stream().map(registry::find).flatMap(java.util.Optional::stream).toList();
    }

    /** Whether referrals may be scored with this instrument. */
    public boolean uses(String instrumentId) {
        return instruments.isEmpty() || instruments.contains(instrumentId);
    }
}
