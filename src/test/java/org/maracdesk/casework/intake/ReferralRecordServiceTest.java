package org.maracdesk.casework.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.CaseOutcome;
import org.maracdesk.casework.CaseStatus;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.PersonCorrectionService;
import org.maracdesk.casework.PersonDetailsLine;
import org.maracdesk.casework.PersonRole;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralFlag;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.ReferrerDetails;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.risk.Answer;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.RiskThresholds;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Role;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.TestStores;

/**
 * Decided referrals after the decision: the full view, a checklist correction with its re-score, the decision
 * reversed (and refused while listed), people corrected from the referral, and imported drafts opened in the
 * form — in a vault and on PostgreSQL.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReferralRecordServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private Store store;
    private Role role = Role.COORDINATOR;
    private ReferralIntakeService intake;
    private ReferralRecordService records;
    private ReferralDraftService drafts;
    private ReferralDecisionService decisions;
    private PersonCorrectionService people;
    private MustNotReceiveService mustNot;

    @BeforeEach
    void emptyVault() {
        store = TestStores.create(kind, dir.resolve("vault"), "coordinator", "referral record passphrase");
        InstrumentRegistry instruments = new InstrumentRegistry();
        AuditLog audit = new AuditLog(CLOCK);
        CurrentUser who = () -> new AccountInfo("coord", "Coordinator", role, null);
        intake = new ReferralIntakeService(() -> store, who, audit, instruments, CLOCK);
        records = new ReferralRecordService(() -> store, who, audit, instruments, CLOCK);
        drafts = new ReferralDraftService(() -> store, who, audit, instruments, CLOCK);
        decisions = new ReferralDecisionService(() -> store, who, audit, instruments, CLOCK);
        people = new PersonCorrectionService(() -> store, who, audit, CLOCK);
        mustNot = new MustNotReceiveService(() -> store, who, audit, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static PersonDetails victim() {
        return new PersonDetails("Marnie", "Pellworth", List.of(), TestReferrals.VICTIM_DOB, null,
                new PostalAddress("4 Orchard Row", "Kestrel Vale", "KV1 2AB", "Kestrel Vale"), null, null);
    }

    private static NewReferral full(String ref, ReferralStatus status, String reason) {
        RelatedPerson child = new RelatedPerson(PersonDetails.named("Tilly", "Pellworth", LocalDate.of(2019, 3, 3)),
                "daughter", "daughter", "mother", "Vale Primary", null);
        return new NewReferral(ref, TODAY.minusDays(3), status, reason, Agency.POLICE,
                new ReferrerDetails("DC Example Referrer", "Detective", null, null, true), victim(),
                List.of(TestReferrals.craig()), List.of(child), List.of(),
                new RiskInput(TestReferrals.dash(15), 1, null), Set.of(ReferralFlag.PETS), null, null,
                "An incident in the kitchen.", null, null, false,
                List.of(new MustNotReceiveEntry(Agency.HOUSING, null, "employs the perpetrator")));
    }

    private long recorded(String ref, ReferralStatus status, String reason) {
        intake.record(List.of(full(ref, status, reason)), "coord");
        return store.read(s -> s.createSelectionQuery("select r.id from Referral r where r.formReference = :f",
                Long.class).setParameter("f", ref).getSingleResult());
    }

    private MaracCase caseOf(long referralId) {
        return store.read(s -> {
            Referral r = s.get(Referral.class, referralId);
            MaracCase c = r.getMaracCase();
            if (c != null) {
                c.getReference();
                c.getPerpetrators().size();
                c.getChildren().size();
            }
            return c;
        });
    }

    private long viewed(long referralId) {
        return store.read(s -> s.createSelectionQuery("select count(e) from AuditEntry e where e.action = :a"
                + " and e.entityType = 'referral' and e.entityId = :id", Long.class)
                .setParameter("a", AuditAction.VIEWED).setParameter("id", String.valueOf(referralId)).getSingleResult());
    }

    @Test
    void aDecidedReferralIsShownInFullWithItsScoreExplainedAndTheReadIsAudited() {
        long id = recorded("F-1", ReferralStatus.ACCEPTED, null);
        ReferralRecord r = records.view(id);
        assertEquals(ReferralStatus.ACCEPTED, r.status());
        assertNotNull(r.caseReference());
        assertEquals("Marnie", r.content().victim().givenName());
        assertEquals("KV1 2AB", r.content().victim().address().postcode());
        assertEquals("Craig", r.content().perpetrators().get(0).person().givenName());
        assertEquals("ex-partner", r.content().perpetrators().get(0).relationshipToVictim());
        assertEquals("Vale Primary", r.content().children().get(0).school());
        assertEquals("An incident in the kitchen.", r.content().incidentSummary());
        assertEquals(Set.of(ReferralFlag.PETS), r.content().flags());
        assertEquals(Agency.HOUSING, r.content().mustNotReceive().get(0).agency());
        assertEquals(Answer.YES, r.content().risk().answers().valueOf("q15"));
        assertEquals(Answer.NO, r.content().risk().answers().valueOf("q16"));
        assertEquals(15, r.score());
        assertEquals(15, r.explanation().score(), "the explanation is of the stored answers");
        assertTrue(r.routes().contains("VISIBLE_HIGH_RISK"));
        assertEquals(3, r.people().size());
        assertTrue(r.people().get(0).victim());
        assertEquals(1, viewed(id));
        assertTrue(r.history().isEmpty());
    }

    @Test
    void correctingAnswersRescoresAndRecordsWhichAnswersChangedAndTheResult() {
        long id = recorded("F-2", ReferralStatus.ACCEPTED, null);
        ReferralRecord before = records.view(id);
        ReferralRecordService.Rescored done = records.correctRisk(id, before.version(),
                Map.of("q1", Answer.NO, "q2", Answer.NO, "q3", Answer.NO, "q16", Answer.NO), null,
                "the referrer ticked the wrong column for the first three");
        assertEquals(15, done.oldScore());
        assertEquals(12, done.newScore());
        assertEquals(List.of("q1", "q2", "q3"), done.changedItems().stream().sorted().toList(),
                "q16 was already no: not a change");
        assertFalse(done.newRoutes().contains("VISIBLE_HIGH_RISK"));
        ReferralRecord after = records.view(id);
        assertEquals(12, after.score());
        assertEquals(Answer.NO, after.content().risk().answers().valueOf("q1"));
        List<ChangeHistory.Line> h = after.history();
        assertEquals(List.of("answer q1", "answer q2", "answer q3", "result"),
                h.stream().map(ChangeHistory.Line::field).sorted().toList());
        ChangeHistory.Line q1 = h.stream().filter(l -> l.field().equals("answer q1")).findFirst().orElseThrow();
        assertEquals("yes", q1.oldValue());
        assertEquals("no", q1.newValue());
        assertEquals("coord", q1.by());
        assertEquals(CLOCK.instant(), q1.at());
        ChangeHistory.Line result = h.stream().filter(l -> l.field().equals("result")).findFirst().orElseThrow();
        assertTrue(result.oldValue().startsWith("score 15"));
        assertTrue(result.newValue().startsWith("score 12"));
        assertEquals(ReferralStatus.ACCEPTED, after.status(), "the decision stands until reversed");
        assertEquals(before.caseReference(), after.caseReference());
    }

    @Test
    void aCorrectionIsRefusedWithoutAReasonOnAStaleVersionOrAnUnknownItemAndByOtherRoles() {
        long id = recorded("F-3", ReferralStatus.ACCEPTED, null);
        int version = records.view(id).version();
        assertThrows(IllegalArgumentException.class, () -> records.correctRisk(id, version,
                Map.of("q1", Answer.NO), null, " "));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> records.correctRisk(id,
                version, Map.of("q99", Answer.NO), null, "typo"));
        assertTrue(unknown.getMessage().contains("q99"));
        records.correctRisk(id, version, Map.of("q1", Answer.NO), null, "wrong column");
        assertThrows(ConcurrentChangeException.class, () -> records.correctRisk(id, version,
                Map.of("q2", Answer.NO), null, "another"));
        assertThrows(ConcurrentChangeException.class, () -> records.reverse(id, version, ReferralStatus.DECLINED,
                "another"));
        role = Role.CHAIR;
        assertThrows(NotPermittedException.class, () -> records.view(id));
        assertThrows(NotPermittedException.class, () -> records.reverse(id, version + 1, ReferralStatus.DECLINED, "x"));
    }

    @Test
    void reversingAnAcceptanceNotYetListedClosesTheCaseItOpenedAndKeepsTheHistory() {
        long id = recorded("F-4", ReferralStatus.ACCEPTED, null);
        ReferralRecord before = records.view(id);
        ReferralRecordService.Reversed done = records.reverse(id, before.version(), ReferralStatus.DECLINED,
                "the victim lives outside the area");
        assertEquals(ReferralStatus.ACCEPTED, done.from());
        assertTrue(done.caseClosed());
        assertEquals(before.caseReference(), done.caseReference());
        MaracCase c = store.read(s -> s.createSelectionQuery("from MaracCase c where c.reference = :r", MaracCase.class)
                .setParameter("r", before.caseReference()).getSingleResult());
        assertEquals(CaseStatus.CLOSED, c.getStatus());
        assertEquals(TODAY, c.getClosedOn(), "retention counts from today");
        assertEquals(CaseOutcome.OTHER, c.getClosureOutcome());
        ReferralRecord after = records.view(id);
        assertEquals(ReferralStatus.DECLINED, after.status());
        assertEquals("the victim lives outside the area", after.decisionReason());
        assertNull(after.caseReference());
        ChangeHistory.Line status = after.history().stream().filter(l -> l.field().equals("status")).findFirst()
                .orElseThrow();
        assertEquals("ACCEPTED", status.oldValue());
        assertEquals("DECLINED", status.newValue());
        assertEquals("the victim lives outside the area", status.reason());
        ChangeHistory.Line onCase = after.history().stream().filter(l -> l.field().equals("case")).findFirst()
                .orElseThrow();
        assertEquals(before.caseReference(), onCase.oldValue());
        assertNull(onCase.newValue());
        assertThrows(IllegalArgumentException.class, () -> records.reverse(id, after.version(),
                ReferralStatus.DECLINED, "again"));
    }

    @Test
    void reversingAnAcceptanceIsRefusedNamingTheMeetingWhileTheCaseIsListedForIt() {
        long id = recorded("F-5", ReferralStatus.ACCEPTED, null);
        LocalDate date = TODAY.plusDays(10);
        long meetingId = store.inTransaction(s -> {
            Referral r = s.get(Referral.class, id);
            Meeting m = new Meeting(date, "Kestrel Vale", null, true, TODAY.plusDays(3), MeetingStatus.SCHEDULED);
            s.persist(m);
            Listing l = new Listing(m, r.getMaracCase(), 1, false);
            l.listedFor(r, false, false);
            s.persist(l);
            s.flush();
            return m.getId();
        });
        ReferralRecord before = records.view(id);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> records.reverse(id,
                before.version(), ReferralStatus.DECLINED, "outside the area"));
        assertTrue(refused.getMessage().contains("11 Jun 2026"), refused.getMessage());
        assertTrue(refused.getMessage().contains("meeting " + meetingId), refused.getMessage());
        assertTrue(refused.getMessage().contains("take it off that agenda first"), refused.getMessage());
        ReferralRecord after = records.view(id);
        assertEquals(ReferralStatus.ACCEPTED, after.status(), "nothing changed");
        assertEquals(CaseStatus.OPEN, caseOf(id).getStatus());
        assertTrue(after.history().isEmpty());
    }

    @Test
    void reversingADeclineOpensACaseWithThePeopleAndTheMustNotReceiveEntries() {
        long id = recorded("F-6", ReferralStatus.DECLINED, "below threshold");
        assertNull(caseOf(id));
        ReferralRecord before = records.view(id);
        ReferralRecordService.Reversed done = records.reverse(id, before.version(), ReferralStatus.ACCEPTED,
                "the score was mistyped; 15 ticks on the paper form");
        assertTrue(done.caseOpened());
        MaracCase c = caseOf(id);
        assertNotNull(c);
        assertEquals(done.caseReference(), c.getReference());
        assertEquals(1, c.getPerpetrators().size());
        assertEquals(1, c.getChildren().size());
        assertEquals(1, mustNot.list(c.getReference()).size(), "the referral's must-not-receive entry applies to the case");
        assertEquals(ReferralStatus.ACCEPTED, records.view(id).status());
    }

    @Test
    void aPersonOnADeclinedReferralIsCorrectedWithHistoryThroughThePersonCorrectionPath() {
        long id = recorded("F-7", ReferralStatus.DECLINED, "below threshold");
        ReferralRecord r = records.view(id);
        long victimId = r.people().get(0).personId();
        PersonDetailsLine p = people.personOnReferral(id, victimId);
        assertEquals(0, p.caseId());
        PersonDetailsLine fixed = people.correctOnReferral(id, new PersonDetailsLine(0, victimId, p.role(),
                p.givenName(), p.familyName(), p.aliases(), LocalDate.of(1991, 7, 14), p.gender(), "9 Mill Lane",
                p.town(), p.postcode(), p.version()), "date of birth and address mistyped on the form");
        assertEquals(LocalDate.of(1991, 7, 14), fixed.dateOfBirth());
        assertEquals(LocalDate.of(1991, 7, 14), records.view(id).content().victim().dateOfBirth());
        long lines = store.read(s -> s.createSelectionQuery("select count(c) from RecordChange c where c.recordType ="
                + " 'person' and c.recordId = :p", Long.class).setParameter("p", victimId).getSingleResult());
        assertEquals(2, lines, "date of birth and address line");
        long perpetrator = r.people().stream().filter(x -> x.role() == PersonRole.PERPETRATOR).findFirst()
                .orElseThrow().personId();
        assertEquals("perpetrator", people.personOnReferral(id, perpetrator).role());
        assertThrows(IllegalArgumentException.class, () -> people.personOnReferral(id, 987654L));
    }

    @Test
    void aReferralOnACaseWithheldFromTheAccountIsNotShown() {
        long id = recorded("F-8", ReferralStatus.ACCEPTED, null);
        mustNot.add(caseOf(id).getReference(), new MustNotReceiveEntry(null, "Coordinator", "a relative of the victim"));
        assertThrows(NotPermittedException.class, () -> records.view(id));
        assertThrows(NotPermittedException.class, () -> records.correctRisk(id, 0, Map.of(), null, "x"));
    }

    @Test
    void anImportedDraftOpensInTheFormWithItsPeopleLinkedAndIsDecidedWithoutDuplicates() {
        long id = recorded("F-9", ReferralStatus.DRAFT, null);
        ReferralRow row = drafts.list(10).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        assertTrue(row.editable(), "an imported draft opens in the form");
        long people = store.read(s -> s.createSelectionQuery("select count(p) from Person p", Long.class)
                .getSingleResult());
        ReferralDraft draft = drafts.open(id);
        assertEquals("Marnie", draft.form().victim().givenName());
        assertEquals("KV1 2AB", draft.form().victim().address().postcode());
        assertEquals("Craig", draft.form().perpetrators().get(0).person().givenName());
        assertEquals(Agency.HOUSING, draft.form().mustNotReceive().get(0).agency());
        assertNotNull(draft.links().victim());
        assertEquals(1, draft.links().perpetrators().size());
        assertEquals(ReferralStatus.DRAFT, draft.form().status());
        Decision d = decisions.decide(id, draft.version(), ReferralStatus.ACCEPTED, "meets the threshold");
        assertNotNull(d.caseReference());
        assertEquals(people, (long) store.read(s -> s.createSelectionQuery("select count(p) from Person p",
                Long.class).getSingleResult()), "nobody was stored twice");
        assertEquals(2L, (long) store.read(s -> s.createSelectionQuery("select count(x) from ReferralPerson x"
                + " where x.referral.id = :id", Long.class).setParameter("id", id).getSingleResult()));
        MaracCase c = caseOf(id);
        assertEquals(1, c.getPerpetrators().size());
        assertEquals(1, mustNot.list(c.getReference()).size());
    }

    @Test
    void aRetiredDistrictTakesNoNewReferralsButItsCasesKeepTheName() {
        long earlier = recorded("F-10", ReferralStatus.ACCEPTED, null);
        store.doInTransaction(s -> {
            org.maracdesk.casework.MaracArea area = new org.maracdesk.casework.MaracArea("Demo county");
            s.persist(area);
            org.maracdesk.casework.District d = new org.maracdesk.casework.District(area, "Kestrel Vale");
            d.retire(TODAY);
            s.persist(d);
        });
        IntakeRejectedException refused = assertThrows(IntakeRejectedException.class,
                () -> intake.record(List.of(full("F-11", ReferralStatus.ACCEPTED, null)), "coord"));
        assertTrue(refused.problems().stream().anyMatch(p -> p.field().equals("victim.district")
                && p.reason().contains("retired")), refused.problems().toString());
        assertEquals("Kestrel Vale", caseOf(earlier).getDistrict(), "the case keeps its district");
        SavedDraft draft = drafts.save(new ReferralDraft(null, null, new NewReferral(null, TODAY.minusDays(1),
                ReferralStatus.DRAFT, null, Agency.POLICE, new ReferrerDetails("DC Example Referrer", null, null,
                null, null), victim(), List.of(TestReferrals.craig()), List.of(), List.of(),
                new RiskInput(TestReferrals.dash(15), 1, null), Set.of(), null, null, null, null, null, false,
                List.of()), null));
        IntakeRejectedException onDecision = assertThrows(IntakeRejectedException.class,
                () -> decisions.decide(draft.id(), draft.version(), ReferralStatus.ACCEPTED, "meets the threshold"));
        assertTrue(onDecision.problems().stream().anyMatch(p -> p.field().equals("victim.district")));
    }
}
