package org.maracdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.SessionManager;

/**
 * The victim process of the crash test: saves one record after another and prints
 * {@code ACK n} only after each commit returned. It never stops by itself; the test kills it.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path vault = Path.of(args[0]);
        char[] passphrase = Files.readString(Path.of(args[1])).strip().toCharArray();
        SessionManager sessions = CliVault.sessionsFor(vault);
        sessions.unlock("crash", passphrase);
        System.out.println("READY");
        System.out.flush();
        org.maracdesk.security.AuditLog log = new org.maracdesk.security.AuditLog(Clock.systemUTC());
        for (long i = 1; ; i++) {
            log.append(sessions.store(), "crash", AuditAction.CHANGED, "probe", args[2] + "-" + i, null);
            System.out.println("ACK " + args[2] + "-" + i);
            System.out.flush();
        }
    }
}
