package org.maracdesk.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.security.UnlockThrottle;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.Messages;

class UnlockViewModelTest {
    private static final String RIGHT = "the right passphrase";
    @TempDir
    Path dir;
    private SessionManager sessions;
    private final List<AccountInfo> unlocked = new ArrayList<>();
    private UnlockViewModel vm;

    @BeforeEach
    void vault() {
        sessions = CliVault.sessionsFor(dir.resolve("vault"));
        sessions.createVault("Sam Example", "sam", Role.COORDINATOR, RIGHT.toCharArray());
        sessions.lock();
        vm = new UnlockViewModel(sessions, new UnlockThrottle(Clock.systemUTC()), new CurrentThreadTaskExecutor(),
                e -> { throw new AssertionError(e); }, new Messages(Locale.UK), unlocked::add);
        vm.usernameProperty().set("sam");
    }

    @AfterEach
    void lock() {
        sessions.lock();
    }

    @Test
    void wrongPassphraseSaysSoAndMakesTheNextTryWait() {
        vm.unlock("wrong passphrase here".toCharArray());
        assertEquals(1, vm.failedAttemptsProperty().get());
        assertFalse(vm.errorMessageProperty().get().isEmpty());
        assertTrue(vm.waitSecondsProperty().get() >= 1, "a wait follows a failure");
        assertFalse(vm.canUnlockProperty().get(), "unlock is disabled while waiting");
        vm.unlock(RIGHT.toCharArray());
        assertEquals(List.of(), unlocked, "an attempt during the wait is ignored");
        assertFalse(sessions.isUnlocked());
    }

    @Test
    void rightPassphraseSignsIn() {
        vm.unlock(RIGHT.toCharArray());
        assertEquals(1, unlocked.size());
        assertEquals("sam", unlocked.get(0).username());
        assertTrue(sessions.isUnlocked());
        assertEquals("", vm.errorMessageProperty().get());
    }
}
