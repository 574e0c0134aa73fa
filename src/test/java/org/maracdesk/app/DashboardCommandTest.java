package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report dashboard} on a demo vault: text and JSON that add up, the account's scope, plain refusals. */
class DashboardCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FROM = LocalDate.now().minusYears(1).toString();
    private static final String TO = LocalDate.now().toString();
    @TempDir
    static Path dir;
    static String vault;
    static String pf;

    @BeforeAll
    static void demoVault() throws Exception {
        Path file = dir.resolve("p.txt");
        Files.writeString(file, "demo passphrase for tests\n", StandardCharsets.UTF_8);
        pf = file.toString();
        vault = dir.resolve("demo").toString();
        assertEquals(0, CommandLineTest.run("demo", "--vault", vault, "--passphrase-file", pf, "--cases", "40")
                .exitCode());
    }

    private static CommandLineTest.Outcome as(String user, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("report", "dashboard"));
        all.addAll(List.of(args));
        all.addAll(List.of("--vault", vault, "--user", user, "--passphrase-file", pf));
        return CommandLineTest.run(all.toArray(String[]::new));
    }

    private static void refused(CommandLineTest.Outcome o, int code, String message) {
        assertEquals(code, o.exitCode(), o.err());
        assertTrue(o.err().contains(message), o.err());
        assertFalse(o.err().contains("\tat org."), "no stack trace: " + o.err());
    }

    @Test
    void theFiguresAddUpAndThePoliceSeeFewerThanTheCoordinator() throws Exception {
        CommandLineTest.Outcome text = as("coordinator", "--from", FROM, "--to", TO);
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("By referring agency") && text.out().contains("By district")
                && text.out().contains("Actions due in the period, by type"), text.out());
        JsonNode all = JSON.readTree(as("coordinator", "--from", FROM, "--to", TO, "--json").out());
        long referrals = all.get("referrals").asLong();
        assertTrue(referrals > 0, all.toString());
        assertEquals(referrals, sum(all.get("byAgency"), "referrals"));
        assertEquals(referrals, sum(all.get("byDistrict"), "referrals"));
        assertEquals(all.get("listing").get("listed").asLong(), sum(all.get("byDistrict"), "listed"));
        assertEquals(sum(all.get("actionsByAgency"), "due"), sum(all.get("actionsByType"), "due"));
        assertTrue(text.out().contains("Referrals " + referrals + ","), text.out());

        JsonNode police = JSON.readTree(as("police", "--from", FROM, "--to", TO, "--json").out());
        assertTrue(police.get("referrals").asLong() < referrals, "the police count only the cases they may see");
    }

    @Test
    void aTransferRecordedOnACaseIsCountedInTextAndJson() throws Exception {
        CommandLineTest.Outcome list = CommandLineTest.run("case", "list", "--vault", vault, "--user", "coordinator",
                "--passphrase-file", pf);
        java.util.regex.Matcher ref = java.util.regex.Pattern.compile("[A-Z]+-\\d{4}-\\d{5}").matcher(list.out());
        assertTrue(ref.find(), list.out());
        CommandLineTest.Outcome added = CommandLineTest.run("case", "transfer", "add", "--case", ref.group(),
                "--direction", "in", "--area", "Testshire", "--moved", TO, "--vault", vault, "--user", "coordinator",
                "--passphrase-file", pf);
        assertEquals(0, added.exitCode(), added.err());
        JsonNode all = JSON.readTree(as("coordinator", "--from", FROM, "--to", TO, "--json").out());
        JsonNode testshire = null;
        for (JsonNode a : all.get("transfersByArea")) {
            testshire = "Testshire".equals(a.get("area").asText()) ? a : testshire;
        }
        assertTrue(testshire != null && testshire.get("in").asLong() == 1 && testshire.get("out").asLong() == 0,
                all.toString());
        assertEquals(sum(all.get("transfersByArea"), "in"), all.get("transfersIn").asLong());
        String text = as("coordinator", "--from", FROM, "--to", TO).out();
        assertTrue(text.contains("Transfers between MARACs in the period: " + all.get("transfersIn").asLong() + " in, "
                + all.get("transfersOut").asLong() + " out"), text);
        assertTrue(text.matches("(?s).*\\n  Testshire +1 in +0 out\\n.*"), text);
    }

    @Test
    void badDatesAndAccountsThatSeeNoCasesAreRefusedPlainly() {
        refused(as("coordinator", "--from", "2026-13-01", "--to", TO), 2, "--from: give a date as YYYY-MM-DD");
        refused(as("coordinator", "--from", TO, "--to", FROM), 2, "--to: give a day on or after --from");
        refused(as("admin", "--from", FROM, "--to", TO), 6, "");
    }

    private static long sum(JsonNode rows, String field) {
        long n = 0;
        for (JsonNode r : rows) {
            n += r.get(field).asLong();
        }
        return n;
    }
}
