package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.security.AuditReport;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;

/**
 * Kills a writing process with SIGKILL again and again and proves that every save it had
 * acknowledged is there after reopening, and that the vault and its audit chain still check out.
 * CI runs a few cycles; {@code scripts/crash-test.sh N} runs N.
 */
class CrashDurabilityTest {
    private static final String PASS = "crash test passphrase";
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedSaveSurvivesKillNine() throws Exception {
        int cycles = Integer.getInteger("crash.cycles", 3);
        Path vault = dir.resolve("vault");
        Path passFile = Files.writeString(dir.resolve("pass.txt"), PASS);
        SessionManager setup = CliVault.sessionsFor(vault);
        setup.createVault("Crash Tester", "crash", Role.COORDINATOR, PASS.toCharArray());
        setup.lock();
        Random random = new Random(42);
        Set<String> acknowledged = new HashSet<>();
        for (int cycle = 1; cycle <= cycles; cycle++) {
            acknowledged.addAll(runAndKill(vault, passFile, "c" + cycle, 5 + random.nextInt(60)));
            assertEverySavePresent(vault, acknowledged, cycle);
        }
    }

    private static List<String> runAndKill(Path vault, Path passFile, String tag, int acksBeforeKill)
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                vault.toString(), passFile.toString(), tag);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        List<String> acks = new java.util.ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acks.add(line.substring(4));
                    if (acks.size() >= acksBeforeKill) {
                        p.destroyForcibly();  // SIGKILL on Linux and macOS
                        break;
                    }
                }
            }
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the writer did not die");
        assertTrue(acks.size() >= acksBeforeKill, "the writer stopped early: " + acks.size() + " saves");
        return acks;
    }

    private static void assertEverySavePresent(Path vault, Set<String> acknowledged, int cycle) throws Exception {
        SessionManager check = CliVault.sessionsFor(vault);
        check.unlock("crash", PASS.toCharArray());
        try {
            AuditReport audit = check.lastAuditReport().orElseThrow();
            assertTrue(audit.intact(), "after kill " + cycle + ": " + audit.summary());
            Set<String> stored = new HashSet<>(check.store().read(s -> s.createSelectionQuery(
                    "select e.entityId from AuditEntry e where e.entityType = 'probe'", String.class).getResultList()));
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertEquals(Set.of(), lost, "acknowledged saves lost after kill " + cycle);
            assertTrue(IntegrityCheck.run(check.store()).rows() > 0);
        } finally {
            check.lock();
        }
    }
}
