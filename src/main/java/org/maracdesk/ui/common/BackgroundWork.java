package org.maracdesk.ui.common;

/** Slow work (database, crypto, files) to run away from the FX thread. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T call() throws Exception;
}
