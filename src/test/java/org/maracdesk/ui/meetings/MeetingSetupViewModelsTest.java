package org.maracdesk.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingSlot;
import org.maracdesk.casework.meetings.AgencyView;
import org.maracdesk.casework.meetings.MeetingSetupService;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.SessionManager;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.FieldProblem;
import org.maracdesk.ui.common.Messages;

/** The Set-up view models on a real encrypted vault, with background work run on the test's thread. */
class MeetingSetupViewModelsTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate DATE = TODAY.plusDays(21);
    @TempDir
    Path dir;
    private SessionManager sessions;
    private final List<Throwable> reported = new ArrayList<>();
    private final List<Long> scheduled = new ArrayList<>();
    private MeetingSetupViewModel setup;
    private final Messages messages = new Messages(Locale.UK);

    @BeforeEach
    void openVault() throws Exception {
        new MeetingVault(dir.resolve("vault")).lock();
        sessions = CliVault.sessionsFor(dir.resolve("vault"));
        sessions.unlock("coordinator", MeetingVault.PASS.toCharArray());
        setup = new MeetingSetupViewModel(new MeetingSetupService(sessions, sessions, new AuditLog(Clock.systemUTC())),
                new CurrentThreadTaskExecutor(), reported::add, messages, scheduled::add);
        setup.load();
    }

    @AfterEach
    void lock() {
        sessions.lock();
    }

    private ScheduleMeetingViewModel schedule() {
        return new ScheduleMeetingViewModel(setup, messages, TODAY);
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void cutOffFollowsTheDateUntilTypedByHand() {
        ScheduleMeetingViewModel vm = schedule();
        vm.dateProperty().set(DATE.toString());
        // Saturday 19 December: five working days before is Monday 14 December (the local settings' default).
        assertEquals(LocalDate.of(2026, 12, 14).toString(), vm.cutOffProperty().get());
        vm.cutOffProperty().set(DATE.minusDays(3).toString());
        vm.cutOffTyped(vm.cutOffProperty().get());
        vm.dateProperty().set(DATE.plusDays(1).toString());
        assertEquals(DATE.minusDays(3).toString(), vm.cutOffProperty().get(), "a typed cut-off is kept");
    }

    @Test
    void everyProblemNamesItsFieldAndNothingIsStored() {
        ScheduleMeetingViewModel vm = schedule();
        vm.dateProperty().set("3 December");
        vm.slots().get(0).districtProperty().set("Northbridge");
        vm.slots().get(0).startProperty().set("11:00");
        vm.slots().get(0).endProperty().set("10:00");
        ScheduleMeetingViewModel.SlotInput second = vm.addSlot();
        second.startProperty().set("9:30");
        List<FieldProblem> problems = vm.schedule(() -> { });
        assertEquals(List.of(ScheduleMeetingViewModel.DATE, ScheduleMeetingViewModel.CUT_OFF,
                ScheduleMeetingViewModel.FOR, ScheduleMeetingViewModel.VENUE, "slot1.end", "slot2.district",
                "slot2.end"), fields(problems));
        assertTrue(problems.get(4).message().contains("Time slot 1: the end time must be after the start time"),
                problems.get(4).message());
        assertEquals(List.of(), stored());
        assertEquals(List.of(), scheduled);
    }

    @Test
    void aPastDateAndACutOffAfterTheMeetingAreRefused() {
        ScheduleMeetingViewModel vm = schedule();
        vm.dateProperty().set(TODAY.minusDays(1).toString());
        vm.cutOffProperty().set(TODAY.toString());
        vm.forNameProperty().set("Northbridge");
        vm.virtualProperty().set(true);
        List<FieldProblem> problems = vm.check();
        assertEquals(List.of(ScheduleMeetingViewModel.DATE, ScheduleMeetingViewModel.CUT_OFF), fields(problems));
        assertEquals(messages.get("meeting.setup.error.past"), problems.get(0).message());
        assertEquals(messages.get("meeting.setup.error.cutOffAfter"), problems.get(1).message());
    }

    @Test
    void aGoodFormIsScheduledWithItsSlotAndThenEmptied() {
        ScheduleMeetingViewModel vm = schedule();
        vm.dateProperty().set(DATE.toString());
        vm.forNameProperty().set(" Northbridge ");
        vm.venueProperty().set("Civic Centre, Room 2");
        vm.chairProperty().set("Chair Example");
        vm.slots().get(0).districtProperty().set("Northbridge");
        vm.slots().get(0).startProperty().set("9:30");
        vm.slots().get(0).endProperty().set("12:30");
        vm.addSlot(); // a blank slot is ignored
        List<String> done = new ArrayList<>();
        assertEquals(List.of(), vm.schedule(() -> done.add("scheduled")));

        assertEquals(List.of(), reported);
        assertEquals(List.of("scheduled"), done);
        Meeting m = stored().get(0);
        assertEquals(List.of(m.getId()), scheduled, "the Meetings area is told which meeting to show");
        assertEquals("Northbridge", m.getDistrict());
        assertEquals(LocalDate.of(2026, 12, 14), m.getCutOff());
        List<MeetingSlot> slots = sessions.store().read(s -> s.createSelectionQuery(
                "from MeetingSlot t where t.meeting.id = :m", MeetingSlot.class).setParameter("m", m.getId())
                .getResultList());
        assertEquals(1, slots.size());
        assertEquals(LocalTime.of(9, 30), slots.get(0).getStartsAt());
        assertEquals("", vm.dateProperty().get(), "emptied so it is not scheduled twice");
        assertEquals(1, vm.slots().size());
        assertTrue(setup.statusProperty().get().contains("scheduled"), setup.statusProperty().get());
    }

    @Test
    void districtsNeedBothNamesAndANewOneIsListed() {
        DistrictsViewModel vm = new DistrictsViewModel(setup, messages);
        vm.districtProperty().set("Eastgate");
        assertEquals(List.of(DistrictsViewModel.AREA), fields(vm.add()));
        vm.areaProperty().set("Wyvern North");
        assertEquals(List.of(), vm.add());
        assertTrue(vm.districts().stream().anyMatch(d -> d.area().equals("Wyvern North")
                && d.district().equals("Eastgate")));
        assertEquals("", vm.districtProperty().get(), "ready for the next district");
        ScheduleMeetingViewModel schedule = schedule();
        assertTrue(schedule.forChoices().contains("Wyvern North") && schedule.districtChoices().contains("Eastgate"),
                "the schedule form offers the new area and district");
    }

    @Test
    void aDistrictIsRenamedAndRetiredFromSetUpAndLeavesTheScheduleChoices() throws Exception {
        setup.withDistrictCorrections(new org.maracdesk.casework.meetings.MeetingCorrectionService(sessions, sessions,
                new AuditLog(Clock.systemUTC()), Clock.systemUTC()));
        DistrictsViewModel vm = new DistrictsViewModel(setup, messages);
        assertTrue(vm.corrects());
        vm.areaProperty().set("Wyvern North");
        vm.districtProperty().set("Eastgate");
        vm.add();
        vm.selectedProperty().set(vm.districts().stream().filter(d -> d.district().equals("Eastgate")).findFirst()
                .orElseThrow());
        assertEquals(List.of(DistrictsViewModel.DISTRICT), fields(vm.rename(" ")));
        assertEquals(List.of(), vm.rename("Eastgate Vale"));
        var renamed = vm.districts().stream().filter(d -> d.district().equals("Eastgate Vale")).findFirst()
                .orElseThrow();
        vm.selectedProperty().set(renamed);
        vm.toggleRetired();
        var retired = vm.districts().stream().filter(d -> d.district().equals("Eastgate Vale")).findFirst()
                .orElseThrow();
        assertTrue(retired.retired());
        assertEquals("Wyvern North: Eastgate Vale (retired)", vm.line(retired));
        assertFalse(schedule().districtChoices().contains("Eastgate Vale"), "not offered for new meetings");
        sessions.lock();
        sessions.unlock("coordinator", MeetingVault.PASS.toCharArray());
        assertTrue(new MeetingSetupService(sessions, sessions, new AuditLog(Clock.systemUTC())).areaDistricts()
                .stream().anyMatch(d -> d.district().equals("Eastgate Vale") && d.retired()), "kept in the vault");
        assertEquals(List.of(), reported);
    }

    @Test
    void agencyCommandsSayWhatIsMissingAndSaveWhatIsComplete() {
        AgenciesViewModel vm = new AgenciesViewModel(setup, messages);
        assertEquals(List.of(AgenciesViewModel.LIST), fields(vm.save()));
        AgencyView police = vm.agencies().stream().filter(a -> a.code().equals("police")).findFirst().orElseThrow();
        vm.selectedProperty().set(police);
        assertEquals(police.name(), vm.nameProperty().get());
        vm.nameProperty().set(" ");
        assertEquals(List.of(AgenciesViewModel.NAME), fields(vm.save()));
        assertEquals(List.of(AgenciesViewModel.REPRESENTATIVE_NAME), fields(vm.addRepresentative()));
        vm.representativeNameProperty().set("Detective Sergeant Example");
        assertEquals(List.of(), vm.addRepresentative());
        assertEquals(1, vm.representatives().size());
        assertEquals("", vm.representativeNameProperty().get());
        assertEquals(List.of(AgenciesViewModel.REPRESENTATIVES), fields(vm.removeRepresentative()));

        assertEquals(List.of(AgenciesViewModel.NEW_TYPE), fields(vm.addAgency()));
        String type = vm.newTypes().get(0);
        vm.newTypeProperty().set(type);
        assertEquals(vm.typeName(type), vm.newNameProperty().get(), "the name is filled in from the type");
        assertEquals(List.of(), vm.addAgency());
        assertTrue(vm.agencies().stream().anyMatch(a -> a.code().equals(type)));
        assertTrue(!vm.newTypes().contains(type), "an added type is no longer offered");
        assertEquals(List.of(), reported);
    }

    private List<Meeting> stored() {
        return sessions.store().read(s -> s.createSelectionQuery("from Meeting m where m.meetingDate = :d",
                Meeting.class).setParameter("d", DATE).getResultList());
    }
}
