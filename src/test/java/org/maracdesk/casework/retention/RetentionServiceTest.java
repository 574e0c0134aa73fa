package org.maracdesk.casework.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.demo.DemoVaultLoader;
import org.maracdesk.demo.synthetic.SyntheticDataGenerator;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AccountAdministration;
import org.maracdesk.security.AccountService;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.security.VaultMaintenance;

class RetentionServiceTest {
    private static final String PASS = "retention test passphrase";
    /** Two years after the synthetic cases: everything is due once periods are 12 months. */
    private static final Clock LATER = Clock.fixed(LocalDate.of(2028, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    @TempDir
    Path dir;
    private SessionManager sessions;

    @BeforeEach
    void vaultSignedInAsAdministrator() throws Exception {
        sessions = CliVault.sessionsFor(dir.resolve("vault"));
        sessions.createVault("Coordinator", "coordinator", Role.COORDINATOR, PASS.toCharArray());
        new DemoVaultLoader(new InstrumentRegistry()).load(sessions.store(),
                new SyntheticDataGenerator(7, LocalDate.of(2026, 11, 23)).generate(30));
        new AccountAdministration(sessions, new AccountService(Clock.systemUTC()))
                .add("admin", "An Administrator", Role.ADMINISTRATOR, null, PASS.toCharArray());
        sessions.lock();
        sessions.unlock("admin", PASS.toCharArray());
    }

    @AfterEach
    void lock() {
        sessions.lock();
    }

    private RetentionService retention() {
        return new RetentionService(sessions, new VaultMaintenance(sessions), LATER);
    }

    private long count(String sql) {
        return sessions.store().withConnection(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void nothingIsDueWithinTheDefaultSixYearsAndPeriodsAreConfigurable() {
        assertEquals(72, retention().periods().get(RecordType.REFERRAL));
        assertTrue(retention().review().isEmpty());
        retention().setPeriod(RecordType.ACTIONS, 12);
        assertEquals(12, retention().periods().get(RecordType.ACTIONS));
        assertFalse(retention().review().isEmpty());
        assertTrue(retention().review().stream().allMatch(d -> d.type() == RecordType.ACTIONS));
        assertThrows(IllegalArgumentException.class, () -> retention().setPeriod(RecordType.MINUTES, 0));
    }

    @Test
    void aClosedCaseCountsItsRetentionFromTheClosureAndReopensOnRequest() throws Exception {
        retention().setPeriod(RecordType.REFERRAL, 12);
        String ref = retention().review().get(0).caseReference();
        sessions.lock();
        sessions.unlock("coordinator", PASS.toCharArray());
        Clock closedOn = Clock.fixed(LocalDate.of(2028, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        org.maracdesk.casework.CaseClosureService closures = new org.maracdesk.casework.CaseClosureService(sessions,
                sessions, new org.maracdesk.security.AuditLog(closedOn), closedOn);
        closures.close(ref, org.maracdesk.casework.CaseOutcome.RISK_REDUCED, "moved away; risk reduced");
        assertThrows(IllegalArgumentException.class, () -> closures.close(ref,
                org.maracdesk.casework.CaseOutcome.OTHER, "again"), "a closed case is not closed twice");
        assertThrows(IllegalArgumentException.class, () -> closures.reopen(ref, " "), "reopening needs a reason");
        assertEquals(1, count("select count(*) from marac_case where reference = '" + ref + "' and status = 'CLOSED'"
                + " and closed_on = date '2028-06-01' and closure_outcome = 'RISK_REDUCED'"));
        sessions.lock();
        sessions.unlock("admin", PASS.toCharArray());
        assertTrue(retention().review().stream().noneMatch(d -> d.caseReference().equals(ref)),
                "closed six months before the review, the 12-month period has not run out");
        sessions.lock();
        sessions.unlock("coordinator", PASS.toCharArray());
        closures.reopen(ref, "a new incident reported");
        assertEquals(1, count("select count(*) from marac_case where reference = '" + ref + "' and status = 'OPEN'"
                + " and closed_on is null"));
        assertEquals(2, count("select count(*) from audit_entry where entity_id = '" + ref + "' and entity_type in"
                + " ('case-closed', 'case-reopened')"));
        sessions.lock();
        sessions.unlock("admin", PASS.toCharArray());
        assertTrue(retention().review().stream().anyMatch(d -> d.caseReference().equals(ref)));
        assertThrows(NotPermittedException.class, () -> closures.close(ref,
                org.maracdesk.casework.CaseOutcome.OTHER, "an administrator may not"));
    }

    @Test
    void onlyAnAdministratorManagesRetention() throws Exception {
        sessions.lock();
        sessions.unlock("coordinator", PASS.toCharArray());
        assertThrows(NotPermittedException.class, () -> retention().review());
        assertThrows(NotPermittedException.class, () -> retention().setPeriod(RecordType.REFERRAL, 1));
    }

    @Test
    void purgingACaseKeepsAStubLogsTheDestructionWithoutPersonalDataAndIsAudited() {
        retention().setPeriod(RecordType.REFERRAL, 12);
        RetentionDue due = retention().review().get(0);
        String ref = due.caseReference();
        long victim = count("select victim_id from marac_case where reference = '" + ref + "'");
        long people = count("select count(*) from person");

        assertTrue(retention().purge(ref, RecordType.REFERRAL) > 0);

        assertEquals(0, count("select count(*) from marac_case where reference = '" + ref + "'"));
        assertEquals(0, count("select count(*) from person where id = " + victim), "the victim is gone");
        assertTrue(count("select count(*) from person") < people);
        assertEquals(1, count("select count(*) from case_stub where reference = '" + ref + "' and opened_on is not null"
                + " and outcome like 'OPEN%' and purged_by = 'admin'"));
        List<DestructionEntry> log = retention().destructionLog();
        assertEquals(1, log.size());
        assertEquals(ref, log.get(0).caseReference());
        assertEquals("admin", log.get(0).actor());
        assertEquals(RecordType.REFERRAL, log.get(0).type());
        assertEquals(1, count("select count(*) from audit_entry where action = '" + AuditAction.PURGED
                + "' and entity_id = '" + ref + "'"));
        assertTrue(new VaultMaintenance(sessions).verifyAudit().intact());
        assertThrows(IllegalArgumentException.class, () -> retention().purge(ref, RecordType.REFERRAL),
                "a purged case is no longer due");
    }

    @Test
    void checklistsAndActionsArePurgedSeparately() {
        retention().setPeriod(RecordType.CHECKLIST, 12);
        retention().setPeriod(RecordType.ACTIONS, 12);
        RetentionDue actions = retention().review().stream().filter(d -> d.type() == RecordType.ACTIONS).findFirst()
                .orElseThrow();
        String ref = actions.caseReference();
        assertEquals(actions.records(), retention().purge(ref, RecordType.ACTIONS));
        assertTrue(retention().purge(ref, RecordType.CHECKLIST) > 0);
        long caseId = count("select id from marac_case where reference = '" + ref + "'");
        assertEquals(0, count("select count(*) from action_item where case_id = " + caseId));
        assertEquals(0, count("select count(*) from referral where case_id = " + caseId + " and (answers <> '{}'"
                + " or risk_result is not null)"));
        assertTrue(count("select count(*) from referral where case_id = " + caseId + " and band is not null") > 0,
                "the outcome (score and band) stays");
    }

    @Test
    void purgingWholeCasesReachesTheirResearchProposalsMeetingRecordsAndMinutesSnapshots() {
        retention().setPeriod(RecordType.REFERRAL, 12);
        long minuted = count("select min(l.case_id) from listing l join meeting_minutes mm on mm.meeting_id = l.meeting_id");
        long researched = count("select min(l.case_id) from listing l join research_request r on r.listing_id = l.id"
                + " join proposed_action p on p.listing_id = l.id");
        assertTrue(minuted > 0 && researched > 0, "the demo vault has minuted cases and cases with research");
        String inMinutes = "select count(*) from meeting_minutes where body like '%\"caseId\":" + minuted + ",%'";
        assertTrue(count(inMinutes) > 0);

        for (long caseId : new long[] {minuted, researched}) {
            String ref = retention().review().stream().map(RetentionDue::caseReference)
                    .filter(r -> count("select id from marac_case where reference = '" + r + "'") == caseId)
                    .findFirst().orElseThrow();
            assertTrue(retention().purge(ref, RecordType.REFERRAL) > 0);
            assertEquals(0, count("select count(*) from listing where case_id = " + caseId));
            assertEquals(0, count("select count(*) from action_item where case_id = " + caseId));
        }

        assertEquals(0, count(inMinutes), "the case is gone from every minutes snapshot");
        assertTrue(count("select count(*) from meeting_minutes") > 0, "the other cases' minutes stay");
        assertTrue(new VaultMaintenance(sessions).verifyAudit().intact());
    }

    @Test
    void researchAndMeetingRecordsArePurgedKeepingWhoWasAskedAndTheListing() {
        retention().setPeriod(RecordType.RESEARCH, 12);
        retention().setPeriod(RecordType.MINUTES, 12);
        RetentionDue research = retention().review().stream().filter(d -> d.type() == RecordType.RESEARCH)
                .findFirst().orElseThrow();
        long caseId = count("select id from marac_case where reference = '" + research.caseReference() + "'");
        long requests = count("select count(*) from research_request r join listing l on l.id = r.listing_id"
                + " where l.case_id = " + caseId);

        assertEquals(research.records(), retention().purge(research.caseReference(), RecordType.RESEARCH));

        assertEquals(requests, count("select count(*) from research_request r join listing l on l.id = r.listing_id"
                + " where l.case_id = " + caseId), "who was asked stays");
        assertEquals(0, count("select count(*) from research_request r join listing l on l.id = r.listing_id"
                + " where l.case_id = " + caseId + " and (r.facts is not null or r.opinion is not null"
                + " or r.not_shared is not null)"));

        RetentionDue minutes = retention().review().stream().filter(d -> d.type() == RecordType.MINUTES)
                .findFirst().orElseThrow();
        long minutedCase = count("select id from marac_case where reference = '" + minutes.caseReference() + "'");
        long listings = count("select count(*) from listing where case_id = " + minutedCase);
        assertEquals(minutes.records(), retention().purge(minutes.caseReference(), RecordType.MINUTES));
        assertEquals(listings, count("select count(*) from listing where case_id = " + minutedCase));
        assertEquals(0, count("select count(*) from listing where case_id = " + minutedCase
                + " and (safety_plan is not null or risks_to_victim is not null or notes is not null)"));
        assertEquals(0, count("select count(*) from meeting_minutes where body like '%\"caseId\":" + minutedCase + ",%'"));
    }

    /**
     * The vault file is encrypted, so its bytes cannot be searched for the deleted values.
     * What is proved instead: after purging every case and compacting, the purged rows are gone
     * when the file is reopened, the file is smaller than it was with the deleted pages still in
     * it, and the vault still opens and its audit trail verifies.
     */
    @Test
    void afterPurgingCompactionShrinksTheFileAndThePurgedRowsStayGoneAfterReopening() throws Exception {
        retention().setPeriod(RecordType.REFERRAL, 12);
        long cases = count("select count(*) from marac_case");
        for (RetentionDue due : retention().review()) {
            if (due.type() == RecordType.REFERRAL) {
                retention().purge(due.caseReference(), RecordType.REFERRAL);
            }
        }
        Path file = dir.resolve("vault").resolve("marac.mv.db");
        long before = Files.size(file);

        retention().compact();

        long after = Files.size(file);
        assertTrue(after < before, "compacted file " + after + " bytes, before " + before);
        assertEquals(0, count("select count(*) from marac_case"));
        assertEquals(0, count("select count(*) from referral where case_id is not null"));
        assertEquals(cases, count("select count(*) from case_stub"));
        sessions.lock();
        sessions.unlock("admin", PASS.toCharArray());
        assertEquals(0, count("select count(*) from marac_case"));
        assertTrue(new VaultMaintenance(sessions).verifyAudit().intact());
    }
}
