package org.maracdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.app.common.ServicesGraph;

/**
 * The victim process of {@link EditSurvivesKillTest}: unlocks the vault, retires (or renames) a district
 * through the same service the window's Districts list calls, prints {@code SAVED} once the call
 * returned, then waits to be killed without ever locking the vault.
 */
public final class DistrictRetirer {
    private DistrictRetirer() {
    }

    public static void main(String[] args) throws Exception {
        Path vault = Path.of(args[0]);
        char[] passphrase = Files.readString(Path.of(args[1])).strip().toCharArray();
        ServicesGraph services = CliVault.servicesFor(vault);
        services.sessions().unlock("durable", passphrase);
        if (args[2].equals("retire")) {
            services.meetingCorrections().retireDistrict("Northshire", "Eastvale", true);
        } else {
            services.meetingCorrections().renameDistrict("Northshire", "Westmoor", args[3]);
        }
        System.out.println("SAVED");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
