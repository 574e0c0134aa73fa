package org.maracdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * Which failures wait for the server and which reach their screen at once: only a lost or refused connection
 * waits; a refusal by the server (a constraint, a permission, a lost race) is the screen's to show.
 */
class ServerLinkTest {
    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();

    /** Runs work at once on the calling thread, like the tests' same-thread executor. */
    private static final class SameThread implements TaskExecutor {
        @Override
        public <T> void execute(BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                onFailure.accept(e);
            }
        }

        @Override
        public void shutdown() {
        }
    }

    @Test
    void onlyALostConnectionWaitsAndItRunsAgainWhenTheServerAnswers() throws Exception {
        ServerLink link = new ServerLink(Clock.systemUTC(), Duration.ofHours(1), fxQueue::add);
        AtomicBoolean answers = new AtomicBoolean(false);
        link.start(answers::get);
        TaskExecutor executor = link.wrap(new SameThread());
        List<Throwable> shown = new ArrayList<>();
        AtomicInteger tries = new AtomicInteger();
        AtomicInteger saved = new AtomicInteger();

        executor.execute(() -> {
            throw new SQLException("duplicate", "23505");
        }, r -> { }, shown::add);
        assertEquals(1, shown.size(), "a refusal by the server reaches the screen");
        assertEquals(ServerLink.State.CONNECTED, link.stateProperty().get());

        executor.execute(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new JDBCConnectionException("lost", new SQLException("I/O error", "08006"));
            }
            return 1;
        }, saved::addAndGet, shown::add);
        assertEquals(1, shown.size(), "a lost connection does not reach the screen");
        assertEquals(ServerLink.State.LOST, link.stateProperty().get());
        assertEquals(1, link.waitingProperty().get());
        runFx(); // the probe asked at once on losing the server: no answer yet
        assertEquals(ServerLink.State.LOST, link.stateProperty().get());

        answers.set(true);
        link.tryNow();
        runFx();
        assertEquals(ServerLink.State.BACK, link.stateProperty().get());
        assertEquals(1, link.sentAgainProperty().get());
        assertEquals(0, link.waitingProperty().get());
        assertEquals(1, saved.get(), "the waiting work ran again and succeeded");
        assertEquals(2, tries.get());

        link.stop();
        executor.execute(() -> {
            throw new SQLException("I/O error", "08006");
        }, r -> { }, shown::add);
        assertEquals(2, shown.size(), "signed out: nothing waits, the failure is shown");
        assertFalse(ServerLink.isConnectionLoss(new IllegalStateException("no")));
        assertTrue(ServerLink.isConnectionLoss(new RuntimeException(new java.net.ConnectException("refused"))));
    }

    /** Runs what the probe handed to the FX thread (waiting for it: the probe runs on its own thread). */
    private void runFx() throws InterruptedException {
        Runnable r = fxQueue.poll(10, TimeUnit.SECONDS);
        assertTrue(r != null, "the probe answered");
        r.run();
    }
}
