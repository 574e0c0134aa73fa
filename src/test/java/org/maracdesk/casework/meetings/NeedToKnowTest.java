package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.CLOCK;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.CaseQueryService;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.casework.CaseViewService;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.MustNotReceive;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.actions.ActionTrackingService;
import org.maracdesk.casework.intake.MustNotReceiveEntry;
import org.maracdesk.casework.intake.MustNotReceiveService;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Role;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.store.StoreKind;

/**
 * The need-to-know rule on every read path, for must-not-receive entries by agency, by person
 * (an account, or a representative of an agency) and at referral level, including entries added
 * after the list was circulated; and administrators see no case data at all.
 * On both stores: an encrypted vault (H2) and a database on the test PostgreSQL server.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class NeedToKnowTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long meeting;
    private long caseA;
    private long caseB;
    private String refA;

    @BeforeEach
    void twoCirculatedCases() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        vault.addAccount("rowe", "DS Alex Rowe", Role.CHAIR, null);
        vault.addAccount("idva", "Idva", Role.IDVA, "idva");
        vault.addAccount("admin", "IT Administrator", Role.ADMINISTRATOR, null);
        meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        caseA = vault.acceptedCase(TODAY.minusDays(5), 1);
        caseB = vault.acceptedCase(TODAY.minusDays(4), 0);
        vault.agenda().circulate(meeting);
        vault.action(meeting, caseA, "Flag the address on the police system");
        vault.action(meeting, caseB, "Visit the victim with the Idva");
        refA = vault.store().read(s -> s.get(MaracCase.class, caseA).getReference());
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    @Test
    void anAgencyBarredAfterCirculationLosesTheCaseOnEveryPath() throws Exception {
        vault.as("police");
        long requestA = requestFor(caseA);
        vault.research().save(requestA, ResearchField.FACTS, "Two call-outs.");

        vault.as("coordinator");
        MustNotReceiveService.Added added = mustNot().add(refA,
                new MustNotReceiveEntry(Agency.POLICE, null, "the perpetrator is a serving officer"));
        assertEquals(1, added.withdrawnRequests(), "the police request already circulated is withdrawn");
        assertEquals(0, vault.agenda().circulate(meeting), "circulating again does not ask the police back");
        assertEquals(ResearchState.NOT_REQUESTED, vault.research().completeness(meeting).rows().stream()
                .filter(i -> i.caseId() == caseA).findFirst().orElseThrow().research().get("police"));

        vault.as("police");
        assertFalse(cases().contains(caseA), "case list");
        assertTrue(cases().contains(caseB));
        assertThrows(NotPermittedException.class, () -> caseView().open(caseA), "case screen");
        assertEquals(Set.of(caseB), researchCases(), "research list");
        assertThrows(IllegalArgumentException.class, () -> vault.research().save(requestA, ResearchField.FACTS, "x"));
        assertThrows(IllegalArgumentException.class, () -> vault.research().submit(requestA));
        assertThrows(IllegalArgumentException.class, () -> vault.research().propose(requestA, null,
                ActionTarget.VICTIM, "anything", null));
        assertTrue(actions().openActions(null).stream().noneMatch(a -> a.caseId() == caseA), "action list");
        assertTrue(actions().openActions(null).stream().anyMatch(a -> a.caseId() == caseB));
    }

    @Test
    void aChairNamedOnTheListSeesNeitherTheCaseNorItsMeetingRecord() throws Exception {
        mustNot().add(refA, new MustNotReceiveEntry(null, "Alex Rowe", "brother of the perpetrator"));

        vault.as("rowe");
        Agenda agenda = vault.agenda().agenda(meeting);
        assertEquals(List.of(caseB), agenda.cases().stream().map(AgendaItem::caseId).toList(), "agenda");
        assertEquals(1, agenda.withheldCases(), "the agenda says one case is withheld, not which");
        MeetingRecord record = vault.record().view(meeting);
        assertTrue(record.cases().stream().noneMatch(c -> c.listing().caseId() == caseA), "meeting view");
        assertEquals(1, record.withheldCases());
        long listingA = vault.store().read(s -> s.createSelectionQuery("select l.id from Listing l"
                + " where l.maracCase.id = :c", Long.class).setParameter("c", caseA).getSingleResult());
        assertThrows(IllegalArgumentException.class,
                () -> vault.record().saveCaseField(listingA, CaseField.NOTES, "typed by a barred chair"));
        assertFalse(cases().contains(caseA), "case list");
        assertTrue(actions().dueForReviewAtNextMeeting().stream().noneMatch(a -> a.caseId() == caseA));

        vault.as("chair");
        assertEquals(2, vault.agenda().agenda(meeting).cases().size(), "another chair still sees both cases");
    }

    @Test
    void namingARepresentativeBarsTheirAgencyAndWithdrawsItsResearch() throws Exception {
        vault.setup().addRepresentative("housing", "Dana Fenwick", "Housing officer", null, null);
        MustNotReceiveService.Added added = mustNot().add(refA,
                new MustNotReceiveEntry(null, "dana  FENWICK", "the perpetrator's sister"));
        assertEquals(1, added.withdrawnRequests());

        vault.as("housing");
        assertEquals(Set.of(caseB), researchCases());
        assertFalse(cases().contains(caseA));
    }

    @Test
    void anEntryOnTheReferralWithholdsTheCaseToo() throws Exception {
        vault.store().doInTransaction(s -> {
            Referral r = s.createSelectionQuery("from Referral r where r.maracCase.id = :c", Referral.class)
                    .setParameter("c", caseA).getSingleResult();
            s.persist(new MustNotReceive(null, r, Agency.IDVA, null, "asked on the referral", TODAY));
        });
        vault.as("idva");
        assertFalse(cases().contains(caseA));
        assertTrue(researchCases().contains(caseB));
        assertFalse(researchCases().contains(caseA));
    }

    @Test
    void aCoordinatorNamedOnTheListIsBarredLikeAnyoneElse() throws Exception {
        mustNot().add(refA, new MustNotReceiveEntry(null, "Coordinator", "knows the family"));
        assertFalse(cases().contains(caseA));
        assertThrows(NotPermittedException.class, () -> caseView().open(caseA));
        assertEquals(1, vault.agenda().agenda(meeting).withheldCases());
        assertThrows(IllegalArgumentException.class, () -> mustNot().list(refA),
                "the list of a withheld case is refused as a missing case is");
    }

    @Test
    void anAdministratorSeesNoCaseDataOnAnyPath() throws Exception {
        vault.as("admin");
        assertTrue(caseQueries().listCases().isEmpty());
        assertEquals(0, caseQueries().countCases());
        assertThrows(NotPermittedException.class, () -> caseView().open(caseA));
        assertThrows(NotPermittedException.class, () -> vault.agenda().agenda(meeting));
        assertThrows(NotPermittedException.class, () -> vault.agenda().lapseList(meeting));
        assertThrows(NotPermittedException.class, () -> vault.record().view(meeting));
        assertThrows(NotPermittedException.class, () -> vault.record().minutes(meeting));
        assertThrows(NotPermittedException.class, () -> vault.research().myRequests());
        assertThrows(NotPermittedException.class, () -> vault.research().completeness(meeting));
        assertThrows(NotPermittedException.class, () -> actions().openActions(null));
        assertThrows(NotPermittedException.class, () -> mustNot().list(refA));
    }

    @Test
    void removingAnEntryNeedsAReasonAndGivesTheCaseBack() throws Exception {
        long id = mustNot().add(refA, new MustNotReceiveEntry(Agency.POLICE, null, "named in error")).id();
        assertThrows(IllegalArgumentException.class, () -> mustNot().remove(refA, id, ""));
        mustNot().remove(refA, id, "the officer has left the force");
        assertEquals(1, vault.agenda().circulate(meeting), "circulating again asks the police back");
        vault.as("police");
        assertTrue(actions().openActions(null).stream().map(ActionRow::caseId).anyMatch(c -> c == caseA),
                "after removal the police action is theirs again");
        assertTrue(researchCases().contains(caseA));
    }

    private long requestFor(long caseId) {
        return vault.research().myRequests().stream().filter(r -> r.caseReference().equals(refOf(caseId)))
                .findFirst().orElseThrow().id();
    }

    private String refOf(long caseId) {
        return vault.store().read(s -> s.get(MaracCase.class, caseId).getReference());
    }

    private Set<Long> researchCases() {
        Set<String> refs = vault.research().myRequests().stream().map(ResearchItem::caseReference)
                .collect(Collectors.toSet());
        return Set.of(caseA, caseB).stream().filter(c -> refs.contains(refOf(c))).collect(Collectors.toSet());
    }

    private Set<Long> cases() {
        return caseQueries().listCases().stream().map(CaseSummary::id)
                .collect(Collectors.toSet());
    }

    private CaseQueryService caseQueries() {
        return new CaseQueryService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK));
    }

    private CaseViewService caseView() {
        return new CaseViewService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK));
    }

    private ActionTrackingService actions() {
        return new ActionTrackingService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK), CLOCK);
    }

    private MustNotReceiveService mustNot() {
        return new MustNotReceiveService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK), CLOCK);
    }
}
