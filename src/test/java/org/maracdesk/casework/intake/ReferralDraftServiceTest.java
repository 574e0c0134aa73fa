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
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.ReferralFlag;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.ReferrerDetails;
import org.maracdesk.risk.Answer;
import org.maracdesk.risk.AnswerSheet;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.ItemAnswer;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Role;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.TestStores;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Drafts typed on screen, decisions, links and the must-not-receive list, in a vault and on PostgreSQL. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReferralDraftServiceTest {
    @Parameter
    StoreKind kind;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate LISTED = LocalDate.of(2026, 1, 15);

    @TempDir
    Path dir;
    private Store store;
    private Role role = Role.COORDINATOR;
    private ReferralDraftService drafts;
    private ReferralDecisionService decisions;
    private MustNotReceiveService mustNot;
    private long victimId;
    private long perpetratorId;

    @BeforeEach
    void vaultWithACaseListedInJanuary() {
        store = TestStores.create(kind, dir.resolve("vault"), "coordinator", "draft test passphrase");
        InstrumentRegistry instruments = new InstrumentRegistry();
        AuditLog audit = new AuditLog(CLOCK);
        org.maracdesk.security.CurrentUser who = () -> new AccountInfo("coord", "Coordinator", role, null);
        drafts = new ReferralDraftService(() -> store, who, audit, instruments, CLOCK);
        decisions = new ReferralDecisionService(() -> store, who, audit, instruments, CLOCK);
        mustNot = new MustNotReceiveService(() -> store, who, audit, CLOCK);
        long[] ids = store.inTransaction(s -> {
            Person victim = new Person("Marnie", "Pellworth", TestReferrals.VICTIM_DOB, "FEMALE");
            Person perpetrator = new Person("Craig", "Pellworth", LocalDate.of(1988, 11, 2), "MALE");
            s.persist(victim);
            s.persist(perpetrator);
            MaracCase c = new MaracCase("MD-2026-00003", victim, "Kestrel Vale", LISTED.minusDays(20));
            c.getPerpetrators().add(perpetrator);
            s.persist(c);
            Meeting m = new Meeting(LISTED, "Kestrel Vale", null, true, LISTED.minusDays(7), MeetingStatus.CLOSED);
            s.persist(m);
            s.persist(new Listing(m, c, 1, false));
            s.flush();
            return new long[] {victim.getId(), perpetrator.getId()};
        });
        victimId = ids[0];
        perpetratorId = ids[1];
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static AnswerSheet answers(int yes, int notAsked) {
        AnswerSheet full = TestReferrals.dash(yes);
        Map<String, ItemAnswer> a = new java.util.LinkedHashMap<>(full.answers());
        for (int i = 24; i > 24 - notAsked; i--) {
            a.remove("q" + i);
        }
        a.put("q1", new ItemAnswer(Answer.YES, "police", "bruising to the arm", List.of()));
        return new AnswerSheet(full.instrumentId(), a);
    }

    /** Almost nothing typed yet: a referrer's name and two checklist answers. */
    private static NewReferral barelyStarted() {
        return new NewReferral(null, null, ReferralStatus.DRAFT, null, null,
                new ReferrerDetails("PC Example", null, null, null, null), null, List.of(), List.of(), List.of(),
                new RiskInput(answers(2, 20), null, null), Set.of(), null, null, null, null, null, false, List.of());
    }

    private static NewReferral complete(PersonDetails victim, int yes) {
        return new NewReferral(null, TODAY.minusDays(2), ReferralStatus.DRAFT, null, Agency.POLICE,
                new ReferrerDetails("PC Example", "Officer", null, null, true), victim,
                List.of(TestReferrals.craig()), List.of(), List.of(), new RiskInput(answers(yes, 0), 1, null),
                Set.of(ReferralFlag.PETS), null, null, "An incident.", null, null, false,
                List.of(new MustNotReceiveEntry(Agency.HOUSING, null, "employs the perpetrator")));
    }

    private long auditChanges() {
        return store.read(s -> s.createSelectionQuery("select count(e) from AuditEntry e where e.action = :a",
                Long.class).setParameter("a", org.maracdesk.security.AuditAction.CHANGED).getSingleResult());
    }

    @Test
    void anIncompleteDraftSavesAndReopensWithItsChecklistAnswers() {
        SavedDraft saved = drafts.save(new ReferralDraft(null, null, barelyStarted(), null));
        ReferralDraft reopened = drafts.open(saved.id());
        assertEquals(barelyStarted(), reopened.form());
        assertEquals(new ItemAnswer(Answer.YES, "police", "bruising to the arm", List.of()),
                reopened.form().risk().answers().answers().get("q1"));
        assertEquals(saved.version(), reopened.version());
        assertEquals(1, auditChanges(), "the save is in the audit trail");
        long opened = store.read(s -> s.createSelectionQuery("select count(e) from AuditEntry e where e.action = :a"
                + " and e.entityType = 'referral-draft' and e.entityId = :id", Long.class)
                .setParameter("a", org.maracdesk.security.AuditAction.VIEWED)
                .setParameter("id", String.valueOf(saved.id())).getSingleResult());
        assertEquals(1L, opened, "opening the draft is in the audit trail");
        String digest = store.read(s -> s.createSelectionQuery("select e.detailDigest from AuditEntry e"
                + " where e.action = :a", String.class).setParameter("a", org.maracdesk.security.AuditAction.CHANGED)
                .getSingleResult());
        assertTrue(digest.matches("[0-9a-f]{64}"), "only a digest is kept");
    }

    @Test
    void savingOverAnOlderVersionIsRefused() {
        SavedDraft first = drafts.save(new ReferralDraft(null, null, barelyStarted(), null));
        NewReferral more = complete(PersonDetails.named("Tamsin", "Orrell", null), 3);
        SavedDraft second = drafts.save(new ReferralDraft(first.id(), first.version(), more, null));
        assertEquals(first.id(), second.id());
        assertEquals(more, drafts.open(first.id()).form());
        StaleDraftException lost = assertThrows(StaleDraftException.class,
                () -> drafts.save(new ReferralDraft(first.id(), first.version(), barelyStarted(), null)));
        assertEquals("coord", lost.changedBy(), "who saved the draft meanwhile (decision 0051)");
        assertTrue(lost.changedAt() != null, "and when");
    }

    @Test
    void listShowsDraftsThenDecidedReferrals() {
        SavedDraft a = drafts.save(new ReferralDraft(null, null, complete(PersonDetails.named("Tamsin", "Orrell",
                LocalDate.of(1990, 2, 3)), 15), null));
        SavedDraft b = drafts.save(new ReferralDraft(null, null, barelyStarted(), null));
        decisions.decide(a.id(), a.version(), ReferralStatus.ACCEPTED, "visible high risk");
        List<ReferralRow> rows = drafts.list(10);
        assertEquals(2, rows.size());
        assertEquals(b.id(), rows.get(0).id());
        assertEquals(ReferralStatus.DRAFT, rows.get(0).status());
        assertTrue(rows.get(0).editable());
        assertEquals("Tamsin Orrell", rows.get(1).victimName());
        assertEquals(ReferralStatus.ACCEPTED, rows.get(1).status());
        assertNotNull(rows.get(1).caseReference());
        assertEquals(15, rows.get(1).score());
    }

    @Test
    void acceptingOpensACaseWithTheCheckedAnswersAndMustNotReceiveList() {
        SavedDraft d = drafts.save(new ReferralDraft(null, null, complete(PersonDetails.named("Tamsin", "Orrell",
                LocalDate.of(1990, 2, 3)), 15), null));
        Decision done = decisions.decide(d.id(), d.version(), ReferralStatus.ACCEPTED, "visible high risk");
        assertEquals(ReferralStatus.ACCEPTED, done.status());
        assertTrue(done.newCase());
        assertEquals("MD-2026-00004", done.caseReference());
        assertEquals(d.id(), done.referralId(), "the draft itself becomes the referral");
        assertEquals(1, mustNot.list(done.caseReference()).size());
        assertNull(store.read(s -> s.createSelectionQuery("select r.draftForm from Referral r where r.id = :id",
                String.class).setParameter("id", d.id()).getSingleResult()), "the draft JSON is gone once decided");
        assertThrows(StaleDraftException.class, () -> drafts.open(d.id()));
        assertEquals(2, auditChanges());
    }

    @Test
    void everyDecisionNeedsAReasonAndACompleteReferral() {
        SavedDraft d = drafts.save(new ReferralDraft(null, null, barelyStarted(), null));
        IntakeRejectedException e = assertThrows(IntakeRejectedException.class,
                () -> decisions.decide(d.id(), d.version(), ReferralStatus.ACCEPTED, " "));
        List<String> fields = e.problems().stream().map(FieldProblem::field).toList();
        assertTrue(fields.containsAll(List.of("decisionReason", "referralDate", "referrer.agency", "victim",
                "perpetrators")), fields.toString());
        assertEquals(ReferralStatus.DRAFT, drafts.list(5).get(0).status(), "nothing was recorded");
    }

    @Test
    void idvaOnlyRecordsTheReasonWithoutACase() {
        SavedDraft d = drafts.save(new ReferralDraft(null, null, complete(PersonDetails.named("Tamsin", "Orrell",
                LocalDate.of(1990, 2, 3)), 8), null));
        Decision done = decisions.decide(d.id(), d.version(), ReferralStatus.IDVA_ONLY, "below threshold; Idva support");
        assertNull(done.caseReference());
        assertEquals(ReferralStatus.IDVA_ONLY, drafts.list(5).get(0).status());
    }

    @Test
    void linkingToAPairListedWithinTheWindowMarksARepeatWithTheListingDate() {
        PersonDetails misspelt = PersonDetails.named("Marnie", "Pelworth", TestReferrals.VICTIM_DOB);
        PersonLinks links = new PersonLinks(victimId, Map.of(0, perpetratorId));
        assertEquals(LISTED, drafts.lastListing(victimId, List.of(perpetratorId), TODAY));
        SavedDraft d = drafts.save(new ReferralDraft(null, null, complete(misspelt, 9), links));
        assertEquals(links, drafts.open(d.id()).links());
        Decision done = decisions.decide(d.id(), d.version(), ReferralStatus.ACCEPTED, "repeat within 12 months");
        assertTrue(done.repeat());
        assertEquals(LISTED, done.lastListing());
        assertFalse(done.newCase(), "the linked victim's case is updated");
        assertEquals("MD-2026-00003", done.caseReference());
    }

    @Test
    void suggestionsFindAMisspeltVictimWithTheirCase() {
        List<PersonSuggestion> found = drafts.suggest(PersonDetails.named("Marnie", "Pelworth", TestReferrals.VICTIM_DOB));
        assertFalse(found.isEmpty());
        assertEquals(victimId, found.get(0).personId());
        assertEquals("MD-2026-00003", found.get(0).caseReference());
        assertTrue(drafts.suggest(PersonDetails.named(" ", null, null)).isEmpty());
    }

    @Test
    void aPersonKnownOnlyThroughACaseWithheldFromTheCoordinatorIsNotSuggested() {
        mustNot.add("MD-2026-00003", new MustNotReceiveEntry(null, "Coordinator", "related to the perpetrator"));
        assertTrue(drafts.suggest(PersonDetails.named("Marnie", "Pelworth", TestReferrals.VICTIM_DOB)).stream()
                .noneMatch(p -> p.personId() == victimId), "the suggestion would say the victim is known");
        assertTrue(drafts.suggest(PersonDetails.named("Craig", "Pellworth", null)).stream()
                .noneMatch(p -> p.personId() == perpetratorId));
    }

    @Test
    void mustNotReceiveRefusesTheSameAgencyOrPersonTwice() {
        mustNot.add("MD-2026-00003", new MustNotReceiveEntry(Agency.HOUSING, null, "employs the perpetrator"));
        long person = mustNot.add("MD-2026-00003", new MustNotReceiveEntry(null, "Dana Example", "his sister")).id();
        assertThrows(DuplicateEntryException.class, () -> mustNot.add("MD-2026-00003",
                new MustNotReceiveEntry(Agency.HOUSING, null, "again")));
        assertThrows(DuplicateEntryException.class, () -> mustNot.add("MD-2026-00003",
                new MustNotReceiveEntry(null, " dana  EXAMPLE", "again")));
        assertEquals(2, mustNot.list("MD-2026-00003").size());
        assertThrows(IllegalArgumentException.class, () -> mustNot.remove("MD-2026-00003", person, " "),
                "removing an entry needs a reason");
        mustNot.remove("MD-2026-00003", person, "named in error");
        assertEquals(List.of(Agency.HOUSING), mustNot.list("MD-2026-00003").stream()
                .filter(MustNotReceiveItem::current).map(MustNotReceiveItem::agency).toList());
        MustNotReceiveItem removed = mustNot.list("MD-2026-00003").stream().filter(i -> !i.current()).findFirst()
                .orElseThrow();
        assertEquals("named in error", removed.removalReason(), "the removed entry keeps why it went");
        assertEquals(3, auditChanges());
    }

    @Test
    void aReferralListingTheSameAgencyTwiceIsRejected() {
        NewReferral twice = complete(PersonDetails.named("Tamsin", "Orrell", LocalDate.of(1990, 2, 3)), 15);
        NewReferral withDuplicate = new NewReferral(null, twice.referralDate(), twice.status(), null,
                twice.referringAgency(), twice.referrer(), twice.victim(), twice.perpetrators(), List.of(), List.of(),
                twice.risk(), twice.flags(), null, null, null, null, null, false,
                List.of(new MustNotReceiveEntry(Agency.HOUSING, null, "a"), new MustNotReceiveEntry(Agency.HOUSING,
                        null, "b")));
        SavedDraft d = drafts.save(new ReferralDraft(null, null, withDuplicate, null));
        IntakeRejectedException e = assertThrows(IntakeRejectedException.class,
                () -> decisions.decide(d.id(), d.version(), ReferralStatus.ACCEPTED, "ok"));
        assertEquals(List.of("mustNotReceive[1]"), e.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void onlyCoordinatorsSaveDraftsAndDecide() {
        SavedDraft d = drafts.save(new ReferralDraft(null, null, barelyStarted(), null));
        role = Role.CHAIR;
        assertThrows(NotPermittedException.class, () -> drafts.save(new ReferralDraft(null, null, barelyStarted(), null)));
        assertThrows(NotPermittedException.class, () -> drafts.list(5));
        assertThrows(NotPermittedException.class,
                () -> decisions.decide(d.id(), d.version(), ReferralStatus.DECLINED, "no"));
        assertThrows(NotPermittedException.class, () -> mustNot.list("MD-2026-00003"));
    }

    @Test
    void aDraftIsDeletedWithItsFlagsButADecidedReferralIsNot() {
        SavedDraft d = drafts.save(new ReferralDraft(null, null, complete(PersonDetails.named("Tamsin", "Orrell", null),
                3), null));
        SavedDraft other = drafts.save(new ReferralDraft(null, null, complete(PersonDetails.named("Wren", "Halloway",
                LocalDate.of(1988, 5, 6)), 8), null));
        Decision accepted = decisions.decide(other.id(), other.version(), ReferralStatus.IDVA_ONLY,
                "below threshold; Idva support");
        role = Role.CHAIR;
        assertThrows(NotPermittedException.class, () -> drafts.deleteDraft(d.id()));
        role = Role.COORDINATOR;
        long before = auditChanges();

        drafts.deleteDraft(d.id());

        assertTrue(drafts.list(10).stream().noneMatch(r -> r.id() == d.id()), "gone from the list");
        assertEquals(0L, store.read(s -> s.createNativeQuery("select count(*) from referral_flag where referral_id = :id",
                Long.class).setParameter("id", d.id()).getSingleResult()).longValue(), "its flags went with it");
        assertEquals(before + 1, auditChanges(), "the deletion is in the audit trail");
        assertThrows(StaleDraftException.class, () -> drafts.deleteDraft(d.id()), "deleted already");
        assertThrows(StaleDraftException.class, () -> drafts.deleteDraft(accepted.referralId()),
                "a decided referral is not a draft");
    }
}
