package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.actions.ActionChange;
import org.maracdesk.casework.actions.ActionCorrectionService;
import org.maracdesk.casework.actions.ActionEdit;
import org.maracdesk.casework.actions.ActionHistoryEntry;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.actions.ActionTrackingService;
import org.maracdesk.casework.actions.EditableAction;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.store.StoreKind;

/**
 * Correcting agreed actions (issue 14) and the meeting's review of outstanding actions, on both
 * stores: who may, what is kept (old and new values, reason), what is refused and why.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ActionCorrectionServiceTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long closedMeeting;
    private long openMeeting;
    private long caseId;

    @BeforeEach
    void vault() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        closedMeeting = vault.meeting(TODAY.minusDays(14), TODAY.minusDays(21), MeetingStatus.CLOSED);
        openMeeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        caseId = vault.acceptedCase(TODAY.minusDays(30), 1);
        vault.list(openMeeting, caseId, 1);
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private ActionCorrectionService corrections() {
        return new ActionCorrectionService(vault.sessions(), vault.sessions(), new AuditLog(MeetingVault.CLOCK),
                MeetingVault.CLOCK);
    }

    private ActionTrackingService tracking() {
        return new ActionTrackingService(vault.sessions(), vault.sessions(), new AuditLog(MeetingVault.CLOCK),
                MeetingVault.CLOCK);
    }

    private ActionEdit edit(ActionRow a, String description, java.time.LocalDate due, String reason) {
        return new ActionEdit(a.id(), a.version(), a.agencyCode(), "DS Example", a.target(), description, due, reason);
    }

    private long audits(long actionId) {
        return vault.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e"
                + " where e.entityType = 'action' and e.entityId = :id", Long.class)
                .setParameter("id", String.valueOf(actionId)).getSingleResult());
    }

    @Test
    void afterTheMeetingACoordinatorCorrectsAnActionWithAReasonAndTheOldValuesAreKept() {
        long id = vault.action(closedMeeting, caseId, "Fit a door alarm");
        ActionCorrectionService service = corrections();
        EditableAction before = service.forEdit(id);
        assertTrue(before.reasonRequired(), "the minutes of a closed meeting may have gone out");
        assertTrue(before.removable());
        assertThrows(IllegalArgumentException.class, () -> service.edit(edit(before.action(),
                "Fit a door alarm and a letterbox cover", TODAY.plusDays(21), " ")), "a reason is needed");

        ActionRow after = service.edit(edit(before.action(), "Fit a door alarm and a letterbox cover",
                TODAY.plusDays(21), "Wording agreed after the meeting with the police"));

        assertEquals("Fit a door alarm and a letterbox cover", after.description());
        assertEquals(TODAY.plusDays(21), after.dueDate());
        assertEquals("DS Example", after.ownerName());
        List<ChangeHistory.Line> history = service.changes(id);
        assertEquals(List.of("description", "owner", "dueDate"), history.stream().map(ChangeHistory.Line::field)
                .toList());
        assertEquals("Fit a door alarm", history.get(0).oldValue());
        assertEquals(String.valueOf(TODAY.plusDays(7)), history.get(2).oldValue());
        assertTrue(history.stream().allMatch(l -> l.by().equals("coordinator")
                && l.reason().equals("Wording agreed after the meeting with the police")));
        assertEquals(1, audits(id));
        String digest = vault.store().read(s -> s.createSelectionQuery("select e.detailDigest from AuditEntry e"
                + " where e.entityType = 'action' and e.entityId = :id", String.class)
                .setParameter("id", String.valueOf(id)).getSingleResult());
        assertFalse(digest.contains("letterbox"), "the audit trail keeps a digest, never the words");

        assertThrows(IllegalStateException.class, () -> service.edit(edit(before.action(), "Something else",
                null, "late")), "the version the user saw is stale: nothing is overwritten");
        assertEquals(after, service.edit(edit(after, after.description(), after.dueDate(), "no change")),
                "the same values again change nothing");
        assertEquals(3, service.changes(id).size());
    }

    @Test
    void theChairCorrectsOnlyWhileTheMeetingRunsAndAgencyRepresentativesNever() throws Exception {
        long during = vault.record().addAction(vault.record().view(openMeeting).cases().get(0).listing().listingId(),
                "housing", null, ActionTarget.VICTIM, "Priority move", null);
        long afterwards = vault.action(closedMeeting, caseId, "Fit a door alarm");
        vault.as("chair");
        ActionCorrectionService chair = corrections();
        EditableAction running = chair.forEdit(during);
        assertFalse(running.reasonRequired());
        ActionRow changed = chair.edit(new ActionEdit(during, running.action().version(), "housing", "Housing officer",
                ActionTarget.VICTIM, "Priority move to a safe area", TODAY.plusDays(10), null));
        assertEquals("Priority move to a safe area", changed.description());
        assertThrows(NotPermittedException.class, () -> chair.forEdit(afterwards));
        vault.as("police");
        assertThrows(NotPermittedException.class, () -> corrections().forEdit(afterwards));
        assertThrows(NotPermittedException.class, () -> corrections().remove(afterwards, 0, "mistake"));
    }

    @Test
    void anActionAgreedByMistakeIsRemovedWithItsReasonAndKeptInTheHistory() {
        long id = vault.action(closedMeeting, caseId, "Refer to the wrong panel");
        ActionCorrectionService service = corrections();
        EditableAction a = service.forEdit(id);
        assertThrows(IllegalArgumentException.class, () -> service.remove(id, a.action().version(), ""));

        service.remove(id, a.action().version(), "Agreed for the wrong case");

        assertThrows(IllegalArgumentException.class, () -> service.forEdit(id), "the action is gone");
        List<ChangeHistory.Line> removed = service.removedFromCase(caseId);
        assertEquals(ChangeHistory.REMOVED, removed.get(removed.size() - 1).field());
        assertTrue(removed.stream().anyMatch(l -> l.field().equals("description")
                && l.oldValue().equals("Refer to the wrong panel") && l.newValue() == null));
        assertTrue(removed.stream().allMatch(l -> l.reason().equals("Agreed for the wrong case")));
        assertEquals(1, audits(id));
    }

    @Test
    void anActionWithStatusUpdatesIsNotRemoved() {
        long id = vault.action(closedMeeting, caseId, "Home visit");
        ActionRow a = tracking().update(new ActionChange(id, 0, ActionStatus.NOT_POSSIBLE, null, "Moved away"));
        ActionCorrectionService service = corrections();
        assertFalse(service.forEdit(id).removable());
        assertThrows(IllegalStateException.class, () -> service.remove(id, a.version(), "mistake"));
        assertEquals("Home visit", service.forEdit(id).action().description());
    }

    @Test
    void theMeetingsReviewGoesThroughActionTrackingWithAHistoryLineANoteAndTheDateTold() {
        long done = vault.action(closedMeeting, caseId, "Fit a door alarm");
        long notPossible = vault.action(closedMeeting, caseId, "Home visit");
        MeetingRecordService record = vault.record();
        assertThrows(IllegalArgumentException.class, () -> record.review(done, openMeeting, ActionStatus.DONE, null,
                null), "the completion date is asked, not assumed");
        assertThrows(IllegalArgumentException.class, () -> record.review(notPossible, openMeeting,
                ActionStatus.NOT_POSSIBLE, null, " "), "not possible needs a note");

        record.review(done, openMeeting, ActionStatus.DONE, TODAY.minusDays(4), null);
        record.review(done, openMeeting, ActionStatus.DONE, TODAY.minusDays(4), null);
        record.review(notPossible, openMeeting, ActionStatus.NOT_POSSIBLE, null, "She moved out of the area");

        List<ActionHistoryEntry> history = tracking().history(done);
        assertEquals(1, history.size(), "recording the same outcome twice writes one line");
        assertEquals(ActionStatus.OPEN, history.get(0).from());
        assertEquals(ActionStatus.DONE, history.get(0).to());
        assertEquals(TODAY.minusDays(4), history.get(0).completedOn());
        assertEquals("coordinator", history.get(0).by());
        assertEquals("She moved out of the area", tracking().history(notPossible).get(0).note());
        ActionRow row = tracking().action(done);
        assertEquals(TODAY.minusDays(4), row.completedOn());
        record.review(done, openMeeting, ActionStatus.OPEN, null, null);
        assertNull(tracking().action(done).completedOn());
        assertEquals(2, tracking().history(done).size());
    }
}
