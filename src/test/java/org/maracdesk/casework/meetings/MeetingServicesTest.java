package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.security.NotPermittedException;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.store.StoreKind;

/** The meeting services on both stores: an encrypted vault (H2) and a database on the test PostgreSQL server. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class MeetingServicesTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;

    @BeforeEach
    void vault() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    @Test
    void acceptedReferralIsListedOnTheNextMeetingWhoseCutOffHasNotPassed() {
        long cutOffPassed = vault.meeting(TODAY.plusDays(3), TODAY.minusDays(1), MeetingStatus.SCHEDULED);
        long next = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        long later = vault.meeting(TODAY.plusDays(24), TODAY.plusDays(17), MeetingStatus.SCHEDULED);
        long fresh = vault.acceptedCase(TODAY.minusDays(1), 0);
        long alreadyListed = vault.acceptedCase(TODAY.minusDays(2), 0);
        vault.list(later, alreadyListed, 1);
        vault.draftReferral(TODAY.minusDays(1));

        assertEquals(1, vault.agenda().refresh());
        assertEquals(0, vault.agenda().refresh(), "refreshing again lists nothing twice");

        assertTrue(vault.agenda().agenda(cutOffPassed).cases().isEmpty(), "a meeting past its cut-off gets nothing");
        List<AgendaItem> listed = vault.agenda().agenda(next).cases();
        assertEquals(List.of(fresh), listed.stream().map(AgendaItem::caseId).toList());
        assertEquals("high", listed.get(0).band());
        assertEquals(List.of("VISIBLE_HIGH_RISK"), listed.get(0).routes());
        assertEquals(List.of(alreadyListed), vault.agenda().agenda(later).cases().stream().map(AgendaItem::caseId)
                .toList(), "a case already listed after its referral stays where it is");
    }

    @Test
    void casesWithChildrenComeFirstThenAdultOnlyInReferralOrder() {
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        long adultFirst = vault.acceptedCase(TODAY.minusDays(5), 0);
        long withChildren = vault.acceptedCase(TODAY.minusDays(4), 2);
        long adultSecond = vault.acceptedCase(TODAY.minusDays(3), 0);
        long moreChildren = vault.acceptedCase(TODAY.minusDays(2), 1);

        vault.agenda().refresh();

        List<AgendaItem> agenda = vault.agenda().agenda(meeting).cases();
        assertEquals(List.of(withChildren, moreChildren, adultFirst, adultSecond),
                agenda.stream().map(AgendaItem::caseId).toList());
        assertEquals(List.of(1, 2, 3, 4), agenda.stream().map(AgendaItem::order).toList());
        assertTrue(agenda.get(0).hasChildren());
        assertFalse(agenda.get(3).hasChildren());
    }

    @Test
    void movingACaseTakesItToTheOtherMeetingInChildrenFirstOrder() {
        long first = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        long second = vault.meeting(TODAY.plusDays(24), TODAY.plusDays(17), MeetingStatus.SCHEDULED);
        vault.acceptedCase(TODAY.minusDays(5), 0);
        long child = vault.acceptedCase(TODAY.minusDays(4), 1);
        vault.list(second, vault.acceptedCase(TODAY.minusDays(30), 0), 1);
        vault.agenda().refresh();
        long listing = vault.agenda().agenda(first).cases().stream().filter(i -> i.caseId() == child).findFirst()
                .orElseThrow().listingId();

        vault.agenda().move(listing, second);

        assertEquals(1, vault.agenda().agenda(first).cases().size());
        List<AgendaItem> moved = vault.agenda().agenda(second).cases();
        assertEquals(child, moved.get(0).caseId(), "the children's case goes first on its new meeting");
    }

    @Test
    void circulatingAsksEveryActiveAgencyOncePerListedCase() {
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        vault.acceptedCase(TODAY.minusDays(5), 1);
        vault.acceptedCase(TODAY.minusDays(4), 0);

        int created = vault.agenda().circulate(meeting);

        int agencies = vault.agenda().agenda(meeting).agencies().size();
        assertEquals(12, agencies, "the twelve default agencies");
        assertEquals(2 * agencies, created);
        assertEquals(0, vault.agenda().circulate(meeting), "circulating again adds nothing");
        assertTrue(vault.agenda().agenda(meeting).cases().stream().allMatch(i -> i.research().values().stream()
                .allMatch(s -> s == ResearchState.PENDING)));
    }

    @Test
    void anAgencyRepresentativeSeesAndWritesOnlyTheirOwnAgencysResearch() throws Exception {
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        vault.acceptedCase(TODAY.minusDays(5), 1);
        vault.acceptedCase(TODAY.minusDays(4), 0);
        vault.agenda().circulate(meeting);

        vault.as("housing");
        List<ResearchItem> housing = vault.research().myRequests();
        assertEquals(Set.of("housing"), housing.stream().map(ResearchItem::agencyCode).collect(Collectors.toSet()));
        vault.as("police");
        List<ResearchItem> police = vault.research().myRequests();
        assertEquals(2, police.size());
        assertEquals(Set.of("police"), police.stream().map(ResearchItem::agencyCode).collect(Collectors.toSet()));
        assertEquals("Police", vault.research().myAgencyName(), "the screen names the agency, not its code");
        assertTrue(police.get(0).checkChildren(), "the children's case asks for checks on the children");
        long other = housing.get(0).id();
        assertThrows(IllegalArgumentException.class, () -> vault.research().save(other, ResearchField.FACTS, "x"));
        assertThrows(IllegalArgumentException.class, () -> vault.research().submit(other));

        long mine = police.get(0).id();
        vault.research().save(mine, ResearchField.FACTS, "Two call-outs in October.");
        vault.research().save(mine, ResearchField.OPINION, "Escalating.");
        vault.research().submit(mine);
        assertThrows(IllegalStateException.class, () -> vault.research().save(mine, ResearchField.FACTS, "changed"));

        vault.as("chair");
        assertThrows(NotPermittedException.class, () -> vault.research().myRequests());
        vault.as("coordinator");
        assertThrows(NotPermittedException.class, () -> vault.research().myRequests());
        CompletenessGrid grid = vault.research().completeness(meeting);
        assertEquals(1, grid.submitted());
        assertEquals(1, grid.submittedByAgency().get("police"));
        assertEquals(0, grid.submittedByAgency().get("housing"));
    }

    @Test
    void outstandingActionsNotFinishedAreCarriedForwardWhenTheMeetingCloses() {
        long earlier = vault.meeting(TODAY.minusDays(14), TODAY.minusDays(21), MeetingStatus.CLOSED);
        long now = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        long next = vault.meeting(TODAY.plusDays(14), TODAY.plusDays(7), MeetingStatus.SCHEDULED);
        long c = vault.acceptedCase(TODAY.minusDays(30), 0);
        long done = vault.action(earlier, c, "Fit a door alarm");
        long notPossible = vault.action(earlier, c, "Home visit");
        long notDone = vault.action(earlier, c, "Check bail conditions");
        long leftOpen = vault.action(earlier, c, "Refer to the housing panel");
        MeetingRecordService record = vault.record();
        assertEquals(4, record.view(now).outstanding().size());

        record.review(done, now, ActionStatus.DONE, TODAY.minusDays(3), null);
        record.review(notPossible, now, ActionStatus.NOT_POSSIBLE, null, "She moved out of the area");
        record.review(notDone, now, ActionStatus.NOT_DONE, null, "No update from the agency");
        record.close(now);

        List<ActionLine> outstandingNext = record.view(next).outstanding();
        ActionLine stillOpen = outstandingNext.stream().filter(a -> a.id() == leftOpen).findFirst().orElseThrow();
        assertEquals(1, stillOpen.timesCarriedForward());
        ActionLine continued = outstandingNext.stream().filter(a -> a.carriedFrom() != null).findFirst()
                .orElseThrow();
        assertEquals(notDone, continued.carriedFrom());
        assertEquals("Check bail conditions", continued.description());
        assertEquals(2, outstandingNext.size(), "done and not-possible actions are finished");
    }

    @Test
    void closingWritesTheMinutesRecordAndFreezesTheMeeting() {
        long meeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        vault.list(meeting, vault.acceptedCase(TODAY.minusDays(10), 1), 1);
        MeetingRecordService record = vault.record();
        long listing = record.view(meeting).cases().get(0).listing().listingId();
        record.signIn(meeting, AttendanceKind.ATTENDEE, "police", "PC Example", false);
        record.signIn(meeting, AttendanceKind.APOLOGY, "education", null, true);
        record.saveCaseField(listing, CaseField.SAFETY_PLAN, "Sanctuary scheme; school alerted");
        long action = record.addAction(listing, "police", "DS Example", ActionTarget.PERPETRATOR,
                "Check bail conditions", TODAY.plusDays(7));

        record.close(meeting);

        String minutes = record.minutes(meeting).orElseThrow();
        assertTrue(minutes.contains("Sanctuary scheme; school alerted"));
        assertTrue(minutes.contains("Check bail conditions"));
        assertTrue(minutes.contains("\"APOLOGY\""));
        assertTrue(record.view(meeting).meeting().closed());
        assertThrows(IllegalStateException.class, () -> record.saveCaseField(listing, CaseField.NOTES, "late"));
        assertThrows(IllegalStateException.class, () -> record.close(meeting));
        assertEquals(List.of(action), record.view(meeting).cases().get(0).actions().stream().map(ActionLine::id)
                .toList());
    }

    @Test
    void savingTheSameTextAgainChangesNothingAndIsNotAuditedAgain() {
        long meeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        long listing = vault.list(meeting, vault.acceptedCase(TODAY.minusDays(10), 0), 1);
        MeetingRecordService record = vault.record();
        record.saveCaseField(listing, CaseField.RISKS_TO_VICTIM, "Threats to kill");
        long audited = vault.auditEntries();

        record.saveCaseField(listing, CaseField.RISKS_TO_VICTIM, "Threats to kill");

        assertEquals(audited, vault.auditEntries());
        assertEquals("Threats to kill", record.view(meeting).cases().get(0).fields().get(CaseField.RISKS_TO_VICTIM));
    }

    @Test
    void aProposedActionAppearsInTheMeetingAndAgreeingItMakesOneAction() throws Exception {
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        vault.acceptedCase(TODAY.minusDays(5), 0);
        vault.agenda().circulate(meeting);
        vault.as("police");
        long request = vault.research().myRequests().get(0).id();
        vault.research().propose(request, "PC Example", ActionTarget.PERPETRATOR, "Serve a DVPN", null);

        vault.as("coordinator");
        ProposalLine proposal = vault.record().view(meeting).cases().get(0).proposals().get(0);
        long action = vault.record().agreeProposal(proposal.id());

        assertEquals(action, vault.record().agreeProposal(proposal.id()));
        assertEquals(1, vault.record().view(meeting).cases().get(0).actions().size());
    }

    @Test
    void onlyCoordinatorsManageTheAgenda() throws Exception {
        vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        vault.as("chair");
        assertThrows(NotPermittedException.class, () -> vault.agenda().refresh());
        vault.as("police");
        assertThrows(NotPermittedException.class, () -> vault.agenda().resolve("next"));
        assertThrows(NotPermittedException.class, () -> vault.record().view(1));
    }
}
