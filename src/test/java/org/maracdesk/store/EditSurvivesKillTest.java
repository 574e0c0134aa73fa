package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.casework.meetings.AreaDistrict;
import org.maracdesk.security.Role;

/**
 * A district edit made through the real service survives both ends of a session: a normal lock (as a
 * quit does) and a SIGKILL of the process right after the save returned, with nothing locked or closed.
 * (Session 4 saw a district retired in the window not retired on the command line afterwards.)
 */
class EditSurvivesKillTest {
    private static final String PASS = "durability test passphrase";
    @TempDir
    Path dir;
    private Path vault;
    private Path passFile;

    @BeforeEach
    void vaultWithTwoDistricts() throws Exception {
        vault = dir.resolve("vault");
        passFile = Files.writeString(dir.resolve("pass.txt"), PASS);
        ServicesGraph setup = CliVault.servicesFor(vault);
        setup.sessions().createVault("Durable Tester", "durable", Role.COORDINATOR, PASS.toCharArray());
        setup.meetingSetup().addDistrict("Northshire", "Eastvale");
        setup.meetingSetup().addDistrict("Northshire", "Westmoor");
        setup.sessions().lock();
    }

    @Test
    void retiredDistrictSurvivesANormalLock() throws Exception {
        ServicesGraph window = CliVault.servicesFor(vault);
        window.sessions().unlock("durable", PASS.toCharArray());
        window.meetingCorrections().retireDistrict("Northshire", "Eastvale", true);
        window.sessions().lock();
        assertEquals(List.of("Eastvale retired", "Westmoor"), districtsAfterReopening());
    }

    @Test
    void retiredDistrictSurvivesKillNineRightAfterTheSave() throws Exception {
        runAndKill("retire");
        assertEquals(List.of("Eastvale retired", "Westmoor"), districtsAfterReopening());
    }

    @Test
    void renamedDistrictSurvivesKillNineRightAfterTheSave() throws Exception {
        runAndKill("rename", "Westmoor Vale");
        assertEquals(List.of("Eastvale", "Westmoor Vale"), districtsAfterReopening());
    }

    private void runAndKill(String... what) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DistrictRetirer.class.getName(),
                vault.toString(), passFile.toString()));
        command.addAll(List.of(what));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        boolean saved = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("SAVED")) {
                    saved = true;
                    p.destroyForcibly();  // SIGKILL: no shutdown hook, no lock, no close
                    break;
                }
            }
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the process did not die");
        assertTrue(saved, "the process ended before its save returned");
    }

    private List<String> districtsAfterReopening() throws Exception {
        ServicesGraph check = CliVault.servicesFor(vault);
        check.sessions().unlock("durable", PASS.toCharArray());
        try {
            return check.meetingSetup().areaDistricts().stream()
                    .map((AreaDistrict d) -> d.district() + (d.retired() ? " retired" : "")).sorted().toList();
        } finally {
            check.sessions().lock();
        }
    }
}
