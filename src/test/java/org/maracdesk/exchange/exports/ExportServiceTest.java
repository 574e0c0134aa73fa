package org.maracdesk.exchange.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MustNotReceive;
import org.maracdesk.casework.actions.ActionVaults;
import org.maracdesk.security.ExportEncryption;
import org.maracdesk.security.ExportPassphrases;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.PassphraseConfirmation;
import org.maracdesk.security.SessionManager;
import org.maracdesk.common.WrongCredentialsException;

/** Exports from a real vault of synthetic cases: who gets what, what the PDF says, what the return counts. */
class ExportServiceTest {
    @TempDir
    static Path dir;
    static long meeting;
    static List<String> policeCases;
    static String barredCase;
    private SessionManager sessions;

    @BeforeAll
    static void vaultWithAMeetingWherePoliceHaveActionsOnTwoCasesAndOneBarsThem() throws Exception {
        ActionVaults.create(dir.resolve("v"), 60);
        SessionManager s = ActionVaults.signIn(dir.resolve("v"), "coordinator");
        s.store().doInTransaction(session -> {
            List<Object[]> rows = session.createSelectionQuery("select a.meeting.id, count(distinct a.maracCase.id)"
                    + " from ActionItem a where a.agencyCode = 'police' group by a.meeting.id"
                    + " having count(distinct a.maracCase.id) >= 2 order by 2 desc", Object[].class).getResultList();
            meeting = (Long) rows.get(0)[0];
            policeCases = session.createSelectionQuery("select distinct a.maracCase.reference from ActionItem a"
                    + " where a.agencyCode = 'police' and a.meeting.id = :m order by 1", String.class)
                    .setParameter("m", meeting).getResultList();
            barredCase = policeCases.get(0);
            MaracCase c = session.createSelectionQuery("from MaracCase c where c.reference = :r", MaracCase.class)
                    .setParameter("r", barredCase).getSingleResult();
            session.persist(new MustNotReceive(c, null, Agency.POLICE, null, "Perpetrator works for the agency",
                    ActionVaults.TODAY));
        });
        s.lock();
    }

    private ExportService as(String user) throws Exception {
        sessions = ActionVaults.signIn(dir.resolve("v"), user);
        SecureRandom random = new SecureRandom();
        return new ExportService(sessions, new PassphraseConfirmation(sessions),
                new MinutesQuery(), new ExportFiles(random), new ExportPassphrases(random),
                ActionVaults.CLOCK);
    }

    @AfterEach
    void lock() {
        if (sessions != null) {
            sessions.lock();
        }
    }

    private static char[] pass() {
        return ActionVaults.PASS.toCharArray();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    private static List<String> pages(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> out = new java.util.ArrayList<>();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                out.add(stripper.getText(d));
            }
            return out;
        }
    }

    @Test
    void documentsNameAgenciesAsTheVaultsAgencyListNamesThemNotByCode() throws Exception {
        ExportService police = as("police");
        sessions.store().doInTransaction(s -> s.get(org.maracdesk.casework.MaracAgency.class, "police")
                .rename("Saltreach Constabulary"));
        try {
            Path out = dir.resolve("police-named.pdf");
            police.minutes(meeting, "police", new ExportService.Target(out, false), pass());
            String text = text(out).replaceAll("\\s+", " ");
            assertTrue(text.contains("for Saltreach Constabulary"), "title and footer name the recipient");
            assertTrue(text.contains("Saltreach Constabulary only: the cases it was asked for research on"));
            assertFalse(text.contains("for police"), "no agency code where a person reads");
        } finally {
            sessions.store().doInTransaction(s -> s.get(org.maracdesk.casework.MaracAgency.class, "police")
                    .rename("Police"));
        }
    }

    @Test
    void agencyMinutesHoldOnlyItsCasesAndActionsAndCountWhatIsWithheld() throws Exception {
        Path out = dir.resolve("police-minutes.pdf");
        ExportResult r = as("police").minutes(meeting, "police", new ExportService.Target(out, false), pass());
        assertEquals(1, r.withheld());
        assertEquals(policeCases.size() - 1, r.items());
        String text = text(out);
        assertFalse(text.contains(barredCase), "a withheld case must not be named");
        for (String ref : policeCases.subList(1, policeCases.size())) {
            assertTrue(text.contains(ref), ref);
        }
        assertTrue(text.contains("1 case was withheld"));
        MinutesContent content = sessions.store().read(s -> new MinutesQuery()
                .read(s, org.maracdesk.casework.CaseScope.of(s, sessions.current()), meeting, "police", null));
        assertTrue(content.cases().stream().flatMap(c -> c.actions().stream())
                .allMatch(a -> a.agency().equals("police")), "only police actions");
        for (String page : pages(out)) {
            assertTrue(page.contains("OFFICIAL-SENSITIVE"));
            assertTrue(page.contains("never disclose any of it to the person causing harm"));
            assertTrue(page.matches("(?s).*audit head \\d+:[0-9a-f]{16}.*"), "audit head in the footer");
        }
    }

    @Test
    void minutesCarryTheSignInSheetAndEachCasesSafetyPlanFromTheMeetingRecord() throws Exception {
        as("coordinator");
        Object[] pick = sessions.store().read(s -> s.createNativeQuery("select l.meeting_id, l.case_id, l.safety_plan"
                + " from listing l join meeting m on m.id = l.meeting_id where m.status = 'CLOSED'"
                + " and l.safety_plan is not null and exists (select 1 from attendance a where a.meeting_id = m.id"
                + " and a.kind = 'ATTENDEE') order by l.id fetch first 1 row only", Object[].class).getSingleResult());
        long minuted = ((Number) pick[0]).longValue();
        String firstPoint = ((String) pick[2]).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .orElseThrow();
        List<String> attending = sessions.store().read(s -> s.createNativeQuery("select distinct agency_code"
                + " from attendance where meeting_id = :m and kind = 'ATTENDEE'", String.class)
                .setParameter("m", minuted).getResultList());

        MinutesContent full = sessions.store().read(s -> new MinutesQuery()
                .read(s, org.maracdesk.casework.CaseScope.of(s, sessions.current()), minuted, null, null));
        assertFalse(full.attendance().isEmpty(), "the sign-in sheet is in the minutes");
        assertTrue(full.cases().stream().anyMatch(c -> c.record().safetyPlan().contains(firstPoint)));

        String present = attending.get(0);
        MinutesContent forAgency = sessions.store().read(s -> new MinutesQuery()
                .read(s, org.maracdesk.casework.CaseScope.of(s, sessions.current()), minuted, present, null));
        assertEquals(full.cases().size() - forAgency.withheld(), forAgency.cases().size(),
                "an agency that attended receives every case discussed that is not withheld from it");
    }

    @Test
    void fullMinutesHoldEveryListedCaseButOnlyForTheCoordinator() throws Exception {
        Path out = dir.resolve("full.pdf");
        ExportResult r = as("coordinator").minutes(meeting, null, new ExportService.Target(out, false), pass());
        long listed = sessions.store().read(s -> s.createSelectionQuery("select count(l) from Listing l"
                + " where l.meeting.id = :m", Long.class).setParameter("m", meeting).getSingleResult());
        assertEquals(listed, r.items());
        assertTrue(text(out).contains(barredCase));
        sessions.lock();
        assertThrows(NotPermittedException.class, () -> as("police").minutes(meeting, null,
                new ExportService.Target(dir.resolve("no.pdf"), false), pass()));
        assertThrows(NotPermittedException.class, () -> as("police").minutes(meeting, "housing",
                new ExportService.Target(dir.resolve("no.pdf"), false), pass()));
        assertFalse(Files.exists(dir.resolve("no.pdf")));
    }

    @Test
    void wrongPassphraseExportsNothingAndRecordsNothing() throws Exception {
        ExportService service = as("coordinator");
        long before = registerSize();
        Path out = dir.resolve("refused.pdf");
        assertThrows(WrongCredentialsException.class, () -> service.minutes(meeting, "police",
                new ExportService.Target(out, true), "not my passphrase at all".toCharArray()));
        assertFalse(Files.exists(out));
        assertEquals(before, registerSize());
    }

    private long registerSize() {
        return sessions.store().read(s -> s.createSelectionQuery("select count(r) from ExportRecord r", Long.class)
                .getSingleResult());
    }

    @Test
    void minutesPrintedAreRecordedAsPrintedWithThePrinterNameAndNothingIsWritten() throws Exception {
        List<String> printed = new java.util.ArrayList<>();
        PrintDestination printer = new PrintDestination() {
            @Override
            public String printerName() {
                return "Wyvernshire Office Laser 2";
            }

            @Override
            public void print(PDDocument document) throws IOException {
                printed.add(new PDFTextStripper().getText(document));
            }
        };
        ExportService police = as("police");
        long before = registerSize();
        List<Path> filesBefore;
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            filesBefore = files.sorted().toList();
        }
        ExportResult r = police.minutes(meeting, "police", ExportService.Target.print(printer, null), pass());
        assertEquals(1, printed.size(), "one document went to the printer");
        assertFalse(printed.get(0).contains(barredCase), "the police copy, need-to-know as on file");
        assertTrue(r.items() > 0);
        assertEquals(before, registerSize(), "no file, so nothing in the export register");
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertEquals(filesBefore, files.sorted().toList(), "nothing written to disk");
        }
        List<Object[]> entries = sessions.store().read(s -> s.createSelectionQuery("select e.entityType, e.entityId,"
                + " e.actor from AuditEntry e where e.action = org.maracdesk.security.AuditAction.PRINTED",
                Object[].class).getResultList());
        assertEquals(1, entries.size(), "one PRINTED entry");
        assertEquals("minutes-print", entries.get(0)[0]);
        assertEquals("Wyvernshire Office Laser 2", entries.get(0)[1], "the printer's name is recorded");
        assertEquals("police", entries.get(0)[2]);
    }

    @Test
    void encryptedExportIsRegisteredAuditedAndOpensWithTheShownPassphrase() throws Exception {
        ExportService service = as("coordinator");
        long before = registerSize();
        long exported = sessions.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e"
                + " where e.action = org.maracdesk.security.AuditAction.EXPORTED", Long.class).getSingleResult());
        Path out = dir.resolve("police.pdf.pgp");
        ExportResult r = service.minutes(meeting, "police", new ExportService.Target(out, true), pass());
        assertNotNull(r.exportPassphrase());
        assertEquals(before + 1, registerSize());
        assertEquals(exported + 1, (long) sessions.store().read(s -> s.createSelectionQuery("select count(e) from"
                + " AuditEntry e where e.action = org.maracdesk.security.AuditAction.EXPORTED", Long.class)
                .getSingleResult()));
        byte[] stored = Files.readAllBytes(out);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("%PDF"));
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(out)) {
            ExportEncryption.decrypt(in, plain, r.exportPassphrase());
        }
        Path decrypted = dir.resolve("decrypted.pdf");
        Files.write(decrypted, plain.toByteArray());
        assertTrue(text(decrypted).contains("OFFICIAL-SENSITIVE"));
        stored[stored.length / 2] ^= 0x04;
        assertThrows(ExportEncryption.DecryptionException.class, () -> ExportEncryption.decrypt(
                new java.io.ByteArrayInputStream(stored), new ByteArrayOutputStream(), r.exportPassphrase()));
    }

    @Test
    void idvaSummaryCsvHasTheDocumentedHeaderAndOnlyTheirCaseload() throws Exception {
        Path out = dir.resolve("idva.csv");
        as("idva").actionSummary(null, "idva", ExportFormat.CSV, new ExportService.Target(out, false), pass());
        List<String> lines = Files.readAllLines(out);
        assertEquals(Csv.BOM + String.join(",", ActionSummaryDocument.CSV_HEADER), lines.get(0));
        assertTrue(lines.size() > 1);
        assertThrows(NotPermittedException.class, () -> as("idva").actionSummary(null, "coordinator",
                ExportFormat.CSV, new ExportService.Target(dir.resolve("x.csv"), false), pass()));
    }

    @Test
    void dataReturnAgreesWithAnIndependentCountAndSuppressesOneToFour() throws Exception {
        LocalDate from = ActionVaults.TODAY.minusMonths(12);
        LocalDate to = ActionVaults.TODAY;
        DataReturn r = as("coordinator").previewDataReturn(from, to, 250_000L);
        Map<String, Long> expected = independentCount(from, to);
        assertEquals(expected.get("cases"), r.casesDiscussed());
        assertEquals(expected.get("repeats"), r.repeats());
        assertEquals(expected.get("children"), r.children());
        assertEquals(expected.get("male"), r.male());
        assertEquals(expected.get("disabled"), r.count(Measures.DISABLED));
        assertEquals(expected.get("lgbt"), r.count(Measures.LGBT));
        assertEquals(expected.get("withChildren"), r.count(Measures.WITH_CHILDREN));
        assertEquals(r.casesDiscussed(), r.count(Measures.WITH_CHILDREN) + r.count(Measures.WITHOUT_CHILDREN));
        assertEquals(r.casesDiscussed(), r.count(Measures.FEMALE) + r.male() + r.count(Measures.OTHER_GENDER));
        assertEquals(expected.get("flagged"), java.util.Arrays.stream(org.maracdesk.casework.ReferralFlag.values())
                .mapToLong(f -> r.count(Measures.flag(f))).sum());
        assertEquals(expected.get("young"), r.aged16to17());
        assertEquals(expected.get("cases"), r.referralsByAgency().values().stream().mapToLong(Long::longValue).sum());
        for (List<String> row : r.rows()) {
            assertFalse(row.get(1).matches("[1-4]"), "small number shown: " + row);
        }
        Path csv = dir.resolve("return.csv");
        as("coordinator").dataReturn(from, to, 250_000L, ExportFormat.CSV, new ExportService.Target(csv, false), pass());
        assertEquals(Csv.BOM + "measure,number,percent_of_cases,definition", Files.readAllLines(csv).get(0));
        assertTrue(Files.readString(csv).contains("cases_discussed," + expected.get("cases") + ",,Cases listed"),
                "each figure has its definition beside it");
    }

    @Test
    void theDashboardLeavesAsTheScreenCountsItEncryptedAndOnlyForTheCoordinator() throws Exception {
        LocalDate from = LocalDate.of(2020, 1, 1);
        LocalDate to = LocalDate.of(2030, 1, 1);
        ExportService coordinator = as("coordinator");
        org.maracdesk.exchange.reports.DashboardService board = new org.maracdesk.exchange.reports.DashboardService(
                sessions, sessions, new org.maracdesk.security.AuditLog(ActionVaults.CLOCK), ActionVaults.CLOCK);
        org.maracdesk.exchange.reports.DashboardFigures shown = board.figures(from, to);
        Path out = dir.resolve("dashboard.xlsx.pgp");
        ExportResult r = coordinator.dashboard(board, from, to, ExportFormat.XLSX, new ExportService.Target(out, true),
                pass());
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(out)) {
            ExportEncryption.decrypt(in, plain, r.exportPassphrase());
        }
        List<List<String>> expected = DashboardDocument.rows(shown);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(plain.toByteArray()))) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            assertEquals(DashboardDocument.HEADER, List.of(rows.get(0).getCellText(0), rows.get(0).getCellText(1),
                    rows.get(0).getCellText(2), rows.get(0).getCellText(3), rows.get(0).getCellText(4)));
            assertEquals(expected.size() + 1, rows.size(), "one row a figure");
            org.dhatim.fastexcel.reader.Row total = rows.stream().filter(x -> "total".equals(x.getCellText(0))
                    && "referrals".equals(x.getCellText(3))).findFirst().orElseThrow();
            assertEquals(Long.toString(shown.referrals()), total.getCellText(4).replaceAll("\\.0$", ""),
                    "the referrals the screen counted");
            assertTrue(shown.referrals() > 0, "the vault has referrals in the period");
        }
        sessions.lock();
        Path csv = dir.resolve("dashboard-police.csv");
        assertThrows(org.maracdesk.security.NotPermittedException.class, () -> as("police").dashboard(board, from, to,
                ExportFormat.CSV, new ExportService.Target(csv, false), pass()));
        assertFalse(Files.exists(csv), "nothing written for an account that may not export it");
    }

    @Test
    void theDataReturnAndActionListsAreXlsxTooStreamedThroughTheEncryption() throws Exception {
        Path out = dir.resolve("return.xlsx.pgp");
        ExportResult r = as("coordinator").dataReturn(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1), null,
                ExportFormat.XLSX, new ExportService.Target(out, true), pass());
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(out)) {
            ExportEncryption.decrypt(in, plain, r.exportPassphrase());
        }
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(plain.toByteArray()))) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            assertEquals("measure", rows.get(0).getCellText(0));
            assertEquals("period_from", rows.get(1).getCellText(0));
            assertTrue(rows.stream().anyMatch(x -> "cases_discussed".equals(x.getCellText(0))));
        }
        Path actions = dir.resolve("idva.xlsx");
        as("idva").actionSummary(null, "idva", ExportFormat.XLSX, new ExportService.Target(actions, false), pass());
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                actions.toFile())) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            assertEquals(ActionSummaryDocument.CSV_HEADER.get(0), rows.get(0).getCellText(0));
            assertTrue(rows.size() > 1);
        }
    }

    /** A crime on each case of the meeting where police hold actions (one of them barred to police). */
    private static void crimesOnThePoliceMeeting() throws Exception {
        SessionManager s = ActionVaults.signIn(dir.resolve("v"), "coordinator");
        try {
            boolean added = s.store().inTransaction(session -> {
                if (session.createSelectionQuery("select count(k) from CrimeDisclosed k", Long.class)
                        .getSingleResult() > 0) {
                    return false;
                }
                for (org.maracdesk.casework.Listing l : session.createSelectionQuery("from Listing l where"
                        + " l.meeting.id = :m and l.maracCase.reference in :refs", org.maracdesk.casework.Listing.class)
                        .setParameter("m", meeting).setParameter("refs", policeCases).getResultList()) {
                    org.maracdesk.casework.CrimeDisclosed k = new org.maracdesk.casework.CrimeDisclosed(l,
                            "coordinator", ActionVaults.CLOCK.instant());
                    k.describe("Criminal damage on " + l.getMaracCase().getReference(), ActionVaults.TODAY
                            .minusDays(40), null, org.maracdesk.casework.CrimeAgainst.VICTIM,
                            l.getMaracCase().getVictim(), null, "idva");
                    session.persist(k);
                }
                return true;
            });
            if (added) {
                // The minutes are frozen at close: entries made on the closed fixture meeting reach its
                // minutes when the meeting is reopened and closed again (version 2), as a correction would.
                org.maracdesk.security.AuditLog audit = new org.maracdesk.security.AuditLog(ActionVaults.CLOCK);
                new org.maracdesk.casework.meetings.MeetingCorrectionService(s, s, audit, ActionVaults.CLOCK)
                        .reopen(meeting, "Entries recorded after the meeting");
                new org.maracdesk.casework.meetings.MeetingRecordService(s, s, audit, ActionVaults.CLOCK).close(meeting);
            }
        } finally {
            s.lock();
        }
    }

    @Test
    void crimesGoToPoliceForRecordingAndNoOtherAgencyMayExportThem() throws Exception {
        crimesOnThePoliceMeeting();
        Path csv = dir.resolve("crimes.csv");
        ExportResult r = as("police").crimes(meeting, ExportFormat.CSV, new ExportService.Target(csv, false), pass());
        String text = Files.readString(csv);
        assertEquals(Csv.BOM + String.join(",", CrimesDocument.CSV_HEADER), Files.readAllLines(csv).get(0));
        assertFalse(text.contains("Criminal damage on " + barredCase), "the case barred to police is withheld");
        for (String ref : policeCases.subList(1, policeCases.size())) {
            assertTrue(text.contains("Criminal damage on " + ref), ref);
        }
        assertEquals(1, r.withheld());
        lock();
        NotPermittedException housing = assertThrows(NotPermittedException.class, () -> as("housing").crimes(meeting,
                ExportFormat.CSV, new ExportService.Target(dir.resolve("h.csv"), false), pass()));
        assertTrue(housing.getMessage().contains("only police accounts and the coordinator"), housing.getMessage());
        assertFalse(Files.exists(dir.resolve("h.csv")), "nothing written");
        lock();
        Path pdf = dir.resolve("crimes.pdf");
        as("coordinator").crimes(meeting, ExportFormat.PDF, new ExportService.Target(pdf, false), pass());
        assertTrue(text(pdf).contains("Criminal damage on " + barredCase), "the coordinator gets every case");
        long exported = sessions.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e"
                + " where e.action = :a and e.entityType = 'crimes'", Long.class)
                .setParameter("a", org.maracdesk.security.AuditAction.EXPORTED).getSingleResult());
        assertEquals(2, exported, "each export is audited");
    }

    @Test
    void onlyThePoliceCopyOfTheMinutesListsTheCrimesDisclosed() throws Exception {
        crimesOnThePoliceMeeting();
        Path police = dir.resolve("minutes-police.pdf");
        as("coordinator").minutes(meeting, "police", new ExportService.Target(police, false), pass());
        String text = text(police).replaceAll("\\s+", " ");
        assertTrue(text.contains("Crimes disclosed at MARAC (police copy only)"), text);
        assertTrue(text.contains("Criminal damage on " + policeCases.get(1)), text);
        assertFalse(text.contains("Criminal damage on " + barredCase), "not a case of the police copy");
        for (String other : List.of("idva", "housing")) {
            Path copy = dir.resolve("minutes-" + other + ".pdf");
            as("coordinator").minutes(meeting, other, new ExportService.Target(copy, false), pass());
            assertFalse(text(copy).contains("Criminal damage"), other + " copy");
            assertFalse(text(copy).contains("Crimes disclosed"), other + " copy");
            lock();
        }
        Path full = dir.resolve("minutes-full.pdf");
        as("coordinator").minutes(meeting, null, new ExportService.Target(full, false), pass());
        assertFalse(text(full).contains("Criminal damage"), "the full minutes do not list them either");
    }

    @Test
    void suppressionWithholdsOneToFourAndKeepsZeroAndFive() {
        assertEquals("0", DataReturn.shown(0));
        for (int n = 1; n <= 4; n++) {
            assertEquals(DataReturn.WITHHELD, DataReturn.shown(n));
        }
        assertEquals("5", DataReturn.shown(5));
        DataReturn r = new DataReturn(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), Map.of(Measures.CASES,
                40L, Measures.REPEATS, 3L, Measures.CHILDREN, 10L, Measures.WITH_CHILDREN, 6L,
                Measures.WITHOUT_CHILDREN, 34L, Measures.FEMALE, 36L, Measures.MALE, 4L),
                Map.of("police", 37L, "gp", 3L), null);
        assertEquals("", r.casesPer10000AdultWomenPerYear());
        assertTrue(r.rows().contains(List.of("referrals_non_police", DataReturn.WITHHELD, "")));
        assertTrue(r.rows().contains(List.of("referrals_from_police", DataReturn.WITHHELD, "")),
                "40 - 37 would give the GP count away");
        assertTrue(r.rows().stream().noneMatch(row -> row.get(0).equals("referrals_from_gp")));
        assertTrue(r.rows().contains(List.of("repeat_cases", DataReturn.WITHHELD, "")));
    }

    /** Plain SQL over the tables, written apart from the service's HQL. */
    private Map<String, Long> independentCount(LocalDate from, LocalDate to) {
        return sessions.store().withConnection(c -> {
            Map<String, Long> m = new HashMap<>();
            try (var st = c.prepareStatement("select l.case_id, mt.meeting_date, l.repeat_listing, p.gender,"
                    + " p.date_of_birth, p.disabled, p.lgbt, (select count(*) from case_child k where k.case_id = l.case_id),"
                    + " (select count(*) from referral_flag f where f.referral_id = coalesce((select r.id from referral r"
                    + " where r.case_id = l.case_id and r.referral_date <= mt.meeting_date order by r.referral_date desc,"
                    + " r.id desc fetch first 1 row only), (select r.id from referral r where r.case_id = l.case_id"
                    + " order by r.referral_date, r.id fetch first 1 row only)))"
                    + " from listing l join meeting mt on mt.id = l.meeting_id join marac_case mc on mc.id = l.case_id"
                    + " join person p on p.id = mc.victim_id where mt.meeting_date >= ? and mt.meeting_date <= ?")) {
                st.setObject(1, from);
                st.setObject(2, to);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        m.merge("cases", 1L, Long::sum);
                        m.merge("repeats", rs.getBoolean(3) ? 1L : 0L, Long::sum);
                        m.merge("male", "MALE".equals(rs.getString(4)) ? 1L : 0L, Long::sum);
                        int age = Period.between(rs.getObject(5, LocalDate.class), rs.getObject(2, LocalDate.class))
                                .getYears();
                        m.merge("young", age >= 16 && age <= 17 ? 1L : 0L, Long::sum);
                        m.merge("disabled", rs.getBoolean(6) ? 1L : 0L, Long::sum);
                        m.merge("lgbt", rs.getBoolean(7) ? 1L : 0L, Long::sum);
                        m.merge("children", rs.getLong(8), Long::sum);
                        m.merge("withChildren", rs.getLong(8) > 0 ? 1L : 0L, Long::sum);
                        m.merge("flagged", rs.getLong(9), Long::sum);
                    }
                }
            }
            return m;
        });
    }
}
