package org.maracdesk.casework.settings;

import java.util.List;
import org.maracdesk.casework.ChangeHistory;

/**
 * One version of the local settings as the history lists it.
 *
 * @param reason why it was made; null for version 0
 * @param changes each value it changed, before and after (none for version 0)
 */
public record SettingsVersion(LocalSettings settings, String reason, List<ChangeHistory.Line> changes) {
    public SettingsVersion {
        changes = List.copyOf(changes);
    }
}
