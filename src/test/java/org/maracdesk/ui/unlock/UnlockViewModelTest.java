package org.maracdesk.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
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
import org.maracdesk.ui.common.BackgroundWork;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

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

    /** The form is shown before the services graph is built (decision 0055): an early unlock waits for it. */
    @Test
    void unlockAskedForBeforeTheGraphIsBuiltWaitsForItThenSignsIn() {
        CompletableFuture<SessionManager> graph = new CompletableFuture<>();
        List<Runnable> queued = new ArrayList<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundWork<T> work, Consumer<? super T> onSuccess,
                                    Consumer<Throwable> onFailure) {
                queued.add(() -> new CurrentThreadTaskExecutor().execute(work, onSuccess, onFailure));
            }

            @Override
            public void shutdown() {
            }
        };
        UnlockViewModel early = new UnlockViewModel(graph, dir.resolve("vault"), new UnlockThrottle(Clock.systemUTC()),
                later, e -> { throw new AssertionError(e); }, new Messages(Locale.UK), unlocked::add);
        early.usernameProperty().set("sam");
        char[] typed = RIGHT.toCharArray();
        early.unlock(typed);
        assertTrue(early.busyProperty().get(), "busy while the graph is built");
        assertFalse(early.canUnlockProperty().get(), "no second unlock meanwhile");
        assertEquals(1, queued.size(), "one task: waiting for the graph");
        graph.complete(sessions);
        queued.remove(0).run();
        assertEquals(List.of(), unlocked, "not signed in before the unlock itself ran");
        assertEquals(1, queued.size(), "then the unlock itself");
        queued.remove(0).run();
        assertEquals(1, unlocked.size());
        assertTrue(sessions.isUnlocked());
        assertFalse(early.busyProperty().get());
        assertTrue(new String(typed).chars().allMatch(c -> c == 0), "the passphrase is wiped after use");
    }

    @Test
    void aGraphThatCouldNotBeBuiltIsReportedAndThePassphraseWiped() {
        CompletableFuture<SessionManager> graph = new CompletableFuture<>();
        List<Throwable> reported = new ArrayList<>();
        UnlockViewModel early = new UnlockViewModel(graph, dir.resolve("vault"), new UnlockThrottle(Clock.systemUTC()),
                new CurrentThreadTaskExecutor(), reported::add, new Messages(Locale.UK), unlocked::add);
        early.usernameProperty().set("sam");
        graph.completeExceptionally(new IllegalStateException("synthetic failure"));
        char[] typed = RIGHT.toCharArray();
        early.unlock(typed);
        assertEquals(1, reported.size());
        assertEquals("synthetic failure", reported.get(0).getMessage(), "the cause, not the future's wrapper");
        assertTrue(new String(typed).chars().allMatch(c -> c == 0));
        assertFalse(early.busyProperty().get());
        assertEquals(List.of(), unlocked);
    }

    @Test
    void aUsernameReadLaterFillsOnlyAnEmptyField() {
        vm.usernameProperty().set("");
        vm.offerUsername("sam");
        assertEquals("sam", vm.usernameProperty().get());
        assertTrue(vm.usernameOfferedProperty().get());
        vm.usernameProperty().set("ro");
        vm.offerUsername("sam");
        assertEquals("ro", vm.usernameProperty().get(), "what the user typed stays");
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
