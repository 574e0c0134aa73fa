package org.maracdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.maracdesk.store.Store;
import org.maracdesk.store.TestVaults;

/** Scratch: times one import of N rows into a new vault. */
public final class QuickImport {
    private QuickImport() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("quick-import");
        try (Store store = TestVaults.create(dir.resolve("vault"), "bench", "benchmark passphrase")) {
            double s = new ImportTiming(store, Clock.systemDefaultZone()).importRows(dir, n, 1, (d, t, l) ->
                    System.err.println(d + " of " + t + " " + l));
            System.out.printf("%d rows in %.1f s: %.0f /s%n", n, s, n / s);
        }
    }
}
