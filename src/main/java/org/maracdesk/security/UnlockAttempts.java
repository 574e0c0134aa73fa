package org.maracdesk.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Failed sign-in attempts since the last success, kept in a small file in the vault folder so the
 * back-off survives a restart of the window and applies to the command line too; the count goes
 * into the audit trail at the next successful unlock. It holds a number and a time, nothing else.
 * Deleting it only removes the back-off, never the Argon2id cost of each guess.
 */
public record UnlockAttempts(int failures, Instant lastFailure) {
    static final String FILE = "unlock-attempts";

    public static UnlockAttempts read(Path vaultDir) {
        Path file = vaultDir.resolve(FILE);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            if (lines.size() >= 2) {
                return new UnlockAttempts(Math.max(0, Integer.parseInt(lines.get(0).strip())),
                        Instant.parse(lines.get(1).strip()));
            }
        } catch (IOException | RuntimeException unreadable) {
            // no file (no failures) or a damaged one: start again from nothing
        }
        return new UnlockAttempts(0, Instant.EPOCH);
    }

    /** Counts one more failure now. */
    public static void recordFailure(Path vaultDir, Clock clock) {
        UnlockAttempts next = new UnlockAttempts(read(vaultDir).failures() + 1, clock.instant());
        Path file = vaultDir.resolve(FILE);
        Path temp = vaultDir.resolve(FILE + ".new");
        try {
            Files.deleteIfExists(temp);
            org.maracdesk.store.OwnerOnlyFiles.createFile(temp);
            Files.writeString(temp, next.failures() + "\n" + next.lastFailure() + "\n", StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the back-off in memory still applies; nothing sensitive is lost
        }
    }

    public static void clear(Path vaultDir) {
        try {
            Files.deleteIfExists(vaultDir.resolve(FILE));
        } catch (IOException e) {
            // a stale count only makes the next wait longer
        }
    }

    /** How long the next attempt must still wait (zero when it may go ahead). */
    public Duration remainingWait(Clock clock) {
        Duration wait = Duration.between(clock.instant(), lastFailure.plus(UnlockThrottle.delayAfter(failures)));
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
