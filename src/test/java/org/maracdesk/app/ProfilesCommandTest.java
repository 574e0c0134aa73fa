package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.app.cli.ExitCodes;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.ContactDetails;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.MustNotReceive;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.PoliceDetails;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralCircumstances;
import org.maracdesk.casework.ResearchRequest;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.StoreKind;

/**
 * The person profiles of a meeting for the police research (issue 16, MARAC.md §2.4, decision 0072), through the
 * command line as the coordinator or a police account would make them, from a real encrypted vault: every person
 * of every case in scope with their role and the references the referral holds for police, their earlier listings
 * and other cases; a case barred to police is counted, never named; no address or safe contact detail of anyone;
 * other accounts and an unknown meeting are refused with one line, nothing written or registered.
 */
class ProfilesCommandTest {
    private static final String SAFE_ADDRESS = "12 Larkspur Close";
    private static final String SAFE_PHONE = "07700 900123";
    private static final String CHILDREN_LIVE = "Child0 lives with her grandmother at 3 Hidden Lane";

    @TempDir
    Path dir;

    @Test
    void coordinatorAndPoliceGetTheProfilesInTheirScopeWithoutAnyAddress() throws Exception {
        Path vaultDir = dir.resolve("vault");
        MeetingVault vault = new MeetingVault(StoreKind.H2, vaultDir);
        long earlier = vault.meeting(TODAY.minusMonths(5), TODAY.minusMonths(5).minusDays(7), MeetingStatus.CLOSED);
        long agenda = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        long heard = vault.acceptedCase(TODAY.minusDays(20), 1);
        long barred = vault.acceptedCase(TODAY.minusDays(15), 0);
        long elsewhere = vault.acceptedCase(TODAY.minusMonths(8), 0);
        vault.list(earlier, heard, 1);
        long heardListing = vault.list(agenda, heard, 1);
        long barredListing = vault.list(agenda, barred, 2);
        vault.store().doInTransaction(s -> {
            MaracCase c = s.get(MaracCase.class, heard);
            c.getVictim().setAddress(SAFE_ADDRESS, "Testford", "TF1 2AB", "Northbridge");
            c.getVictim().setContact(new ContactDetails(SAFE_PHONE, null, true, "after 6pm", null));
            Person perpetrator = c.getPerpetrators().iterator().next();
            perpetrator.setAliases("Tez Perpwood");
            perpetrator.setAddress("40 Quarry Row", "Testford", "TF3 9ZZ", "Northbridge");
            s.get(MaracCase.class, elsewhere).getPerpetrators().add(perpetrator);
            Referral r = s.createSelectionQuery("from Referral r where r.maracCase.id = :c", Referral.class)
                    .setParameter("c", heard).getSingleResult();
            r.setPolice(new PoliceDetails("POL-REF-7731", "CR/4410/26"));
            r.setCircumstances(new ReferralCircumstances(null, null, null, null, null, null, null, CHILDREN_LIVE,
                    null, null, null, null, null, null, "DC Morgan Testwell", "Assault by beating",
                    "PNC 26/01234X", "Non-molestation order", "Not to contact the victim", TODAY.plusDays(30),
                    "2026-12-14"));
            for (long listing : List.of(heardListing, barredListing)) {
                s.persist(new ResearchRequest(s.get(Listing.class, listing), "police", true, true, true,
                        Instant.parse("2026-11-20T09:00:00Z")));
            }
            s.persist(new MustNotReceive(s.get(MaracCase.class, barred), null, Agency.POLICE, null,
                    "Perpetrator works for the agency", TODAY));
        });
        String heardRef = reference(vault, heard);
        String barredRef = reference(vault, barred);
        String elsewhereRef = reference(vault, elsewhere);
        String victim = victimName(vault, heard);
        String barredVictim = victimName(vault, barred);
        vault.lock();
        Path pass = Files.writeString(dir.resolve("pass.txt"), MeetingVault.PASS + "\n", StandardCharsets.UTF_8);

        Path full = dir.resolve("coordinator.pdf");
        CommandLineTest.Outcome made = profiles(vaultDir, pass, "coordinator", String.valueOf(agenda), full, "pdf");
        assertEquals(0, made.exitCode(), made.err());
        keepForLooking(full, "profiles-coordinator.pdf");
        String text = text(full);
        for (String expected : List.of("Person profiles for the police research", "Case 1: " + heardRef,
                "Case 2: " + barredRef, victim, "Test Perp", "Child0", barredVictim, "Victim", "Person causing harm",
                "Child", "also known as Tez Perpwood", "1990-01-01", "aged 36 at the meeting", "POL-REF-7731",
                "CR/4410/26", "PNC 26/01234X", "DC Morgan Testwell", "Assault by beating", "Not to contact the victim",
                "Non-molestation order", "2026-12-14", TODAY.minusMonths(5).toString(), elsewhereRef + " (Person"
                        + " causing harm)", "held by the MARAC coordinator")) {
            assertTrue(text.contains(expected), "the coordinator's profiles hold " + expected + ": " + text);
        }
        assertTrue(made.out().contains("2 included"), made.out());
        assertNoAddress(text);

        Path police = dir.resolve("police.pdf");
        CommandLineTest.Outcome policeMade = profiles(vaultDir, pass, "police", String.valueOf(agenda), police, null);
        assertEquals(0, policeMade.exitCode(), policeMade.err());
        keepForLooking(police, "profiles-police.pdf");
        String policeText = text(police);
        assertTrue(policeText.contains("Case 1: " + heardRef) && policeText.contains(victim), policeText);
        assertTrue(policeText.contains("1 case on this agenda is not included in this copy."), policeText);
        assertTrue(policeText.contains("1 more case not included in this copy"), "the perpetrator's other case,"
                + " out of police's scope, is counted: " + policeText);
        for (String never : List.of(barredRef, barredVictim, elsewhereRef)) {
            assertFalse(policeText.contains(never), "police's profiles must not name " + never);
        }
        assertTrue(policeMade.out().contains("1 included, 1 withheld"), policeMade.out());
        assertNoAddress(policeText);

        Path csv = dir.resolve("police.csv");
        CommandLineTest.Outcome rows = profiles(vaultDir, pass, "police", String.valueOf(agenda), csv, "csv");
        assertEquals(0, rows.exitCode(), rows.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFFmeeting_date,agenda_order,case_reference"), lines.get(0));
        assertEquals(4, lines.size(), "a header and one row per person of the one case: victim, perpetrator, child");
        assertTrue(lines.get(2).contains(",perpetrator,Test,Perp") && lines.get(2).contains("Tez Perpwood"),
                lines.get(2));
        assertNoAddress(String.join("\n", lines));
        assertFalse(String.join("\n", lines).contains(barredRef), "nor in the spreadsheet");
        Path xlsx = dir.resolve("coordinator.xlsx");
        CommandLineTest.Outcome sheet = profiles(vaultDir, pass, "coordinator", String.valueOf(agenda), xlsx, "xlsx");
        assertEquals(0, sheet.exitCode(), sheet.err());
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(xlsx), 2);
        assertEquals("PK", new String(head, StandardCharsets.US_ASCII), "an XLSX workbook (a zip)");
        List<String> kinds = List.of("profiles", "profiles", "profiles", "profiles");
        assertEquals(kinds, register(vaultDir));

        Path none = dir.resolve("none.pdf");
        List<CommandLineTest.Outcome> refused = List.of(
                profiles(vaultDir, pass, "housing", String.valueOf(agenda), none, null),
                profiles(vaultDir, pass, "chair", String.valueOf(agenda), none, null));
        for (CommandLineTest.Outcome r : refused) {
            assertEquals(ExitCodes.NOT_ALLOWED, r.exitCode(), r.err());
            assertTrue(r.err().contains("only police accounts and the coordinator may export the person profiles"),
                    r.err());
        }
        CommandLineTest.Outcome unknown = profiles(vaultDir, pass, "coordinator", "999999", none, null);
        assertEquals(ExitCodes.USAGE, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("there is no meeting 999999"), unknown.err());
        CommandLineTest.Outcome notANumber = profiles(vaultDir, pass, "police", "next", none, null);
        assertEquals(ExitCodes.USAGE, notANumber.exitCode(), notANumber.err());
        for (CommandLineTest.Outcome r : List.of(refused.get(0), refused.get(1), unknown, notANumber)) {
            assertFalse(r.err().contains("at org.") || r.err().contains("Exception"), "no stack trace: " + r.err());
            assertEquals(1, r.err().lines().filter(l -> l.startsWith("marac-desk: ")).count(), r.err());
            assertTrue(r.err().lines().allMatch(l -> l.startsWith("marac-desk: ") || l.contains(" INFO ")),
                    "one line for the user, beside the log's: " + r.err());
        }
        assertFalse(Files.exists(none), "a refusal writes nothing");
        assertEquals(kinds, register(vaultDir), "and registers nothing");
    }

    private static void assertNoAddress(String text) {
        for (String never : List.of(SAFE_ADDRESS, "TF1 2AB", SAFE_PHONE, "after 6pm", "Hidden Lane", "40 Quarry Row",
                "TF3 9ZZ")) {
            assertFalse(text.contains(never), "no address or contact detail in the profiles: " + never);
        }
    }

    private static CommandLineTest.Outcome profiles(Path vault, Path pass, String user, String meeting, Path out,
                                                    String format) {
        List<String> args = new java.util.ArrayList<>(List.of("export", "profiles", "--meeting", meeting, "--out",
                out.toString(), "--vault", vault.toString(), "--user", user, "--passphrase-file", pass.toString()));
        if (format != null) {
            args.addAll(List.of("--format", format));
        }
        return CommandLineTest.run(args.toArray(String[]::new));
    }

    private static void keepForLooking(Path pdf, String name) throws Exception {
        if (System.getProperty("marac.shots") != null) {  // to be looked at, rendered to PNG
            Files.createDirectories(Path.of(System.getProperty("marac.shots")));
            Files.copy(pdf, Path.of(System.getProperty("marac.shots"), name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reference(MeetingVault vault, long caseId) {
        return vault.store().read(s -> s.get(MaracCase.class, caseId).getReference());
    }

    private static String victimName(MeetingVault vault, long caseId) {
        return vault.store().read(s -> s.get(MaracCase.class, caseId).getVictim().fullName());
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("[ \\t]*\\R[ \\t]*", " ");
        }
    }

    private static List<String> register(Path vault) throws Exception {
        SessionManager sessions = CliVault.sessionsFor(vault);
        sessions.unlock("coordinator", MeetingVault.PASS.toCharArray());
        try {
            return sessions.store().read(s -> s.createSelectionQuery("select x.kind from ExportRecord x order by x.id",
                    String.class).getResultList());
        } finally {
            sessions.lock();
        }
    }
}
