package org.maracdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * The idle lock and work waiting for the server (decision 0058): held back while work waits, for at most the limit
 * from the first time it came due, then it locks; at once when nothing waits; the hold ends when the server answers
 * and the work is sent, or on sign-out.
 */
class ServerLinkIdleLockTest {
    private static final Duration LIMIT = Duration.ofMinutes(20);
    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private Instant now = Instant.parse("2026-11-28T10:00:00Z");

    /** A clock the test moves by hand. */
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

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

    private ServerLink withOneSaveWaiting(AtomicBoolean answers) {
        ServerLink link = new ServerLink(clock, Duration.ofHours(1), fxQueue::add);
        link.start(answers::get);
        boolean[] first = {true};
        link.wrap(new SameThread()).execute(() -> {
            if (first[0]) {
                first[0] = false;
                throw new JDBCConnectionException("lost", new SQLException("I/O error", "08006"));
            }
            return 1;
        }, r -> { }, e -> { throw new AssertionError(e); });
        assertEquals(1, link.waitingProperty().get());
        return link;
    }

    private void runFx() throws InterruptedException {
        Runnable r;
        while ((r = fxQueue.poll(2, TimeUnit.SECONDS)) != null) {
            r.run();
            if (fxQueue.isEmpty()) {
                return;
            }
        }
    }

    @Test
    void nothingWaitingLocksAtOnce() {
        ServerLink link = new ServerLink(clock, Duration.ofHours(1), fxQueue::add);
        assertTrue(link.idleLockMayGo(LIMIT));
        assertNull(link.idleLockHeldProperty().get());
    }

    @Test
    void waitingWorkHoldsTheIdleLockUpToTheLimitThenItLocks() {
        ServerLink link = withOneSaveWaiting(new AtomicBoolean(false));

        assertFalse(link.idleLockMayGo(LIMIT), "held back the first time it comes due");
        assertEquals(now.plus(LIMIT), link.idleLockHeldProperty().get(), "the red line can say until when");
        now = now.plus(LIMIT.minusSeconds(1));
        assertFalse(link.idleLockMayGo(LIMIT), "still held before the limit");
        assertEquals(Instant.parse("2026-11-28T10:20:00Z"), link.idleLockHeldProperty().get(), "the limit stays");
        now = now.plusSeconds(1);
        assertTrue(link.idleLockMayGo(LIMIT), "locks at the limit even though work waits");
        link.stop();
        assertNull(link.idleLockHeldProperty().get(), "signed out: nothing held");
        assertEquals(0, link.waitingProperty().get());
    }

    @Test
    void theHoldEndsWhenTheServerAnswersAndTheWorkIsSent() throws Exception {
        AtomicBoolean answers = new AtomicBoolean(false);
        ServerLink link = withOneSaveWaiting(answers);
        runFx();
        assertFalse(link.idleLockMayGo(LIMIT));
        assertTrue(link.idleLockHeldProperty().get() != null);

        answers.set(true);
        link.tryNow();
        runFx();
        assertEquals(0, link.waitingProperty().get(), "sent");
        assertNull(link.idleLockHeldProperty().get(), "no longer held");
        assertTrue(link.idleLockMayGo(LIMIT), "the next idle period locks as usual");
        link.stop();
    }
}
