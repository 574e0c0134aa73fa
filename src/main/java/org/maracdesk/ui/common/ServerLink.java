package org.maracdesk.ui.common;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.maracdesk.common.ServerUnreachableException;

/**
 * Whether the shared server answers, and the work that waits for it (issue 13, decision 0058: the network can
 * fail). While signed in to a server a probe asks the server every few seconds on a thread of its own. Work
 * handed to {@link #wrap wrapped} executors that fails because the connection was lost does not reach its
 * error handler: it waits here, in memory only (never on disk), with everything its screen holds (what the user
 * typed stays on the screen), and is handed over again, in the order it came, once the probe gets an answer.
 * A save that another desk overtook meanwhile then meets the usual lost-race message. State and waiting work
 * belong to the FX thread; the probe's result reaches it through {@code fx}.
 */
public final class ServerLink {
    /** LOCAL: a vault, nothing to watch; LOST: no answer since {@link #since()}; BACK: answering again. */
    public enum State { LOCAL, CONNECTED, LOST, BACK }

    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.LOCAL);
    private final ObjectProperty<Instant> since = new SimpleObjectProperty<>();
    private final IntegerProperty waiting = new SimpleIntegerProperty();
    private final IntegerProperty sentAgain = new SimpleIntegerProperty();
    private final List<Runnable> parked = new ArrayList<>();
    private final AtomicBoolean probing = new AtomicBoolean();
    private final Clock clock;
    private final Duration every;
    private final Consumer<Runnable> fx;
    private ScheduledExecutorService probes;
    private BooleanSupplier probe;
    private int answersSinceBack;
    /** While the idle lock is held back for waiting work: the latest time it locks anyway; else null. */
    private final ObjectProperty<Instant> idleLockHeld = new SimpleObjectProperty<>();

    /** @param every how often the server is asked; {@code fx} runs a task on the FX thread ({@code Platform::runLater}) */
    public ServerLink(Clock clock, Duration every, Consumer<Runnable> fx) {
        this.clock = clock;
        this.every = every;
        this.fx = fx;
    }

    /** Starts watching a signed-in shared server: {@code probe} answers true when a round trip to it succeeds. */
    public void start(BooleanSupplier probe) {
        stop();
        this.probe = probe;
        state.set(State.CONNECTED);
        probes = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "marac-server-probe");
            t.setDaemon(true);
            return t;
        });
        probes.scheduleWithFixedDelay(this::probeOnce, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Signed out or locked: the probe ends and work still waiting is dropped with the screens that held it. */
    public void stop() {
        if (probes != null) {
            probes.shutdownNow();
            probes = null;
        }
        parked.clear();
        waiting.set(0);
        idleLockHeld.set(null);
        state.set(State.LOCAL);
        since.set(null);
    }

    /**
     * The idle lock came due (decision 0058): true when it may lock now. While work waits for the server it is held
     * back, from the first time it comes due for at most {@code limit} (the screen must not stay open unattended
     * for long); then it locks even though the work is dropped. Nothing waiting: it locks at once.
     */
    public boolean idleLockMayGo(Duration limit) {
        if (waiting.get() == 0) {
            idleLockHeld.set(null);
            return true;
        }
        Instant now = clock.instant();
        if (idleLockHeld.get() == null) {
            idleLockHeld.set(now.plus(limit));
            return false;
        }
        return !now.isBefore(idleLockHeld.get());
    }

    /** The latest time the held-back idle lock locks, while it is held back for waiting work; else null. */
    public ReadOnlyObjectProperty<Instant> idleLockHeldProperty() {
        return idleLockHeld;
    }

    /** Asks the server now (the bar's Try now), not at the next turn. */
    public void tryNow() {
        ScheduledExecutorService p = probes;
        if (p != null) {
            p.execute(this::probeOnce);
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    /** When the server was first found not answering (null while it answers). */
    public ReadOnlyObjectProperty<Instant> since() {
        return since;
    }

    /** Work waiting for the server. */
    public ReadOnlyIntegerProperty waitingProperty() {
        return waiting;
    }

    /** How much waiting work was handed over again when the server last came back. */
    public ReadOnlyIntegerProperty sentAgainProperty() {
        return sentAgain;
    }

    /**
     * An executor whose work, when it fails because the shared server cannot be reached, waits here instead of
     * reporting the failure, and runs again when the server answers. On a vault it is {@code inner} unchanged.
     */
    public TaskExecutor wrap(TaskExecutor inner) {
        return new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundWork<T> work, Consumer<? super T> onSuccess,
                                    Consumer<Throwable> onFailure) {
                inner.execute(work, onSuccess, failure -> {
                    if (state.get() != State.LOCAL && isConnectionLoss(failure) && !(work instanceof NeverWaits<?>)) {
                        park(() -> execute(work, onSuccess, onFailure));
                    } else {
                        onFailure.accept(failure);
                    }
                });
            }

            @Override
            public void shutdown() {
                inner.shutdown();
            }
        };
    }

    /**
     * Work that must not wait for the server to come back: it fails at once, as on a vault, and says so. For work
     * that holds secrets (a passphrase being changed), which should not stay in memory for as long as the server is
     * down, nor run later when the user has moved on.
     */
    public static <T> BackgroundWork<T> neverWaits(BackgroundWork<T> work) {
        return (NeverWaits<T>) work::call;
    }

    private interface NeverWaits<T> extends BackgroundWork<T> {
    }

    /** True when {@code failure} (or a cause) is a lost or refused connection, not a refusal by the server. */
    public static boolean isConnectionLoss(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServerUnreachableException || t instanceof SocketException
                    || t instanceof SocketTimeoutException || t instanceof java.io.EOFException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private void park(Runnable again) {
        parked.add(again);
        waiting.set(parked.size());
        lost();
    }

    private void lost() {
        if (state.get() != State.LOST) {
            since.set(clock.instant());
            state.set(State.LOST);
            tryNow(); // a connection the server dropped (it restarted) is replaced at once, not at the next turn
        }
    }

    private void probeOnce() {
        BooleanSupplier p = probe;
        if (p == null || !probing.compareAndSet(false, true)) {
            return;
        }
        try {
            boolean answered;
            try {
                answered = p.getAsBoolean();
            } catch (RuntimeException e) {
                answered = false;
            }
            boolean result = answered;
            fx.accept(() -> answered(result));
        } finally {
            probing.set(false);
        }
    }

    private void answered(boolean ok) {
        State now = state.get();
        if (now == State.LOCAL) {
            return; // stopped meanwhile
        }
        if (!ok) {
            lost();
            return;
        }
        if (now == State.LOST) {
            List<Runnable> again = List.copyOf(parked);
            parked.clear();
            waiting.set(0);
            idleLockHeld.set(null);
            since.set(null);
            sentAgain.set(again.size());
            answersSinceBack = 0;
            state.set(State.BACK);
            again.forEach(Runnable::run);
        } else if (now == State.BACK && ++answersSinceBack >= 3) {
            state.set(State.CONNECTED);
        }
    }
}
