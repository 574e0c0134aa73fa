package org.maracdesk.app;

import java.nio.file.Path;
import java.time.Duration;

/** What the launcher decided: which vault, whether it is the demo, how soon to lock when idle. */
public record AppConfig(Path vaultDir, boolean demo, String prefillUsername, Duration idleLock) {
    public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(5);
}
