package org.maracdesk.casework.settings;

import java.util.List;
import org.maracdesk.risk.RiskThresholds;

/**
 * A change of the local settings as the coordinator asks for it.
 *
 * @param basedOn the version the change was made from; a newer version saved meanwhile refuses it
 * @param instruments the instrument ids in use (at least one), in the order the form offers them
 * @param reason why (a steering group decision, say); required
 */
public record SettingsChange(int basedOn, RiskThresholds thresholds, List<String> instruments, String reason) {
    public SettingsChange {
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
    }
}
