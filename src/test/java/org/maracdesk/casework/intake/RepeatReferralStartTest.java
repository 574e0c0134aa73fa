package org.maracdesk.casework.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.maracdesk.casework.ContactDetails;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.ReferrerDetails;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Role;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.TestStores;

/**
 * "New referral for this victim" from the case hub (issue 14) on both stores: the case's people come filled in
 * and linked, the reading is audited against the case, and the referral completed from it and accepted joins the
 * case as a repeat under the existing rule. Refused to a role that does not record referrals and for a case that
 * is not there, alike.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class RepeatReferralStartTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate LISTED = LocalDate.of(2026, 1, 15);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private Store store;
    private Role role = Role.COORDINATOR;
    private RepeatReferralStart repeats;
    private ReferralDraftService drafts;
    private ReferralDecisionService decisions;
    private long caseId;
    private long victimId;
    private long perpetratorId;
    private long childId;

    @BeforeEach
    void aCaseListedInJanuary() {
        store = TestStores.create(kind, dir.resolve("vault"), "coordinator", "repeat referral test passphrase");
        InstrumentRegistry instruments = new InstrumentRegistry();
        AuditLog audit = new AuditLog(CLOCK);
        org.maracdesk.security.CurrentUser who = () -> new AccountInfo("coord", "Coordinator", role, null);
        repeats = new RepeatReferralStart(() -> store, who, audit, CLOCK);
        drafts = new ReferralDraftService(() -> store, who, audit, instruments, CLOCK);
        decisions = new ReferralDecisionService(() -> store, who, audit, instruments, CLOCK);
        long[] ids = store.inTransaction(s -> {
            Person victim = new Person("Marnie", "Pellworth", TestReferrals.VICTIM_DOB, "FEMALE");
            victim.setAddress("4 Quarry Row", "Kestrel Vale", "KV1 2AB", "Kestrel Vale");
            victim.setContact(new ContactDetails("07700 900123", null, true, "after 6pm", null));
            Person perpetrator = new Person("Craig", "Pellworth", LocalDate.of(1988, 11, 2), "MALE");
            Person child = new Person("Ivy", "Pellworth", LocalDate.of(2019, 3, 4), "FEMALE");
            s.persist(victim);
            s.persist(perpetrator);
            s.persist(child);
            MaracCase c = new MaracCase("MD-2026-00003", victim, "Kestrel Vale", LISTED.minusDays(20));
            c.getPerpetrators().add(perpetrator);
            c.getChildren().add(child);
            s.persist(c);
            Meeting m = new Meeting(LISTED, "Kestrel Vale", null, true, LISTED.minusDays(7), MeetingStatus.CLOSED);
            s.persist(m);
            s.persist(new Listing(m, c, 1, false));
            s.flush();
            return new long[] {c.getId(), victim.getId(), perpetrator.getId(), child.getId()};
        });
        caseId = ids[0];
        victimId = ids[1];
        perpetratorId = ids[2];
        childId = ids[3];
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theCasesPeopleComeLinkedAndTheReferralIsARepeatOfTheCase() {
        RepeatReferralStart.Started started = repeats.forCase(caseId);
        assertEquals("MD-2026-00003", started.caseReference());
        ReferralDraft draft = started.draft();
        assertNull(draft.id(), "nothing is saved until the coordinator saves");
        NewReferral begun = draft.form();
        assertEquals(TODAY, begun.referralDate(), "dated today by the clock");
        assertEquals("Marnie", begun.victim().givenName());
        assertEquals("Pellworth", begun.victim().familyName());
        assertEquals(TestReferrals.VICTIM_DOB, begun.victim().dateOfBirth());
        assertEquals("KV1 2AB", begun.victim().address().postcode());
        assertEquals("07700 900123", begun.victim().contact().getPhone(), "the safe contact, for the coordinator");
        assertEquals(List.of("Craig"), begun.perpetrators().stream().map(p -> p.person().givenName()).toList());
        assertEquals(List.of("Ivy"), begun.children().stream().map(p -> p.person().givenName()).toList());
        assertEquals(victimId, draft.links().victim());
        assertEquals(Map.of(0, perpetratorId), draft.links().perpetrators());
        assertEquals(Map.of(0, childId), draft.links().children());
        assertEquals(1L, ((Number) store.read(s -> s.createNativeQuery("select count(*) from audit_entry e"
                + " join audit_case_read r on r.audit_seq = e.seq where e.entity_type = :what and r.case_id = :c",
                Object.class).setParameter("what", RepeatReferralStart.AUDITED_AS).setParameter("c", caseId)
                .getSingleResult())).longValue(), "the reading is in the trail against the case");

        NewReferral completed = new NewReferral(null, begun.referralDate(), ReferralStatus.DRAFT, null, Agency.POLICE,
                new ReferrerDetails("PC Example", "Officer", null, null, true), begun.victim(), begun.perpetrators(),
                begun.children(), begun.othersAtRisk(), new RiskInput(answers(), 1, null), Set.of(),
                null, null, "A further incident.", null, null, false, List.of());
        SavedDraft saved = drafts.save(new ReferralDraft(null, null, completed, draft.links()));
        Decision d;
        try {
            d = decisions.decide(saved.id(), saved.version(), ReferralStatus.ACCEPTED, "Further abuse since January");
        } catch (IntakeRejectedException e) {
            throw new AssertionError("refused: " + e.problems(), e);
        }
        assertEquals("MD-2026-00003", d.caseReference(), "the referral joins the case it was begun from");
        assertFalse(d.newCase());
        assertTrue(d.repeat(), "listed in January, referred again in June: a repeat");
        assertEquals(LISTED, d.lastListing());
        assertEquals(1L, (long) store.read(s -> s.createSelectionQuery("select count(distinct p.id) from MaracCase c"
                + " join c.perpetrators p where c.id = :c", Long.class).setParameter("c", caseId).getSingleResult()),
                "the linked perpetrator is the stored one, not a copy");
    }

    /** Fifteen yes, the first with its source, as the draft tests answer. */
    private static org.maracdesk.risk.AnswerSheet answers() {
        org.maracdesk.risk.AnswerSheet full = TestReferrals.dash(15);
        Map<String, org.maracdesk.risk.ItemAnswer> a = new java.util.LinkedHashMap<>(full.answers());
        a.put("q1", new org.maracdesk.risk.ItemAnswer(org.maracdesk.risk.Answer.YES, "police", "bruising to the arm",
                List.of()));
        return new org.maracdesk.risk.AnswerSheet(full.instrumentId(), a);
    }

    @Test
    void refusedToOthersAndForACaseThatIsNotThereAlike() {
        role = Role.CHAIR;
        assertThrows(NotPermittedException.class, () -> repeats.forCase(caseId), "a chair does not record referrals");
        role = Role.COORDINATOR;
        NotPermittedException none = assertThrows(NotPermittedException.class, () -> repeats.forCase(987_654L));
        assertFalse(none.getMessage().contains("987654"), "the refusal does not say whether the case exists");
    }
}
