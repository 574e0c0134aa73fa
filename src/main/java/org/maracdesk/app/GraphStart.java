package org.maracdesk.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.maracdesk.app.common.ServicesGraph;

/**
 * The window's services graph, built on a thread of its own once begun (issue 18, decision 0055). The
 * window begins it after its first frame, so that on a two-core laptop it does not compete with the
 * toolkit for that frame; anything that needs the graph sooner (first-run set-up, a shared server) begins
 * it and waits. The unlock form does not wait: it is shown at once and its unlock waits for the graph.
 */
final class GraphStart {
    private final CompletableFuture<ServicesGraph> graph = new CompletableFuture<>();
    private final AtomicBoolean begun = new AtomicBoolean();
    private final Supplier<ServicesGraph> build;

    GraphStart(Supplier<ServicesGraph> build) {
        this.build = build;
    }

    /** A graph already built (tests, and a window opened after a vault was moved). */
    static GraphStart built(ServicesGraph services) {
        GraphStart done = new GraphStart(() -> services);
        done.begun.set(true);
        done.graph.complete(services);
        return done;
    }

    /** Starts building on the "marac-services" thread; does nothing the second time. */
    void begin() {
        if (begun.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    graph.complete(build.get());
                } catch (RuntimeException | Error e) {
                    graph.completeExceptionally(e);
                }
            }, "marac-services");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Completes with the graph; not begun by asking. */
    CompletableFuture<ServicesGraph> future() {
        return graph;
    }

    boolean isDone() {
        return graph.isDone();
    }

    /** Begins if need be and waits for the graph; a failure to build it is thrown as it was. */
    ServicesGraph join() {
        begin();
        try {
            return graph.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
