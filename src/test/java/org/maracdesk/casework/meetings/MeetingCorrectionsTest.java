package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.MeetingCorrectionService.CaseDestination;
import org.maracdesk.casework.meetings.MeetingCorrectionService.Cancelled;
import org.maracdesk.casework.meetings.MeetingCorrectionService.Edited;
import org.maracdesk.casework.meetings.MeetingCorrectionService.HistoryLine;
import org.maracdesk.casework.meetings.MeetingCorrectionService.MeetingEdit;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.store.StoreKind;

/** Cancelling, editing and reopening meetings, correcting agendas, renaming and retiring districts, on both stores. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class MeetingCorrectionsTest {
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
    void cancellingSendsEachCaseToTheNextMeetingOfItsDistrictAndTheRestWait() {
        long cancelled = vault.meeting(TODAY.plusDays(5), TODAY.plusDays(1), MeetingStatus.SCHEDULED);
        long next = vault.meeting(TODAY.plusDays(19), TODAY.plusDays(12), MeetingStatus.SCHEDULED);
        long northbridge = vault.acceptedCase(TODAY.minusDays(4), 0);
        long eastgate = vault.acceptedCaseIn("Eastgate", TODAY.minusDays(3), 1);
        vault.list(cancelled, northbridge, 1);
        vault.list(cancelled, eastgate, 2);
        vault.agenda().circulate(cancelled);
        long entries = vault.auditEntries();

        Cancelled result = vault.corrections().cancel(cancelled, "Venue flooded");

        Map<Long, CaseDestination> where = result.cases().stream()
                .collect(Collectors.toMap(CaseDestination::caseId, d -> d));
        assertEquals(next, where.get(northbridge).meetingId(), "the Northbridge case goes to the next Northbridge meeting");
        assertEquals(TODAY.plusDays(19), where.get(northbridge).meetingDate());
        assertTrue(where.get(eastgate).waiting(), "no Eastgate meeting is scheduled, and none is created");
        assertEquals(12, result.researchWithdrawn(), "the waiting case's twelve research requests are withdrawn");
        assertEquals(List.of(northbridge), caseIds(next));
        assertTrue(vault.agenda().agenda(next).cases().get(0).research().values().stream()
                .anyMatch(s -> s == ResearchState.PENDING), "the moved case's research requests went with it");
        assertTrue(vault.agenda().meetings(TODAY).stream().filter(m -> m.id() == cancelled).findFirst().orElseThrow()
                .cancelled());
        assertTrue(vault.auditEntries() > entries, "the cancellation is in the audit trail");
        List<HistoryLine> history = vault.corrections().history(cancelled).lines();
        assertEquals("Venue flooded", history.get(0).reason());
        assertEquals("CANCELLED", history.get(0).newValue());
        assertTrue(history.stream().anyMatch(l -> "listing.cancelledTo".equals(l.field()) && l.newValue() == null));

        long eastgateMeeting = vault.meetingIn("Eastgate", TODAY.plusDays(26), TODAY.plusDays(20),
                MeetingStatus.SCHEDULED);
        vault.agenda().refresh();
        assertEquals(List.of(eastgate), caseIds(eastgateMeeting), "the waiting case is listed once a meeting exists");
    }

    @Test
    void cancellingIsTheCoordinatorsWithAReasonOnAScheduledMeetingOnly() throws Exception {
        long meeting = vault.meeting(TODAY.plusDays(5), TODAY.plusDays(1), MeetingStatus.SCHEDULED);
        long closed = vault.meeting(TODAY.minusDays(5), TODAY.minusDays(9), MeetingStatus.CLOSED);
        assertEquals("say why the meeting is cancelled", assertThrows(IllegalArgumentException.class,
                () -> vault.corrections().cancel(meeting, "  ")).getMessage());
        assertThrows(IllegalStateException.class, () -> vault.corrections().cancel(closed, "wrong"));
        vault.corrections().cancel(meeting, "Chair unavailable");
        assertThrows(IllegalStateException.class, () -> vault.corrections().cancel(meeting, "again"));
        assertThrows(IllegalStateException.class, () -> vault.agenda().circulate(meeting),
                "a cancelled meeting takes no more work");
        vault.as("chair");
        assertThrows(NotPermittedException.class, () -> vault.corrections().cancel(closed, "reason"));
        vault.as("police");
        assertThrows(NotPermittedException.class, () -> vault.corrections().history(meeting));
    }

    @Test
    void editingRecordsEachFieldAndChecksTheAgendaAgain() {
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        long late = vault.acceptedCase(TODAY.plusDays(2), 0);
        vault.list(meeting, late, 1);
        vault.store().doInTransaction(s -> s.createMutationQuery("update Listing l set l.referral = (select r from"
                + " Referral r where r.maracCase.id = :c)").setParameter("c", late).executeUpdate());
        MeetingEdit edit = new MeetingEdit(TODAY.plusDays(12), "Town Hall", false, "DI Example",
                TODAY.plusDays(1), List.of(new TimeSlot("Eastgate", LocalTime.of(9, 0), LocalTime.of(10, 0))), null);

        Edited edited = vault.corrections().edit(meeting, edit);

        assertEquals(List.of("date", "venue", "chair", "cutOff", "slots"),
                edited.changes().stream().map(MeetingCorrectionService.FieldChange::field).toList());
        assertEquals("Civic Centre", edited.changes().get(1).oldValue());
        assertEquals(1, edited.check().referredAfterCutOff(), "the case was referred after the new cut-off");
        assertEquals(List.of(), edited.check().districtsWithoutSlot(), "Northbridge is the meeting's own district");
        MeetingHeader h = vault.agenda().meetings(TODAY).get(0);
        assertEquals(TODAY.plusDays(12), h.date());
        assertEquals("Town Hall", h.venue());
        assertEquals(1, h.slots().size());
        assertEquals(5, vault.corrections().history(meeting).lines().size());
        assertTrue(vault.corrections().edit(meeting, edit).changes().isEmpty(), "the same again changes nothing");

        vault.agenda().circulate(meeting);
        MeetingEdit moved = new MeetingEdit(TODAY.plusDays(14), "Town Hall", false, "DI Example", TODAY.plusDays(1),
                edit.slots(), " ");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> vault.corrections().edit(meeting, moved))
                .getMessage().contains("say why"), "agencies were told the date: a reason is needed");
        assertThrows(IllegalArgumentException.class, () -> vault.corrections().edit(meeting, new MeetingEdit(
                TODAY.plusDays(14), "Town Hall", false, null, TODAY.plusDays(20), List.of(), "x")));
        assertEquals(TODAY.plusDays(12), vault.agenda().meetings(TODAY).get(0).date(), "nothing half-written");
    }

    @Test
    void removingACaseTakesItOffAndAutomaticListingLeavesItOff() throws Exception {
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        long kept = vault.acceptedCase(TODAY.minusDays(5), 0);
        long removed = vault.acceptedCase(TODAY.minusDays(4), 0);
        vault.agenda().circulate(meeting);
        long listing = listingOf(meeting, removed);

        vault.agendaCorrections().remove(listing, "Victim moved out of the area");
        vault.agenda().refresh();

        assertEquals(List.of(kept), caseIds(meeting));
        HistoryLine line = vault.corrections().history(meeting).lines().stream()
                .filter(l -> "listing.removed".equals(l.field())).findFirst().orElseThrow();
        assertEquals("Victim moved out of the area", line.reason());
        assertFalse(line.caseReference().isBlank());

        vault.as("police");
        long request = vault.research().myRequests().get(0).id();
        vault.research().save(request, ResearchField.FACTS, "Two call-outs");
        vault.research().submit(request);
        vault.as("coordinator");
        assertTrue(assertThrows(IllegalStateException.class, () -> vault.agendaCorrections()
                .remove(listingOf(meeting, kept), "x")).getMessage().contains("defer it"));
    }

    @Test
    void deferringGoesToALaterMeetingWithItsReason() {
        long first = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        long earlier = vault.meeting(TODAY.plusDays(8), TODAY.plusDays(2), MeetingStatus.SCHEDULED);
        long later = vault.meeting(TODAY.plusDays(24), TODAY.plusDays(17), MeetingStatus.SCHEDULED);
        long c = vault.acceptedCase(TODAY.minusDays(5), 0);
        vault.list(first, c, 1);

        assertThrows(IllegalArgumentException.class, () -> vault.agendaCorrections()
                .defer(listingOf(first, c), earlier, "x"));
        vault.agendaCorrections().defer(listingOf(first, c), later, "Awaiting the police report");

        assertEquals(List.of(c), caseIds(later));
        assertEquals("Awaiting the police report", vault.corrections().history(later).lines().get(0).reason());
    }

    @Test
    void reorderingKeepsChildrensCasesFirst() {
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        long childA = vault.acceptedCase(TODAY.minusDays(6), 1);
        long childB = vault.acceptedCase(TODAY.minusDays(5), 2);
        long adult = vault.acceptedCase(TODAY.minusDays(4), 0);
        vault.agenda().refresh();
        assertEquals(List.of(childA, childB, adult), caseIds(meeting));

        vault.agendaCorrections().reorder(listingOf(meeting, childB), -1);
        assertEquals(List.of(childB, childA, adult), caseIds(meeting));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> vault.agendaCorrections()
                .reorder(listingOf(meeting, adult), -1)).getMessage().contains("children"));
        assertThrows(IllegalArgumentException.class, () -> vault.agendaCorrections()
                .reorder(listingOf(meeting, childB), -1));
        assertEquals(List.of(childB, childA, adult), caseIds(meeting), "refused moves change nothing");
    }

    @Test
    void aLateUrgentCaseIsListedByHandAfterTheCutOff() throws Exception {
        long meeting = vault.meeting(TODAY.plusDays(3), TODAY.minusDays(1), MeetingStatus.SCHEDULED);
        long c = vault.acceptedCase(TODAY, 1);
        vault.agenda().refresh();
        assertTrue(caseIds(meeting).isEmpty(), "the cut-off has passed");
        String reference = vault.store().read(s -> s.createSelectionQuery("select c.reference from MaracCase c"
                + " where c.id = :id", String.class).setParameter("id", c).getSingleResult());

        vault.agendaCorrections().add(meeting, reference, "Urgent: threats to kill on Friday");

        assertEquals(List.of(c), caseIds(meeting));
        assertThrows(IllegalArgumentException.class, () -> vault.agendaCorrections().add(meeting, reference, "again"));
        assertThrows(IllegalArgumentException.class, () -> vault.agendaCorrections().add(meeting, "NOPE-1", "x"));
        vault.as("chair");
        assertThrows(NotPermittedException.class, () -> vault.agendaCorrections().add(meeting, reference, "x"));
    }

    @Test
    void reopeningAClosedMeetingAndClosingItAgainKeepsTheEarlierMinutes() {
        long meeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        vault.list(meeting, vault.acceptedCase(TODAY.minusDays(10), 1), 1);
        MeetingRecordService record = vault.record();
        long listing = record.view(meeting).cases().get(0).listing().listingId();
        record.saveCaseField(listing, CaseField.SAFETY_PLAN, "Sanctuary scheme");
        record.close(meeting);
        assertThrows(IllegalArgumentException.class, () -> vault.corrections().reopen(meeting, ""));

        vault.corrections().reopen(meeting, "Safety plan recorded against the wrong case");
        record.saveCaseField(listing, CaseField.SAFETY_PLAN, "Refuge place found");
        record.close(meeting);

        assertTrue(record.minutes(meeting).orElseThrow().contains("Refuge place found"));
        List<MeetingCorrectionService.MinutesVersionLine> versions = vault.corrections().minutesVersions(meeting);
        assertEquals(1, versions.size());
        assertEquals("Safety plan recorded against the wrong case", versions.get(0).reason());
        String kept = vault.store().read(s -> s.createSelectionQuery("select v.body from MinutesVersion v",
                String.class).getSingleResult());
        assertTrue(kept.contains("Sanctuary scheme"), "the earlier minutes are kept, not overwritten");
        assertThrows(IllegalStateException.class, () -> vault.corrections().reopen(
                vault.meeting(TODAY.plusDays(9), TODAY, MeetingStatus.SCHEDULED), "not closed"));
    }

    @Test
    void aRenamedDistrictCarriesItsCasesAndMeetingsAndARetiredOneTakesNoNewMeetings() {
        vault.setup().addDistrict("Westshire", "Northbridge");
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        long held = vault.meeting(TODAY.minusDays(20), TODAY.minusDays(27), MeetingStatus.CLOSED);
        long c = vault.acceptedCase(TODAY.minusDays(5), 0);

        vault.corrections().renameDistrict("Westshire", "Northbridge", "North Bridge");
        vault.agenda().refresh();

        assertEquals(List.of(c), caseIds(meeting), "the case and the meeting took the new name together");
        Map<Long, String> names = vault.agenda().meetings(TODAY.minusDays(30)).stream()
                .collect(Collectors.toMap(MeetingHeader::id, MeetingHeader::district));
        assertEquals("North Bridge", names.get(meeting));
        assertEquals("Northbridge", names.get(held), "a meeting held keeps the name it was held under");

        vault.corrections().retireDistrict("Westshire", "North Bridge", true);
        assertTrue(vault.setup().areaDistricts().get(0).retired());
        assertFalse(vault.setup().districts().contains("North Bridge"));
        assertThrows(IllegalArgumentException.class, () -> vault.setup().schedule(new NewMeeting(TODAY.plusDays(30),
                "North Bridge", "Hall", false, null, TODAY.plusDays(23), List.of())));
        vault.corrections().retireDistrict("Westshire", "North Bridge", false);
        assertFalse(vault.setup().areaDistricts().get(0).retired());
    }

    private List<Long> caseIds(long meeting) {
        return vault.agenda().agenda(meeting).cases().stream().map(AgendaItem::caseId).toList();
    }

    private long listingOf(long meeting, long caseId) {
        return vault.agenda().agenda(meeting).cases().stream().filter(i -> i.caseId() == caseId).findFirst()
                .orElseThrow().listingId();
    }
}
