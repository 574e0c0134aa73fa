package org.maracdesk.casework.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.store.StoreKind;
import org.maracdesk.testdata.TestDesk;

/** Action tracking on 40 synthetic cases, in an encrypted vault and on a real PostgreSQL server. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ActionTrackingServiceTest {
    @TempDir
    static Path dir;
    private static TestDesk sessions;

    ActionTrackingServiceTest(StoreKind kind) {
        // the store of this kind is opened once per invocation of the class, below
    }

    @BeforeParameterizedClassInvocation
    static void store(StoreKind kind) {
        sessions = ActionVaults.desk(kind, dir.resolve("v-" + kind.vendor()), 40);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        sessions.close();
    }

    private ActionTrackingService as(String user) throws Exception {
        sessions.signInAs(user);
        return new ActionTrackingService(sessions, sessions, new AuditLog(ActionVaults.CLOCK), ActionVaults.CLOCK);
    }

    @Test
    void agencyRepresentativeSeesOnlyTheirAgencysOpenActions() throws Exception {
        List<ActionRow> open = as("police").openActions(null);
        assertFalse(open.isEmpty());
        assertTrue(open.stream().allMatch(a -> a.agencyCode().equals("police") && a.status() == ActionStatus.OPEN));
        assertThrows(NotPermittedException.class, () -> as("police").openActions("housing"));
    }

    @Test
    void overdueByAgencyCountsOpenActionsDueBeforeToday() throws Exception {
        ActionTrackingService service = as("coordinator");
        List<ActionRow> all = service.openActions(null);
        for (AgencyActionCount c : service.overdueByAgency()) {
            assertEquals(all.stream().filter(a -> a.agencyCode().equals(c.agencyCode())).count(), c.open());
            assertEquals(all.stream().filter(a -> a.agencyCode().equals(c.agencyCode())
                    && a.dueDate() != null && a.dueDate().isBefore(ActionVaults.TODAY)).count(), c.overdue());
        }
    }

    @Test
    void representativeCannotUpdateAnotherAgencysAction() throws Exception {
        ActionRow housing = as("coordinator").openActions(null).stream()
                .filter(a -> !a.agencyCode().equals("police")).findFirst().orElseThrow();
        ActionTrackingService police = as("police");
        // Refused either way: as not permitted when police may see the case, as missing when not.
        RuntimeException refused = assertThrows(RuntimeException.class, () -> police.update(new ActionChange(
                housing.id(), housing.version(), ActionStatus.DONE, ActionVaults.TODAY, "done")));
        assertTrue(refused instanceof NotPermittedException || refused instanceof IllegalArgumentException,
                refused.getClass().getSimpleName());
        assertEquals(ActionStatus.OPEN, as("coordinator").openActions(null).stream()
                .filter(a -> a.id() == housing.id()).findFirst().orElseThrow().status(), "nothing changed");
    }

    @Test
    void doneNeedsADateAndNotPossibleNeedsANoteAndHistoryRecordsEachChange() throws Exception {
        ActionTrackingService police = as("police");
        ActionRow a = police.openActions(null).get(0);
        assertThrows(IllegalArgumentException.class, () -> police.update(new ActionChange(a.id(), a.version(),
                ActionStatus.DONE, null, null)));
        assertThrows(IllegalArgumentException.class, () -> police.update(new ActionChange(a.id(), a.version(),
                ActionStatus.NOT_POSSIBLE, null, " ")));
        ActionRow notPossible = police.update(new ActionChange(a.id(), a.version(), ActionStatus.NOT_POSSIBLE,
                null, "Victim moved out of the area"));
        assertEquals(ActionStatus.NOT_POSSIBLE, notPossible.status());
        ActionRow done = police.update(new ActionChange(a.id(), notPossible.version(), ActionStatus.DONE,
                ActionVaults.TODAY.minusDays(1), "Marker visit made"));
        assertEquals(ActionVaults.TODAY.minusDays(1), done.completedOn());
        org.maracdesk.common.ConcurrentChangeException lost = assertThrows(
                org.maracdesk.common.ConcurrentChangeException.class, () -> police.update(new ActionChange(a.id(),
                        a.version(), ActionStatus.OPEN, null, null)), "stale version");
        assertEquals("police", lost.changedBy(), "the lost save says who saved meanwhile");
        assertEquals(ActionVaults.CLOCK.instant(), lost.changedAt(), "and when");
        List<ActionHistoryEntry> history = police.history(a.id());
        assertEquals(2, history.size());
        assertEquals(ActionStatus.OPEN, history.get(0).from());
        assertEquals(ActionStatus.DONE, history.get(1).to());
        assertEquals("police", history.get(1).by());
        long changed = sessions.store().read(s -> s.createSelectionQuery(
                "select count(e) from AuditEntry e where e.entityType = 'action' and e.entityId = :id", Long.class)
                .setParameter("id", String.valueOf(a.id())).getSingleResult());
        assertEquals(2, changed);
        ActionRow reopened = police.update(new ActionChange(a.id(), done.version(), ActionStatus.OPEN,
                ActionVaults.TODAY, null));
        assertNull(reopened.completedOn());
    }

    @Test
    void aWriteThatLosesTheRaceAtTheDatabaseIsAConcurrentChangeAndWritesNothing() throws Exception {
        ActionRow a = as("police").openActions(null).get(1);
        var store = sessions.store();
        assertThrows(org.maracdesk.common.ConcurrentChangeException.class, () -> store.doInTransaction(s -> {
            org.maracdesk.casework.ActionItem mine = s.find(org.maracdesk.casework.ActionItem.class, a.id());
            store.doInTransaction(other -> other.find(org.maracdesk.casework.ActionItem.class, a.id())
                    .setOutcome(ActionStatus.NOT_DONE, null, "the other desk saved first"));
            mine.setOutcome(ActionStatus.DONE, ActionVaults.TODAY, "this desk, too late");
            s.flush();
        }));
        assertEquals(ActionStatus.NOT_DONE, store.read(s -> s.find(org.maracdesk.casework.ActionItem.class, a.id())
                .getStatus()), "the first save stands; the late one wrote nothing");
    }

    @Test
    void policeSeeOnlyTheirOwnActionsDueForReview() throws Exception {
        List<ActionRow> review = as("police").dueForReviewAtNextMeeting();
        assertTrue(review.stream().allMatch(a -> a.agencyCode().equals("police")));
        assertEquals(as("coordinator").dueForReviewAtNextMeeting().stream()
                .filter(a -> a.agencyCode().equals("police")).count(), review.size());
    }

    @Test
    void chairSeesActionsDueForReviewButCannotUpdate() throws Exception {
        ActionTrackingService chair = as("chair");
        List<ActionRow> review = chair.dueForReviewAtNextMeeting();
        assertTrue(review.stream().allMatch(a -> a.status() == ActionStatus.OPEN));
        assertFalse(review.isEmpty(), "the generated vault has actions due for review");
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> chair.history(review.get(0).id()),
                "the chair reads the history of an action due for review");
        assertThrows(NotPermittedException.class, () -> chair.openActions(null));
        assertThrows(NotPermittedException.class, () -> chair.update(new ActionChange(review.get(0).id(),
                review.get(0).version(), ActionStatus.DONE, ActionVaults.TODAY, null)));
    }
}
