package org.maracdesk.casework.settings;

import java.util.List;
import org.maracdesk.casework.disclosure.LawfulBasis;
import org.maracdesk.risk.RiskThresholds;

/**
 * A change of the local settings as the coordinator asks for it.
 *
 * @param basedOn the version the change was made from; a newer version saved meanwhile refuses it
 * @param instruments the instrument ids in use (at least one), in the order the form offers them
 * @param reason why (a steering group decision, say); required
 * @param lawfulBases the lawful bases (decision 0048), the first the default; null keeps the current list
 * @param timescales minutes, cut-off and longest wait (decision 0059); null keeps the current ones
 */
public record SettingsChange(int basedOn, RiskThresholds thresholds, List<String> instruments, String reason,
                             List<LawfulBasis> lawfulBases, Timescales timescales) {
    public SettingsChange(int basedOn, RiskThresholds thresholds, List<String> instruments, String reason,
                          List<LawfulBasis> lawfulBases) {
        this(basedOn, thresholds, instruments, reason, lawfulBases, null);
    }

    public SettingsChange {
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
        lawfulBases = lawfulBases == null ? null : List.copyOf(lawfulBases);
    }

    /** A change that keeps the lawful bases as they are. */
    public SettingsChange(int basedOn, RiskThresholds thresholds, List<String> instruments, String reason) {
        this(basedOn, thresholds, instruments, reason, null);
    }
}
