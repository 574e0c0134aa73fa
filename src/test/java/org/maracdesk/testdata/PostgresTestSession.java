package org.maracdesk.testdata;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops the test run's PostgreSQL cluster when the JUnit Platform session ends (registered in
 * META-INF/services; see docs/decisions/0021). The cluster is started on first use by {@link TestPostgres}.
 */
public final class PostgresTestSession implements LauncherSessionListener {
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestPostgres.stopIfStarted();
    }
}
