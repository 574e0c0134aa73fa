package org.maracdesk.app.cli;

import java.util.Locale;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.security.SessionManager;
import org.maracdesk.security.VaultMaintenance;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.VaultFileUse;
import org.maracdesk.ui.common.SafeErrors;

/**
 * After bulk writes on the command line (the demo generator, an import, a migration): the database file is compacted
 * when less than half of it is live pages and it is at least {@link VaultFileUse#WORTH_COMPACTING_FROM}, with a line
 * on the terminal before and after (it takes about 20 s for the 100,000-case demo vault). Not on a shared server.
 */
final class FileCompaction {
    private FileCompaction() {
    }

    /**
     * After an import or a migration that is already saved: a compaction that fails (or is cut short by Ctrl+C) is
     * reported as such, and the saved work is not in question: H2 writes the compacted copy beside the file and puts it
     * in place only when it is complete (decision 0080).
     */
    static void afterSavedWork(SessionManager sessions, VaultMaintenance maintenance) {
        try {
            compactWhen(sessions, maintenance, use -> use.mostlyFree(VaultFileUse.WORTH_COMPACTING_FROM));
        } catch (RuntimeException e) {
            System.err.println("marac-desk: everything above is saved, but the vault file was not compacted ("
                    + (e instanceof StoreUnavailableException ? e.getMessage() : SafeErrors.describe(e))
                    + "); the next import tries again");
        }
    }

    /**
     * For a new vault written in bulk (the demo generator; a failure is thrown and it leaves nothing behind): compacts
     * whenever the file is at least {@link VaultFileUse#WORTH_COMPACTING_FROM}, whatever H2 estimates. Its estimate
     * sums the pages' length classes, not their lengths: for the 100,000-case demo vault it said 62 % live where the
     * compaction showed 22 % (decision 0081).
     */
    static void ifLarge(SessionManager sessions, VaultMaintenance maintenance) {
        compactWhen(sessions, maintenance, use -> use.fileBytes() >= VaultFileUse.WORTH_COMPACTING_FROM);
    }

    /** Compacts a vault's file (never a shared server) when {@code worth} says so of its use; a failure is thrown. */
    private static void compactWhen(SessionManager sessions, VaultMaintenance maintenance,
                                    java.util.function.Predicate<VaultFileUse> worth) {
        if (sessions.store().kind() != StoreKind.H2) {
            return;
        }
        VaultFileUse before = VaultFileUse.of(sessions.store());
        if (!worth.test(before)) {
            return;
        }
        System.err.println("Compacting the vault file (" + megabytes(before.fileBytes()) + ")...");
        maintenance.compact();
        System.err.println("The vault file is now " + megabytes(VaultFileUse.of(sessions.store()).fileBytes()) + ".");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.UK, "%,d MB", Math.round(bytes / 1e6));
    }
}
