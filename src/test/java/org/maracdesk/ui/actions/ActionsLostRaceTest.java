package org.maracdesk.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.actions.ActionChange;
import org.maracdesk.casework.actions.ActionHistoryEntry;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.actions.ActionTrackingService;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.Role;
import org.maracdesk.store.StoreKind;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.Messages;

/**
 * An action update that lost the race on the Actions screen (decision 0051), on both stores: police update the
 * action first; the coordinator's update names them, keeps the form, and offers Reload or Re-apply; Re-apply puts
 * the coordinator's status and note back on the newest version, and updating then keeps police's note in the history.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ActionsLostRaceTest {
    private static final Clock CLOCK = Clock.fixed(MeetingVault.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private final Messages messages = new Messages(Locale.UK);
    private final List<Throwable> reported = new ArrayList<>();
    private MeetingVault vault;
    private ActionTrackingService service;
    private long action;

    @BeforeEach
    void anOpenPoliceAction() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        long meeting = vault.meeting(MeetingVault.TODAY.minusDays(7), MeetingVault.TODAY.minusDays(14),
                MeetingStatus.SCHEDULED);
        long c = vault.acceptedCase(MeetingVault.TODAY.minusDays(20), 0);
        action = vault.action(meeting, c, "Flag the address on the police system");
        service = new ActionTrackingService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK), CLOCK);
    }

    @AfterEach
    void close() {
        vault.lock();
        assertTrue(reported.isEmpty(), () -> "nothing unexpected: " + reported);
    }

    /** The coordinator's Actions screen, its list read and the action chosen, as the view would. */
    private ActionsViewModel coordinatorsScreen() {
        ActionsViewModel vm = new ActionsViewModel(service, ActionsAccess.of(Role.COORDINATOR),
                new CurrentThreadTaskExecutor(), reported::add, messages, ActionsViewModel.PAGE);
        vm.reselectProperty().addListener((o, was, id) -> {
            if (id != null) {
                vm.rows().stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> vm.selectedProperty().set(r));
            }
        });
        vm.load();
        vm.selectedProperty().set(row(vm));
        return vm;
    }

    private ActionRow row(ActionsViewModel vm) {
        return vm.rows().stream().filter(r -> r.id() == action).findFirst().orElseThrow();
    }

    private void policeAddANoteFirst() throws Exception {
        vault.as("police");
        ActionRow now = service.page(new org.maracdesk.casework.actions.ActionPage.Request(
                org.maracdesk.casework.actions.ActionPage.Kind.OPEN, 0, 50, null)).rows().stream()
                .filter(r -> r.id() == action).findFirst().orElseThrow();
        service.update(new ActionChange(action, now.version(), ActionStatus.OPEN, null, "Flag requested"));
        vault.as("coordinator");
    }

    @Test
    void reapplyPutsTheUpdateBackOnTheNewestVersionAndSavingKeepsBoth() throws Exception {
        ActionsViewModel vm = coordinatorsScreen();
        vm.statusProperty().set(ActionStatus.NOT_POSSIBLE);
        vm.noteProperty().set("Victim has moved out of the area");
        policeAddANoteFirst();

        vm.save();

        assertTrue(vm.race().offeredProperty().get(), "Reload or Re-apply is offered");
        assertTrue(vm.race().messageProperty().get().startsWith("police saved this action at "),
                vm.race().messageProperty().get());
        assertEquals("Victim has moved out of the area", vm.noteProperty().get(), "nothing typed is lost");
        assertEquals(ActionStatus.NOT_POSSIBLE, vm.statusProperty().get());

        vm.race().reapply();

        assertFalse(vm.race().offeredProperty().get());
        assertEquals(action, vm.selectedProperty().get().id(), "the same action, chosen again");
        assertEquals(ActionStatus.NOT_POSSIBLE, vm.statusProperty().get(), "the status chosen is put back");
        assertEquals("Victim has moved out of the area", vm.noteProperty().get(), "and the note");
        assertEquals(messages.get("actions.update.reapplied"), vm.messageProperty().get());
        assertEquals(ActionStatus.OPEN, row(vm).status(), "re-applying saves nothing by itself");

        vm.save();

        assertFalse(vm.race().offeredProperty().get());
        List<ActionHistoryEntry> history = service.history(action);
        assertEquals(List.of("Flag requested", "Victim has moved out of the area"),
                history.stream().map(ActionHistoryEntry::note).toList(), "both desks' updates are kept");
        assertEquals(ActionStatus.NOT_POSSIBLE, history.get(history.size() - 1).to());
    }

    @Test
    void reloadDropsTheUpdateAndShowsTheNewestVersion() throws Exception {
        ActionsViewModel vm = coordinatorsScreen();
        vm.noteProperty().set("Done, flag set");
        policeAddANoteFirst();
        vm.save();
        assertTrue(vm.race().offeredProperty().get());

        vm.race().reload();

        assertFalse(vm.race().offeredProperty().get());
        assertEquals("", vm.noteProperty().get(), "Reload drops the update");
        assertEquals(action, vm.selectedProperty().get().id());
        assertEquals(List.of("Flag requested"), service.history(action).stream().map(ActionHistoryEntry::note)
                .toList());
    }
}
