package org.maracdesk.app;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What the launcher decided: which vault, whether it is the demo, how soon to lock when idle, the
 * file that remembers the window's size and position ({@code null}: remember nothing, as in tests), and
 * the shared server's connection file to offer first ({@code --server}, or the one remembered from the
 * last start; {@code null}: the local vault; decision 0038).
 */
public record AppConfig(Path vaultDir, boolean demo, String prefillUsername, Duration idleLock, Path windowFile,
                        Path serverFile) {
    public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(5);

    /** The same settings for a vault that has moved. */
    public AppConfig withVault(Path dir) {
        return new AppConfig(dir, demo, prefillUsername, idleLock, windowFile, serverFile);
    }

    /** The local vault only, no shared server offered first. */
    public AppConfig(Path vaultDir, boolean demo, String prefillUsername, Duration idleLock, Path windowFile) {
        this(vaultDir, demo, prefillUsername, idleLock, windowFile, null);
    }

    /** A window that remembers nothing of its placement. */
    public AppConfig(Path vaultDir, boolean demo, String prefillUsername, Duration idleLock) {
        this(vaultDir, demo, prefillUsername, idleLock, null);
    }
}
