package org.maracdesk.security;

import java.nio.file.Files;
import java.nio.file.Path;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.app.common.ServicesGraph;

/**
 * The victim process of {@link AuditAnchorKillTest}: signs in through the real {@link SessionManager}, makes a
 * few audited changes through a real service, then does what {@code args[3]} names and prints a marker line
 * when it reaches the moment the test kills it at: {@code idle} (still signed in), {@code locking} (just
 * before lock, so the kill lands somewhere inside it), {@code locked} (right after lock returned),
 * {@code backup} (while a backup copies the open vault) or {@code compact} (while the vault is compacted).
 */
public final class AnchorKillVictim {
    private AnchorKillVictim() {
    }

    public static void main(String[] args) throws Exception {
        Path vault = Path.of(args[0]);
        char[] passphrase = Files.readString(Path.of(args[1])).strip().toCharArray();
        String tag = args[2];
        String when = args[3];
        ServicesGraph services = CliVault.servicesFor(vault);
        services.sessions().unlock("anchor", passphrase);
        for (int i = 0; i < 3; i++) {
            services.meetingSetup().addDistrict("Area " + tag, "District " + tag + "-" + i);
        }
        say("SAVED");
        switch (when) {
            case "idle" -> say("KILL");
            case "locking" -> {
                say("KILL");
                services.sessions().lock();
            }
            case "locked" -> {
                services.sessions().lock();
                say("KILL");
            }
            case "backup" -> {
                say("KILL");
                for (int i = 0; i < 50; i++) {
                    services.maintenance().backup(vault.resolveSibling("backup-" + tag + "-" + i + ".mdbk"));
                }
            }
            case "compact" -> {
                say("KILL");
                for (int i = 0; i < 50; i++) {
                    services.maintenance().compact();
                }
            }
            default -> throw new IllegalArgumentException(when);
        }
        say("DONE");
        Thread.sleep(600_000);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
