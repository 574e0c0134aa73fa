package org.maracdesk.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.CaseField;
import org.maracdesk.casework.meetings.CaseRecord;
import org.maracdesk.casework.meetings.MeetingRecordService;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.SessionManager;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.BackgroundWork;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/** The meeting view's view model on a real vault: live saving, sign-in, agreed actions and closing. */
class MeetingRunViewModelTest {
    private static final Clock CLOCK = Clock.fixed(MeetingVault.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    @TempDir
    Path dir;
    private final Messages messages = new Messages(Locale.UK);
    private final List<Throwable> reported = new ArrayList<>();
    private SessionManager sessions;
    private MeetingRecordService service;
    private long meeting;
    private long listing;

    @BeforeEach
    void aMeetingTodayWithOneCase() throws Exception {
        MeetingVault vault = new MeetingVault(dir.resolve("vault"));
        meeting = vault.meeting(MeetingVault.TODAY, MeetingVault.TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        listing = vault.list(meeting, vault.acceptedCase(MeetingVault.TODAY.minusDays(10), 1), 1);
        vault.lock();
        sessions = CliVault.sessionsFor(dir.resolve("vault"));
        sessions.unlock("coordinator", MeetingVault.PASS.toCharArray());
        service = new MeetingRecordService(sessions, sessions, new AuditLog(CLOCK), CLOCK);
    }

    @AfterEach
    void lock() {
        sessions.lock();
    }

    private MeetingRunViewModel viewModel(TaskExecutor executor) {
        MeetingRunViewModel vm = new MeetingRunViewModel(service, executor, reported::add, messages);
        vm.load(meeting);
        return vm;
    }

    private CaseRecord onlyCase() {
        return service.view(meeting).cases().get(0);
    }

    @Test
    void whatIsTypedIsStoredAndReadBack() {
        MeetingRunViewModel vm = viewModel(new CurrentThreadTaskExecutor());
        vm.saveCaseField(listing, CaseField.SAFETY_PLAN, "Idva to agree a safety plan this week.");
        vm.saveTime(listing, 600);
        assertEquals("Idva to agree a safety plan this week.", onlyCase().fields().get(CaseField.SAFETY_PLAN));
        assertEquals(600, onlyCase().secondsSpent());
        assertEquals("Idva to agree a safety plan this week.", vm.caseText(listing, CaseField.SAFETY_PLAN, "old"),
                "the view shows what was last typed");
        assertEquals(0, vm.unsavedProperty().get());
        assertEquals(List.of(), reported);
    }

    @Test
    void fastTypingMakesFewWritesAndKeepsTheLatestText() {
        Queued executor = new Queued();
        MeetingRunViewModel vm = viewModel(executor);
        executor.runAll();
        int loaded = executor.ran;
        vm.saveCaseField(listing, CaseField.NOTES, "D");
        vm.saveCaseField(listing, CaseField.NOTES, "Di");
        vm.saveCaseField(listing, CaseField.NOTES, "Dis");
        assertEquals(1, executor.waiting(), "one save in flight; the rest waits as the latest text only");
        assertTrue(vm.unsavedProperty().get() > 0);
        executor.runAll();
        assertEquals("Dis", onlyCase().fields().get(CaseField.NOTES));
        assertEquals(2, executor.ran - loaded, "two writes: the first keystroke, then the latest text");
        assertEquals(0, vm.unsavedProperty().get());
    }

    @Test
    void signInAndActionsSayWhatIsMissingAndRecordWhatIsComplete() {
        MeetingRunViewModel vm = viewModel(new CurrentThreadTaskExecutor());
        assertFalse(vm.signIn(AttendanceKind.ATTENDEE, null, "DS Example", false, () -> { }));
        assertEquals(messages.get("meeting.signIn.needsAgency"), vm.problemProperty().get());
        assertFalse(vm.signIn(AttendanceKind.ATTENDEE, "police", " ", false, () -> { }));
        assertEquals(messages.get("meeting.signIn.needsName"), vm.problemProperty().get());
        assertTrue(vm.signIn(AttendanceKind.APOLOGY, "education", null, true, () -> { }));
        assertEquals("", vm.problemProperty().get());
        assertEquals(1, vm.recordProperty().get().attendance().size());

        assertFalse(vm.addAction(listing, "police", "Officer", ActionTarget.VICTIM, "Visit", "31/12", () -> { }));
        assertEquals(messages.get("meeting.action.badDate"), vm.problemProperty().get());
        assertFalse(vm.addAction(listing, "police", "Officer", ActionTarget.VICTIM, " ", null, () -> { }));
        assertEquals(messages.get("meeting.action.incomplete"), vm.problemProperty().get());
        assertTrue(vm.addAction(listing, "police", "Officer", ActionTarget.VICTIM, "Visit the victim at a safe time",
                MeetingVault.TODAY.plusDays(7).toString(), () -> { }));
        assertEquals(1, vm.recordProperty().get().cases().get(0).actions().size());
        assertEquals(List.of(), reported);
    }

    @Test
    void aSignInLineTypedByMistakeIsRemoved() {
        MeetingRunViewModel vm = viewModel(new CurrentThreadTaskExecutor());
        assertTrue(vm.signIn(AttendanceKind.ATTENDEE, "police", "DS Wrongname", false, () -> { }));
        long line = vm.recordProperty().get().attendance().get(0).id();
        vm.removeAttendance(line);
        assertTrue(vm.recordProperty().get().attendance().isEmpty());
        assertTrue(service.view(meeting).attendance().isEmpty(), "removed in the vault");
        assertEquals(List.of(), reported);
    }

    @Test
    void reviewingAnOutstandingActionAsksForTheDateWhenDoneAndANoteWhenNotDone() {
        MeetingRunViewModel vm = viewModel(new CurrentThreadTaskExecutor());
        assertFalse(vm.review(1, org.maracdesk.casework.ActionStatus.DONE, null, "", () -> { }));
        assertEquals(messages.get("meeting.outstanding.needDate"), vm.problemProperty().get());
        assertFalse(vm.review(1, org.maracdesk.casework.ActionStatus.DONE, MeetingVault.TODAY.plusDays(1), "",
                () -> { }));
        assertEquals(messages.get("actions.update.futureDate"), vm.problemProperty().get());
        assertFalse(vm.review(1, org.maracdesk.casework.ActionStatus.NOT_DONE, null, " ", () -> { }));
        assertEquals(messages.get("meeting.outstanding.needNote"), vm.problemProperty().get());
        assertEquals(List.of(), reported, "nothing was sent to the service");
    }

    @Test
    void closingWaitsForUnsavedTextThenClosesTheMeeting() {
        Queued executor = new Queued();
        MeetingRunViewModel vm = viewModel(executor);
        executor.runAll();
        vm.saveCaseField(listing, CaseField.NOTES, "Still typing");
        vm.close(() -> { });
        assertEquals(messages.get("meeting.close.stillSaving"), vm.problemProperty().get());
        executor.runAll();
        vm.close(() -> { });
        executor.runAll();
        assertTrue(vm.recordProperty().get().meeting().closed());
        assertEquals(List.of(), reported);
    }

    /** Holds background work until the test runs it, so "in flight" can be seen; still on the test's thread. */
    private static final class Queued implements TaskExecutor {
        private final Deque<Runnable> tasks = new ArrayDeque<>();
        int ran;

        @Override
        public <T> void execute(BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            tasks.add(() -> new CurrentThreadTaskExecutor().execute(work, onSuccess, onFailure));
        }

        int waiting() {
            return tasks.size();
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                ran++;
                tasks.poll().run();
            }
        }

        @Override
        public void shutdown() {
            tasks.clear();
        }
    }
}
