package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.app.cli.ExitCodes;
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.CaseField;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.StoreKind;
import org.maracdesk.testdata.SharedServer;

/**
 * Each disclosure path records its lawful basis and consent (issue 16, decision 0048), on both stores, driven
 * through the command line as a script would (on PostgreSQL as each account's own login role): a research
 * submission, a copy of the minutes and another export that registers; the defaults; a bad code refused naming the
 * valid ones with nothing written; the case's change history showing the research submission's basis.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class DisclosureBasisTest {
    private static final String PUBLIC_TASK = "PUBLIC-TASK";
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private SharedServer server;
    private Path pass;
    private long closedMeeting;
    private long request;
    private long caseId;

    @BeforeEach
    void aClosedMeetingAndAResearchRequestForThePolice() throws Exception {
        if (kind == StoreKind.POSTGRESQL) {
            server = new SharedServer(dir.resolve("server"), "Coordinator", "coordinator", MeetingVault.PASS);
            vault = new MeetingVault(server);
        } else {
            vault = new MeetingVault(kind, dir.resolve("vault"));
        }
        closedMeeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        vault.list(closedMeeting, vault.acceptedCase(TODAY.minusDays(10), 0), 1);
        vault.record().signIn(closedMeeting, AttendanceKind.ATTENDEE, "police", "PC Test Officer", false);
        long listing = vault.record().view(closedMeeting).cases().get(0).listing().listingId();
        vault.record().saveCaseField(listing, CaseField.SAFETY_PLAN, "Sanctuary scheme");
        vault.record().close(closedMeeting);
        long next = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        caseId = vault.acceptedCase(TODAY.minusDays(5), 0);
        vault.list(next, caseId, 1);
        vault.agenda().circulate(next);
        vault.as("police");
        request = vault.research().myRequests().stream().filter(r -> r.meetingId() == next).findFirst()
                .orElseThrow().id();
        vault.as("coordinator");
        if (kind == StoreKind.H2) {
            vault.lock();
        }
        pass = dir.resolve("pass.txt");
        Files.writeString(pass, MeetingVault.PASS + "\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        if (kind == StoreKind.POSTGRESQL) {
            vault.lock();
        }
    }

    private CommandLineTest.Outcome as(String user, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(kind == StoreKind.H2 ? List.of("--vault", dir.resolve("vault").toString())
                : List.of("--server", server.connectionFile().toString()));
        all.addAll(List.of("--user", user, "--passphrase-file", pass.toString()));
        return CommandLineTest.run(all.toArray(String[]::new));
    }

    /** Reads the store after the commands (on PostgreSQL as the superuser, on H2 through a fresh sign-in). */
    private <T> T read(Function<Session, T> query) throws Exception {
        if (kind == StoreKind.POSTGRESQL) {
            return server.store().read(query::apply);
        }
        SessionManager sessions = CliVault.sessionsFor(dir.resolve("vault"));
        sessions.unlock("coordinator", MeetingVault.PASS.toCharArray());
        try {
            return sessions.store().read(query::apply);
        } finally {
            sessions.lock();
        }
    }

    private Object[] researchRow() throws Exception {
        return read(s -> s.createSelectionQuery("select r.lawfulBasis, r.lawfulBasisWording, r.consent,"
                + " r.consentReason, r.status from ResearchRequest r where r.id = :id", Object[].class)
                .setParameter("id", request).getSingleResult());
    }

    private List<Object[]> register() throws Exception {
        return read(s -> s.createSelectionQuery("select x.kind, x.lawfulBasis, x.lawfulBasisWording, x.consent,"
                + " x.consentReason from ExportRecord x order by x.id", Object[].class).getResultList());
    }

    @Test
    void aResearchSubmissionRecordsItsBasisAndConsentOnTheRequestAndInTheCaseHistory() throws Exception {
        CommandLineTest.Outcome r = as("police", "research", "submit", "--request", String.valueOf(request),
                "--basis", "crime-prevention", "--consent", "refused", "--consent-reason", "Risk of serious harm");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        Object[] row = researchRow();
        assertEquals("CRIME-PREVENTION", row[0]);
        assertTrue(((String) row[1]).startsWith("DPA 2018 s.31"), (String) row[1]);
        assertEquals("REFUSED", row[2]);
        assertEquals("Risk of serious harm", row[3]);
        assertEquals("SUBMITTED", row[4].toString());

        List<ChangeHistory.CaseLine> history = read(s -> ChangeHistory.ofCase(s, CaseScope.wholeRecord(), caseId));
        ChangeHistory.Line basis = history.stream().filter(l -> l.recordType().equals("research")
                && l.line().field().equals("lawfulBasis")).findFirst().orElseThrow().line();
        assertTrue(basis.newValue().startsWith("CRIME-PREVENTION: DPA 2018"), basis.newValue());
        assertEquals("police", basis.by());
        ChangeHistory.Line consent = history.stream().filter(l -> l.line().field().equals("consent")).findFirst()
                .orElseThrow().line();
        assertEquals("refused", consent.newValue());
        assertEquals("Risk of serious harm", consent.reason());
    }

    @Test
    void withoutOptionsResearchIsSharedUnderTheDefaultBasisWithConsentNotRecorded() throws Exception {
        assertEquals(ExitCodes.OK, as("police", "research", "submit", "--request", String.valueOf(request)).exitCode());
        Object[] row = researchRow();
        assertEquals(PUBLIC_TASK, row[0]);
        assertNull(row[2], "consent not recorded when the script does not say");
        assertNull(row[3]);
    }

    @Test
    void aCopyOfTheMinutesAndAnotherExportRecordTheirBasisInTheRegister() throws Exception {
        if (kind == StoreKind.POSTGRESQL) {
            // Exports from a shared server stop at the passphrase check (PassphraseConfirmation reads a vault
            // folder; a known gap, not this change's): here the register's new columns round-trip on PostgreSQL.
            server.store().doInTransaction(s -> {
                org.maracdesk.security.ExportRecord x = new org.maracdesk.security.ExportRecord(
                        java.time.Instant.parse("2026-11-23T10:00:00Z"), "coordinator", "minutes", "meeting 1",
                        "police", "pdf", true, "0".repeat(64));
                x.disclosure("VITAL-INTERESTS", "UK GDPR Art 6(1)(d) vital interests", "NOT_SOUGHT",
                        "Asking would alert the perpetrator");
                s.persist(x);
            });
            Object[] row = register().get(0);
            assertEquals("VITAL-INTERESTS", row[1]);
            assertEquals("NOT_SOUGHT", row[3]);
            assertEquals("Asking would alert the perpetrator", row[4]);
            return;
        }
        Path minutes = dir.resolve("minutes.pdf");
        CommandLineTest.Outcome m = as("coordinator", "export", "minutes", "--meeting", String.valueOf(closedMeeting),
                "--agency", "police", "--out", minutes.toString(), "--basis", "VITAL-INTERESTS", "--consent",
                "not-sought", "--consent-reason", "Asking would alert the perpetrator");
        assertEquals(ExitCodes.OK, m.exitCode(), m.err());
        Path lapses = dir.resolve("lapses.csv");
        CommandLineTest.Outcome l = as("coordinator", "export", "lapses", "--meeting", String.valueOf(closedMeeting),
                "--out", lapses.toString(), "--consent", "given");
        assertEquals(ExitCodes.OK, l.exitCode(), l.err());
        List<Object[]> rows = register();
        assertEquals(2, rows.size());
        assertEquals("minutes", rows.get(0)[0]);
        assertEquals("VITAL-INTERESTS", rows.get(0)[1]);
        assertTrue(((String) rows.get(0)[2]).startsWith("UK GDPR Art 6(1)(d)"));
        assertEquals("NOT_SOUGHT", rows.get(0)[3]);
        assertEquals("Asking would alert the perpetrator", rows.get(0)[4]);
        assertEquals("lapse-list", rows.get(1)[0]);
        assertEquals(PUBLIC_TASK, rows.get(1)[1], "the first basis of the list when none is given");
        assertEquals("GIVEN", rows.get(1)[3]);
        assertNull(rows.get(1)[4]);
    }

    @Test
    void meetingMinutesJsonListsEachCopysBasisAndConsentAsCopiesSentDoes() throws Exception {
        if (kind == StoreKind.POSTGRESQL) {
            // Exports from a shared server stop at the passphrase check (see above): the register row is written here.
            server.store().doInTransaction(s -> {
                org.maracdesk.security.ExportRecord x = new org.maracdesk.security.ExportRecord(
                        java.time.Instant.parse("2026-11-23T10:00:00Z"), "coordinator", "minutes",
                        "meeting " + closedMeeting, "police", "pdf", true, "0".repeat(64));
                x.disclosure("VITAL-INTERESTS", "UK GDPR Art 6(1)(d) vital interests", "NOT_SOUGHT",
                        "Asking would alert the perpetrator");
                s.persist(x);
            });
        } else {
            CommandLineTest.Outcome m = as("coordinator", "export", "minutes", "--meeting",
                    String.valueOf(closedMeeting), "--agency", "police", "--out", dir.resolve("minutes.pdf").toString(),
                    "--basis", "VITAL-INTERESTS", "--consent", "not-sought", "--consent-reason",
                    "Asking would alert the perpetrator");
            assertEquals(ExitCodes.OK, m.exitCode(), m.err());
        }
        CommandLineTest.Outcome outline = as("coordinator", "meeting", "minutes", "--meeting",
                String.valueOf(closedMeeting), "--json");
        assertEquals(ExitCodes.OK, outline.exitCode(), outline.err());
        com.fasterxml.jackson.databind.JsonNode holders = org.maracdesk.common.JsonMappers.lenient()
                .readTree(outline.out()).path("holders");
        assertEquals(1, holders.size(), outline.out());
        com.fasterxml.jackson.databind.JsonNode copy = holders.get(0);
        assertEquals("police", copy.path("recipient").asText());
        assertEquals("VITAL-INTERESTS", copy.path("lawfulBasis").asText());
        assertTrue(copy.path("lawfulBasisWording").asText().startsWith("UK GDPR Art 6(1)(d)"), outline.out());
        assertEquals("NOT_SOUGHT", copy.path("consent").asText());
        assertEquals("Asking would alert the perpetrator", copy.path("consentReason").asText());

        // A copy from before bases were recorded says so with nulls, as the window says "not recorded".
        write(s -> s.createNativeMutationQuery("update export_record set lawful_basis = null,"
                + " lawful_basis_wording = null, consent = null, consent_reason = null").executeUpdate());
        com.fasterxml.jackson.databind.JsonNode old = org.maracdesk.common.JsonMappers.lenient().readTree(
                as("coordinator", "meeting", "minutes", "--meeting", String.valueOf(closedMeeting), "--json").out())
                .path("holders").get(0);
        assertTrue(old.has("lawfulBasis") && old.path("lawfulBasis").isNull(), old.toString());
        assertTrue(old.path("consent").isNull(), old.toString());
    }

    /** Writes to the store between commands (on PostgreSQL as the superuser, on H2 through a fresh sign-in). */
    private void write(java.util.function.Consumer<Session> change) throws Exception {
        if (kind == StoreKind.POSTGRESQL) {
            server.store().doInTransaction(change::accept);
            return;
        }
        SessionManager sessions = CliVault.sessionsFor(dir.resolve("vault"));
        sessions.unlock("coordinator", MeetingVault.PASS.toCharArray());
        try {
            sessions.store().doInTransaction(change::accept);
        } finally {
            sessions.lock();
        }
    }

    @Test
    void aBadBasisOrAMissingReasonIsRefusedNamingTheFixAndNothingIsWrittenOrSubmitted() throws Exception {
        Path out = dir.resolve("no.pdf");
        CommandLineTest.Outcome bad = as("coordinator", "export", "minutes", "--meeting", String.valueOf(closedMeeting),
                "--out", out.toString(), "--basis", "NOPE");
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertTrue(bad.err().contains("--basis: NOPE is not one of this MARAC's lawful bases; use one of PUBLIC-TASK,"
                + " LEGAL-OBLIGATION, VITAL-INTERESTS, CRIME-PREVENTION, CONSENT"), bad.err());
        assertFalse(Files.exists(out));
        CommandLineTest.Outcome noReason = as("police", "research", "submit", "--request", String.valueOf(request),
                "--consent", "not-sought");
        assertEquals(ExitCodes.USAGE, noReason.exitCode());
        assertTrue(noReason.err().contains("not sought: give the reason"), noReason.err());
        CommandLineTest.Outcome word = as("police", "research", "submit", "--request", String.valueOf(request),
                "--consent", "maybe");
        assertEquals(ExitCodes.USAGE, word.exitCode());
        assertTrue(word.err().contains("--consent takes given, refused or not-sought, not 'maybe'"), word.err());
        CommandLineTest.Outcome badBasis = as("police", "research", "submit", "--request", String.valueOf(request),
                "--basis", "consent please");
        assertEquals(ExitCodes.USAGE, badBasis.exitCode());
        assertTrue(badBasis.err().contains("use one of PUBLIC-TASK"), badBasis.err());
        for (CommandLineTest.Outcome o : List.of(bad, noReason, word, badBasis)) {
            assertFalse(o.err().contains("\tat "), "no stack trace");
        }
        assertEquals("PENDING", researchRow()[4].toString(), "nothing submitted");
        assertTrue(register().isEmpty(), "nothing registered");
    }
}
