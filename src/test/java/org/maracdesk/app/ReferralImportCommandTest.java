package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.CommandLineTest.Outcome;
import org.maracdesk.app.cli.ExitCodes;
import org.maracdesk.store.Store;
import org.maracdesk.store.TestVaults;
import org.maracdesk.testdata.SyntheticReferrals;

/** {@code referral import} run as a script would run it, against real encrypted vaults. */
class ReferralImportCommandTest {
    private static final String PASSPHRASE = "import test passphrase";
    private static final Path EXAMPLE_JSON = Path.of("docs/examples/referrals.json");
    private static final Path EXAMPLE_CSV = Path.of("docs/examples/referrals.csv");

    @TempDir
    Path dir;
    private Path vault;
    private String passphraseFile;

    @BeforeEach
    void newVault() throws Exception {
        vault = dir.resolve("vault");
        Path pf = dir.resolve("p.txt");
        Files.writeString(pf, PASSPHRASE + "\n", StandardCharsets.UTF_8);
        passphraseFile = pf.toString();
        Outcome init = CommandLineTest.run("vault", "init", "--vault", vault.toString(), "--user", "coord",
                "--passphrase-file", passphraseFile);
        assertEquals(0, init.exitCode(), init.err());
    }

    private Outcome importFile(Path file) {
        return CommandLineTest.run("referral", "import", "--vault", vault.toString(), "--user", "coord",
                "--passphrase-file", passphraseFile, file.toString());
    }

    private <T> T inVault(Function<Store, T> work) throws Exception {
        try (Store store = TestVaults.unlock(vault, "coord", PASSPHRASE)) {
            return work.apply(store);
        }
    }

    /** Rows in every table of the vault except the audit trail, by table name. */
    private Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new TreeMap<>(inVault(org.maracdesk.store.IntegrityCheck::rowCounts));
        counts.remove("AUDIT_ENTRY");
        return counts;
    }

    /**
     * Audit entries. Every command records its own unlock and lock; a rejected import must add
     * nothing else.
     */
    private long auditEntries() throws Exception {
        return inVault(org.maracdesk.store.IntegrityCheck::rowCounts).get("AUDIT_ENTRY");
    }

    @Test
    void exampleFilesImportAndEveryReferralIsScoredByTheRiskEngine() throws Exception {
        Outcome json = importFile(EXAMPLE_JSON);
        assertEquals(0, json.exitCode(), json.err());
        assertEquals("Imported 3 referrals: 2 new cases, 0 added to existing cases, 0 marked repeat,"
                + " 1 not accepted (draft, Idva only or declined)", json.out().strip());
        Outcome csv = importFile(EXAMPLE_CSV);
        assertEquals(0, csv.exitCode(), csv.err());
        List<Object[]> scored = inVault(store -> store.read(s -> s.createSelectionQuery("select r.formReference,"
                + " r.score, r.band, r.routes, r.riskResult, r.instrumentId from Referral r order by r.formReference",
                Object[].class).getResultList()));
        assertEquals(6, scored.size());
        for (Object[] r : scored) {
            assertTrue(r[1] != null && r[2] != null && r[4] != null, () -> r[0] + " was not scored");
            assertEquals("dash-24", r[5]);
        }
        Object[] first = scored.get(0);
        assertEquals("WF-2026-0412", first[0]);
        assertEquals(17, first[1], "16 items plus q3 answered yes");
        assertEquals("high", first[2]);
        assertEquals("POTENTIAL_ESCALATION,VISIBLE_HIGH_RISK", first[3]);
        JsonNode explained = new ObjectMapper().readTree((String) first[4]);
        assertEquals(17, explained.get("score").asInt(), "the engine's full explanation is stored with the referral");
        Map<String, Long> counts = rowCounts();
        assertEquals(4L, counts.get("MARAC_CASE"));
        assertEquals(5L, counts.get("CASE_CHILD"), "two children in the JSON file, three in the CSV file");
        assertEquals(3L, counts.get("MUST_NOT_RECEIVE"));
        assertEquals(8L, counts.get("REFERRAL_FLAG"), "four flags in each file");
    }

    @Test
    void csvFieldsWithQuotesCommasAndLineBreaksAreReadIntact() throws Exception {
        Outcome csv = importFile(EXAMPLE_CSV);
        assertEquals(0, csv.exitCode(), csv.err());
        Object[] r = inVault(store -> store.read(s -> s.createSelectionQuery("select r.incidentSummary, v.contact.safeTimes,"
                + " v.addressLine1, r.answers, v.aliases from Referral r join r.victim v"
                + " where r.formReference = 'WF-2026-0431'", Object[].class).getSingleResult()));
        assertEquals("Attended the emergency department on 2026-10-20 with a head injury, saying she fell.\n"
                + "Later disclosed: pushed down the stairs, threatened with a knife, phone taken.\n"
                + "Second assault, this month, after she mentioned leaving.", r[0]);
        assertEquals("Never call; text \"Dentist reminder\" and she will ring back", r[1]);
        assertEquals("7 Mill Lane, Upper Flat", r[2]);
        JsonNode q3 = new ObjectMapper().readTree((String) r[3]).get("q3");
        assertEquals("Said: \"he'll finish it next time\", and meant it", q3.get("comment").asText());
        assertEquals("Del Thistle; Delphine Thistle", r[4]);
    }

    @Test
    void aBadThirdRowRejectsTheWholeFileNamingLineFieldAndReason() throws Exception {
        assertEquals(0, importFile(EXAMPLE_JSON).exitCode());
        List<String> lines = new ArrayList<>(Files.readAllLines(EXAMPLE_CSV, StandardCharsets.UTF_8));
        String third = lines.get(5);
        assertTrue(third.startsWith("WF-2026-0440,2026-11-02,declined,"), "the example's third row starts on line 6");
        lines.set(5, third.replace(",housing,", ",council,").replace(",1970-10-25,", ",1970-02-30,")
                .replace("2026-11-02", "2099-01-01").replace(",1,,capva,", ",-2,,capva,"));
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, lines, StandardCharsets.UTF_8);
        Map<String, Long> before = rowCounts();
        long auditBefore = auditEntries();

        Outcome o = importFile(bad);

        assertEquals(ExitCodes.USAGE, o.exitCode());
        assertEquals(before, rowCounts(), "nothing at all was written");
        // the command's own unlock and lock; counting rows opens the store directly and records nothing
        assertEquals(auditBefore + 2, auditEntries(), "only the session itself was audited");
        assertTrue(o.err().contains("the file was not imported (4 problems); nothing was written"), o.err());
        assertTrue(o.err().contains("line 6, field referrer.agency: \"council\" is not one of police, idva"), o.err());
        assertTrue(o.err().contains("line 6, field victim.dateOfBirth: is not a date in the form YYYY-MM-DD or DD/MM/YYYY"), o.err());
        assertTrue(o.err().contains("line 6, field referralDate: is in the future"), o.err());
        assertTrue(o.err().contains("line 6, field risk.policeIncidentsLast12Months: must be a whole number of 0 or"
                + " more"), o.err());
        assertEquals("", o.out());
    }

    @Test
    void aFileSavedByExcelWithDayFirstDatesImports() throws Exception {
        String csv = Files.readString(EXAMPLE_CSV, StandardCharsets.UTF_8)
                .replace("2026-10-21", "21/10/2026").replace("1979-12-03", "03/12/1979");
        Path excel = dir.resolve("excel.csv");
        Files.writeString(excel, "\uFEFF" + csv, StandardCharsets.UTF_8);
        Outcome o = importFile(excel);
        assertEquals(0, o.exitCode(), o.err());
        Object[] r = inVault(s -> s.read(x -> x.createSelectionQuery("select r.referralDate, v.dateOfBirth"
                + " from Referral r join r.victim v where r.formReference = 'WF-2026-0431'", Object[].class)
                .getSingleResult()));
        assertEquals(java.time.LocalDate.of(2026, 10, 21), r[0]);
        assertEquals(java.time.LocalDate.of(1979, 12, 3), r[1]);
    }

    @Test
    void aPhoneNumberThatLostItsLeadingZeroIsRefusedWithLineAndField() throws Exception {
        String csv = Files.readString(EXAMPLE_CSV, StandardCharsets.UTF_8)
                .replace(",07700 900 645,", ",7700900645,").replace(",01632 960 771,", ",1.63296E+09,");
        Path excel = dir.resolve("excel.csv");
        Files.writeString(excel, csv, StandardCharsets.UTF_8);
        Map<String, Long> before = rowCounts();
        Outcome o = importFile(excel);
        assertEquals(ExitCodes.USAGE, o.exitCode());
        assertEquals(before, rowCounts(), "nothing was written");
        assertTrue(o.err().contains("line 2, field victim.phone: has lost its leading zero"), o.err());
        assertTrue(o.err().contains("line 2, field referrer.phone: was turned into a number in scientific notation"),
                o.err());
        assertFalse(o.err().contains("7700900645"), "the number itself is not repeated");
    }

    @Test
    void importingTheSameFileTwiceWritesNothingTheSecondTime() throws Exception {
        assertEquals(0, importFile(EXAMPLE_CSV).exitCode());
        Map<String, Long> before = rowCounts();
        long auditBefore = auditEntries();
        Outcome again = importFile(EXAMPLE_CSV);
        assertEquals(ExitCodes.USAGE, again.exitCode());
        assertTrue(again.err().contains("line 2, field formReference: this referral has already been recorded"),
                again.err());
        assertEquals(before, rowCounts());
        assertEquals(auditBefore + 2, auditEntries(), "only the session itself was audited");
    }

    @Test
    void onlyACoordinatorMayImport() throws Exception {
        Path idvaVault = dir.resolve("idva-vault");
        org.maracdesk.security.SessionManager sessions = org.maracdesk.app.cli.CliVault.sessionsFor(idvaVault);
        sessions.createVault("An Idva", "idva", org.maracdesk.security.Role.IDVA, PASSPHRASE.toCharArray());
        sessions.lock();
        Outcome o = CommandLineTest.run("referral", "import", "--vault", idvaVault.toString(), "--user", "idva",
                "--passphrase-file", passphraseFile, EXAMPLE_JSON.toString());
        assertEquals(ExitCodes.NOT_ALLOWED, o.exitCode());
        assertTrue(o.err().contains("the role idva may not import referrals"), o.err());
    }

    @Test
    void nothingFromTheImportedFilesReachesTheLog() throws Exception {
        Outcome json = importFile(EXAMPLE_JSON);
        Outcome csv = importFile(EXAMPLE_CSV);
        Outcome rejected = importFile(EXAMPLE_CSV);
        assertEquals(0, json.exitCode());
        assertEquals(0, csv.exitCode());
        assertEquals(ExitCodes.USAGE, rejected.exitCode());
        String everything = json.err() + json.out() + csv.err() + csv.out() + rejected.err() + rejected.out();
        assertTrue(everything.contains("INFO"), "the log capture saw nothing, so it proves nothing");
        for (String value : caseValues()) {
            assertFalse(everything.contains(value), () -> "a value from the file reached the output: " + value);
        }
    }

    /** Names, dates of birth, addresses, contact details and free text from both example files. */
    private static Set<String> caseValues() throws Exception {
        Set<String> keys = Set.of("givenName", "familyName", "aliases", "dateOfBirth", "addressLine1", "town",
                "postcode", "phone", "email", "safeTimes", "safeContact", "name", "summary", "fears", "safeToTalkTo",
                "notSafeToTalkTo", "wants", "incidentSummary", "reference", "crimeNumbers", "person", "reason",
                "note", "comment", "professionalJudgement", "decisionReason", "school", "area");
        Set<String> values = new java.util.TreeSet<>();
        collect(new ObjectMapper().readTree(EXAMPLE_JSON.toFile()), null, keys, values);
        List<String> csv = Files.readAllLines(EXAMPLE_CSV, StandardCharsets.UTF_8);
        for (String cell : csv.subList(1, csv.size()).stream().flatMap(l -> List.of(l.split(",")).stream()).toList()) {
            String t = cell.replace("\"", "").strip();
            if (t.length() >= 5 && !t.matches("[a-z_-]+|WF-.*|[0-9]+")) {
                values.add(t);
            }
        }
        assertTrue(values.size() > 60, "the check has values to look for");
        return values;
    }

    private static void collect(JsonNode node, String key, Set<String> keys, Set<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), e.getKey(), keys, out));
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, key, keys, out));
        } else if (node.isTextual() && keys.contains(key)) {
            out.add(node.asText());
        }
    }

    @Test
    void aLongImportReportsProgressOnTheErrorStreamWithCountsOnly() throws Exception {
        List<SyntheticReferrals.Row> rows = SyntheticReferrals.rows(1_200, 3, java.time.LocalDate.now());
        Path file = dir.resolve("many.csv");
        SyntheticReferrals.writeCsv(file, rows);

        Outcome o = importFile(file);

        assertEquals(0, o.exitCode(), o.err());
        assertTrue(o.out().startsWith("Imported 1200 referrals: 1200 new cases"), o.out());
        List<String> progress = o.err().lines().filter(l -> l.startsWith("Imported ")).toList();
        assertEquals(2, progress.size(), o.err());
        assertTrue(progress.get(0).matches("Imported 500 of 1200 referrals, about \\d+ (s|min) left"), progress.get(0));
        assertTrue(progress.get(1).startsWith("Imported 1000 of 1200 referrals"), progress.get(1));
        for (SyntheticReferrals.Row r : rows) {
            for (SyntheticReferrals.Person p : List.of(r.victim(), r.perpetrator())) {
                assertFalse(o.err().contains(p.givenName() + " " + p.familyName()), "a name reached the terminal");
                assertFalse(o.err().contains(p.dateOfBirth().toString()), "a date of birth reached the terminal");
            }
        }
    }
}
