package org.maracdesk.casework.settings;

/** One version of the local settings as the history lists it, with why it was made (null for version 0). */
public record SettingsVersion(LocalSettings settings, String reason) {
}
