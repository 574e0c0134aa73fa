package org.maracdesk.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.actions.ActionTrackingService;
import org.maracdesk.casework.actions.ActionVaults;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.Messages;

/** The Actions area's view model on a real vault of synthetic cases, with background work on the test's thread. */
class ActionsViewModelTest {
    @TempDir
    static Path dir;
    private final Messages messages = new Messages(Locale.UK);
    private final List<Throwable> reported = new ArrayList<>();
    private SessionManager sessions;
    private ActionTrackingService service;

    @BeforeAll
    static void vault() {
        ActionVaults.create(dir.resolve("v"), 40);
    }

    @AfterEach
    void lock() {
        sessions.lock();
    }

    private ActionsViewModel as(String user, Role role) throws Exception {
        return as(user, role, ActionsViewModel.PAGE);
    }

    private ActionsViewModel as(String user, Role role, int pageSize) throws Exception {
        sessions = ActionVaults.signIn(dir.resolve("v"), user);
        service = new ActionTrackingService(sessions, sessions, sessions.audit(), ActionVaults.CLOCK);
        return new ActionsViewModel(service, ActionsAccess.of(role), new CurrentThreadTaskExecutor(), reported::add,
                messages, pageSize);
    }

    @Test
    void theOpenListComesFirstWithItsCountsAndSwitchingListsReloads() throws Exception {
        ActionsViewModel vm = as("coordinator", Role.COORDINATOR);
        vm.load();
        assertEquals(ActionsList.OPEN, vm.listProperty().get());
        assertFalse(vm.rows().isEmpty());
        assertTrue(vm.rows().stream().allMatch(r -> r.status() == ActionStatus.OPEN));
        long overdue = vm.rows().stream().filter(vm::isOverdue).count();
        assertEquals(messages.format("actions.status.loaded", vm.rows().size(), overdue), vm.messageProperty().get());
        assertFalse(vm.counts().isEmpty(), "open and overdue per agency");

        vm.listProperty().set(ActionsList.OVERDUE);
        assertTrue(vm.rows().stream().allMatch(vm::isOverdue));
        assertEquals(vm.rows().stream().sorted(Comparator.comparing(ActionRow::agencyName)
                .thenComparing(ActionRow::dueDate)).toList(), List.copyOf(vm.rows()), "by agency, then due date");
        assertEquals(List.of(), reported);
    }

    @Test
    void aLongListIsShownAPageAtATimeWithItsWholeCount() throws Exception {
        ActionsViewModel full = as("coordinator", Role.COORDINATOR);
        full.load();
        List<ActionRow> all = List.copyOf(full.rows());
        long overdue = all.stream().filter(full::isOverdue).count();
        sessions.lock();
        ActionsViewModel vm = as("coordinator", Role.COORDINATOR, 5);
        vm.load();
        assertEquals(all.subList(0, 5), List.copyOf(vm.rows()));
        assertFalse(vm.hasPreviousProperty().get());
        assertTrue(vm.hasNextProperty().get());
        assertEquals(messages.format("actions.status.paged", 1, 5, all.size(), overdue), vm.messageProperty().get());
        List<ActionRow> paged = new ArrayList<>(vm.rows());
        while (vm.hasNextProperty().get()) {
            vm.nextPage();
            paged.addAll(vm.rows());
        }
        assertEquals(all, paged, "the pages, one after another, are the whole list");
        assertTrue(vm.hasPreviousProperty().get());
        vm.previousPage();
        assertEquals(all.subList(((all.size() - 1) / 5 - 1) * 5, ((all.size() - 1) / 5) * 5), List.copyOf(vm.rows()));
        vm.listProperty().set(ActionsList.OVERDUE);
        assertFalse(vm.hasPreviousProperty().get(), "another list starts at its first page");
        assertEquals(List.of(), reported);
    }

    @Test
    void anIncompleteUpdateIsRefusedInPlainWordsAndNothingIsWritten() throws Exception {
        ActionsViewModel vm = as("coordinator", Role.COORDINATOR);
        vm.load();
        vm.save();
        assertEquals(messages.get("actions.update.chooseFirst"), vm.messageProperty().get());

        ActionRow row = vm.rows().get(0);
        vm.selectedProperty().set(row);
        int before = service.history(row.id()).size();
        vm.statusProperty().set(ActionStatus.NOT_DONE);
        vm.noteProperty().set(" ");
        vm.save();
        assertEquals(messages.get("actions.update.needNote"), vm.messageProperty().get());
        vm.statusProperty().set(ActionStatus.DONE);
        vm.completedOnProperty().set(null);
        vm.save();
        assertEquals(messages.get("actions.update.needDate"), vm.messageProperty().get());
        vm.completedOnProperty().set(ActionVaults.TODAY.plusDays(1));
        vm.save();
        assertEquals(messages.get("actions.update.futureDate"), vm.messageProperty().get());
        assertEquals(before, service.history(row.id()).size(), "nothing was recorded");
    }

    @Test
    void aCompleteUpdateIsRecordedWithItsHistoryAndTheListReloads() throws Exception {
        ActionsViewModel vm = as("coordinator", Role.COORDINATOR);
        vm.load();
        ActionRow row = vm.rows().get(0);
        vm.selectedProperty().set(row);
        assertEquals(ActionStatus.DONE, vm.statusProperty().get(), "an open action is offered as done");
        assertEquals(ActionVaults.TODAY, vm.completedOnProperty().get(), "completed today unless said otherwise");
        vm.noteProperty().set("Completed at a joint visit.");
        vm.save();

        assertEquals(List.of(), reported);
        assertTrue(vm.messageProperty().get().contains(row.caseReference()), vm.messageProperty().get());
        assertTrue(vm.rows().stream().noneMatch(r -> r.id() == row.id()), "no longer in the open list");
        assertEquals("", vm.noteProperty().get());
        assertFalse(service.history(row.id()).isEmpty(), "the change is in the action's history");
    }

    @Test
    void aChairSeesOnlyTheReviewListAndMayNotUpdate() throws Exception {
        ActionsViewModel vm = as("chair", Role.CHAIR);
        assertEquals(List.of(ActionsList.DUE_FOR_REVIEW), vm.access().lists());
        assertFalse(vm.access().canUpdate());
        vm.load();
        assertTrue(vm.counts().isEmpty(), "the per-agency counts are for those who update actions");
        assertEquals(List.of(), reported);
    }
}
