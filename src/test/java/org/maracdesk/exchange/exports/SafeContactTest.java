package org.maracdesk.exchange.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.CaseDetail;
import org.maracdesk.casework.CaseViewService;
import org.maracdesk.casework.ContactDetails;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.SafeContact;
import org.maracdesk.casework.SafeContactService;
import org.maracdesk.casework.actions.ActionVaults;
import org.maracdesk.casework.meetings.MeetingSetupService;
import org.maracdesk.casework.meetings.ResearchService;
import org.maracdesk.casework.meetings.AgendaService;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.PassphraseConfirmation;
import org.maracdesk.security.ExportPassphrases;
import org.maracdesk.security.SessionManager;

/**
 * The victim's safe address and contact details on every path that could show them: the case
 * screen (shown on request, audited), each agency's copy of the minutes and the full minutes
 * (audited as such), research requests (never), for each role, and the coordinator's per-MARAC
 * setting of which agencies see them.
 */
class SafeContactTest {
    private static final String ADDRESS = "14 Quillfeather Row";
    private static final String PHONE = "07700 900418";
    @TempDir
    static Path dir;
    static long meeting;
    static long policeCase;
    static long housingCase;
    private SessionManager sessions;

    @BeforeAll
    static void casesWithAKnownSafeAddress() throws Exception {
        ActionVaults.create(dir.resolve("v"), 60);
        SessionManager s = ActionVaults.signIn(dir.resolve("v"), "coordinator");
        s.store().doInTransaction(session -> {
            Object[] row = session.createSelectionQuery("select a.meeting.id, a.maracCase.id from ActionItem a"
                    + " where a.agencyCode = 'police' order by a.meeting.meetingDate desc, a.id", Object[].class)
                    .setMaxResults(1).getSingleResult();
            meeting = (Long) row[0];
            policeCase = (Long) row[1];
            housingCase = session.createSelectionQuery("select a.maracCase.id from ActionItem a"
                    + " where a.agencyCode = 'housing' and a.meeting.id = :m order by a.id", Long.class)
                    .setParameter("m", meeting).setMaxResults(1).getSingleResultOrNull() == null
                    ? addHousingAction(session, policeCase) : session.createSelectionQuery("select a.maracCase.id"
                    + " from ActionItem a where a.agencyCode = 'housing' and a.meeting.id = :m order by a.id",
                    Long.class).setParameter("m", meeting).setMaxResults(1).getSingleResult();
            for (long id : List.of(policeCase, housingCase)) {
                Person v = session.get(MaracCase.class, id).getVictim();
                v.setAddress(ADDRESS, "Saltreach", "QA1 4ZZ", "Northbridge");
                v.setContact(new ContactDetails(PHONE, null, true, "weekdays 10:00-12:00", "her sister"));
            }
        });
        s.lock();
    }

    private static long addHousingAction(org.hibernate.Session session, long caseId) {
        session.persist(new org.maracdesk.casework.ActionItem(session.get(MaracCase.class, caseId),
                session.get(org.maracdesk.casework.Meeting.class, meeting), "housing", "Officer",
                org.maracdesk.casework.ActionTarget.VICTIM, "Check the tenancy", ActionVaults.TODAY.plusDays(7)));
        return caseId;
    }

    private SessionManager signIn(String user) throws Exception {
        sessions = ActionVaults.signIn(dir.resolve("v"), user);
        return sessions;
    }

    @AfterEach
    void lock() {
        if (sessions != null) {
            sessions.lock();
            sessions = null;
        }
    }

    private SafeContactService safe() {
        return new SafeContactService(sessions, sessions, new AuditLog(ActionVaults.CLOCK));
    }

    private CaseDetail open(long caseId) {
        return new CaseViewService(sessions, sessions, new AuditLog(ActionVaults.CLOCK)).open(caseId);
    }

    private ExportService exports() {
        SecureRandom random = new SecureRandom();
        return new ExportService(sessions, new PassphraseConfirmation(sessions),
                new MinutesQuery(), new ExportFiles(random), new ExportPassphrases(random),
                ActionVaults.CLOCK);
    }

    private long auditedAs(String what) {
        return sessions.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e"
                + " where e.action = org.maracdesk.security.AuditAction.VIEWED and e.entityType = :w", Long.class)
                .setParameter("w", what).getSingleResult());
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theCoordinatorPoliceAndIdvaSeeTheAddressOnRequestAndEachShowingIsAudited() throws Exception {
        for (String user : List.of("coordinator", "police")) {
            signIn(user);
            CaseDetail d = open(policeCase);
            assertTrue(d.seesSafeContact(), user + " is offered the details");
            assertFalse(d.toString().contains(ADDRESS), "opening the case does not put the address on screen");
            long before = auditedAs(SafeContactService.AUDITED_AS);
            SafeContact c = safe().reveal(policeCase).orElseThrow();
            assertTrue(c.address().startsWith(ADDRESS));
            assertEquals(PHONE, c.phone());
            assertEquals(before + 1, auditedAs(SafeContactService.AUDITED_AS), "the showing is audited as such");
            long reads = sessions.store().read(s -> s.createNativeQuery("select count(*) from audit_case_read r"
                    + " join audit_entry e on e.seq = r.audit_seq where e.entity_type = 'safe-contact'"
                    + " and r.case_id = :c", Long.class).setParameter("c", policeCase).getSingleResult());
            assertTrue(reads >= 1, "who saw this case's address answers from the case id");
            lock();
        }
    }

    @Test
    void otherAgenciesAndChairsAreToldTheCoordinatorHoldsThemAndAdministratorsSeeNothing() throws Exception {
        signIn("housing");
        assertFalse(open(housingCase).seesSafeContact());
        long before = auditedAs(SafeContactService.AUDITED_AS);
        assertEquals(Optional.empty(), safe().reveal(housingCase));
        assertEquals(before, auditedAs(SafeContactService.AUDITED_AS), "nothing shown, nothing audited");
        lock();

        signIn("chair");
        long chairCase = sessions.store().read(s -> s.createSelectionQuery("select a.maracCase.id from ActionItem a"
                + " where a.status = org.maracdesk.casework.ActionStatus.OPEN order by a.id", Long.class)
                .setMaxResults(1).getSingleResult());
        assertEquals(Optional.empty(), safe().reveal(chairCase), "a chair runs the meeting, not the safety plan");
        lock();

        signIn("admin");
        assertThrows(NotPermittedException.class, () -> safe().reveal(policeCase));
    }

    @Test
    void researchRequestsNeverCarryTheAddress() throws Exception {
        for (String user : List.of("police", "housing", "idva")) {
            signIn(user);
            var research = new ResearchService(sessions, sessions, new AuditLog(ActionVaults.CLOCK),
                    ActionVaults.CLOCK, new AgendaService(sessions, sessions, new AuditLog(ActionVaults.CLOCK),
                    ActionVaults.CLOCK));
            String all = research.myRequests().toString();
            assertFalse(all.contains(ADDRESS) || all.contains(PHONE), user + ": research shows no safe contact");
            lock();
        }
    }

    @Test
    void minutesCarryTheAddressOnlyInCopiesForAgenciesThatSeeItAndSayWhoHoldsItElsewhere() throws Exception {
        signIn("coordinator");
        Path police = dir.resolve("police.pdf");
        long before = auditedAs(SafeContactService.AUDITED_AS + "-export");
        exports().minutes(meeting, "police", new ExportService.Target(police, false), ActionVaults.PASS.toCharArray());
        String text = pdfText(police);
        assertTrue(text.contains("Safe address and contact"));
        assertTrue(text.contains(ADDRESS), "the police copy has the address");
        assertEquals(before + 1, auditedAs(SafeContactService.AUDITED_AS + "-export"));
        assertTrue(auditedAs("minutes-export") >= 1, "the cases an export names are recorded as read");

        Path housing = dir.resolve("housing.pdf");
        exports().minutes(meeting, "housing", new ExportService.Target(housing, false),
                ActionVaults.PASS.toCharArray());
        text = pdfText(housing);
        assertFalse(text.contains(ADDRESS) || text.contains(PHONE), "the housing copy has no safe contact");
        assertTrue(text.contains("Address held by the MARAC coordinator"));
        assertEquals(before + 1, auditedAs(SafeContactService.AUDITED_AS + "-export"), "nothing to record");

        Path full = dir.resolve("full.pdf");
        exports().minutes(meeting, null, new ExportService.Target(full, false), ActionVaults.PASS.toCharArray());
        assertTrue(pdfText(full).contains(ADDRESS), "the coordinator's full minutes keep the address");
    }

    @Test
    void theCoordinatorDecidesWhichAgenciesSeeSafeContactDetails() throws Exception {
        signIn("coordinator");
        MeetingSetupService setup = new MeetingSetupService(sessions, sessions, new AuditLog(ActionVaults.CLOCK));
        setup.setSafeContact("housing", true);
        setup.setSafeContact("police", false);
        assertTrue(setup.agencies().stream().anyMatch(a -> a.code().equals("housing") && a.seesSafeContact()));
        lock();
        try {
            signIn("housing");
            assertTrue(open(housingCase).seesSafeContact());
            assertTrue(safe().reveal(housingCase).isPresent());
            lock();
            signIn("police");
            assertEquals(Optional.empty(), safe().reveal(policeCase));
            Path police = dir.resolve("police-off.pdf");
            exports().minutes(meeting, "police", new ExportService.Target(police, false),
                    ActionVaults.PASS.toCharArray());
            assertFalse(pdfText(police).contains(ADDRESS), "the setting reaches the police copy of the minutes");
            lock();
        } finally {
            signIn("coordinator");
            setup = new MeetingSetupService(sessions, sessions, new AuditLog(ActionVaults.CLOCK));
            setup.setSafeContact("housing", false);
            setup.setSafeContact("police", true);
        }
        lock();
        signIn("police");
        assertThrows(NotPermittedException.class, () -> new MeetingSetupService(sessions, sessions,
                new AuditLog(ActionVaults.CLOCK)).setSafeContact("police", true), "only the coordinator sets it");
    }
}
