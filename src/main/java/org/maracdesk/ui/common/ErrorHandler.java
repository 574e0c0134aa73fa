package org.maracdesk.ui.common;

/** The one place unexpected failures go. */
@FunctionalInterface
public interface ErrorHandler {
    void report(Throwable failure);
}
