package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.common.ServicesGraph;

/** The window's services graph is built once, when begun or first needed (issue 18, decision 0055). */
class GraphStartTest {
    @TempDir
    Path dir;

    @Test
    void nothingIsBuiltUntilBegunThenOnceHoweverOftenAskedFor() {
        AtomicInteger builds = new AtomicInteger();
        ServicesGraph services = new ServicesGraph(dir.resolve("vault"), Executors.newSingleThreadExecutor(),
                Clock.systemUTC());
        GraphStart start = new GraphStart(() -> {
            builds.incrementAndGet();
            return services;
        });
        assertFalse(start.isDone());
        assertEquals(0, builds.get(), "not built before it is begun or needed");
        start.begin();
        assertSame(services, start.join(), "waits for the graph on its own thread");
        start.begin();
        assertSame(services, start.join());
        assertEquals(1, builds.get(), "built once");
        assertTrue(start.isDone());
    }

    @Test
    void whatNeedsTheGraphFirstBeginsItAndAFailureIsThrownAsItWas() {
        GraphStart start = new GraphStart(() -> {
            throw new IllegalStateException("synthetic failure");
        });
        IllegalStateException thrown = assertThrows(IllegalStateException.class, start::join,
                "join begins the build itself and hands back the cause");
        assertEquals("synthetic failure", thrown.getMessage());
        assertTrue(start.future().isCompletedExceptionally());
    }
}
