package org.maracdesk.ui.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.actions.ActionVaults;
import org.maracdesk.security.AuditLine;
import org.maracdesk.security.AuditQuery;
import org.maracdesk.security.AuditTrail;
import org.maracdesk.security.SessionManager;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.Messages;

/** The Audit tab shows the trail a page at a time, with the whole count, newer and older pages. */
class AuditViewModelPagingTest {
    @TempDir
    Path dir;

    @Test
    void theTrailIsShownAPageAtATimeWithItsWholeCount() throws Exception {
        ActionVaults.create(dir.resolve("v"), 5);
        for (int i = 0; i < 3; i++) {
            ActionVaults.signIn(dir.resolve("v"), "police").lock();
        }
        SessionManager sessions = ActionVaults.signIn(dir.resolve("v"), "admin");
        try {
            Messages messages = new Messages(Locale.UK);
            List<Throwable> reported = new ArrayList<>();
            AuditTrail trail = new AuditTrail(sessions, sessions);
            List<AuditLine> all = trail.search(AuditQuery.ALL);
            AuditViewModel vm = new AuditViewModel(trail, () -> null, false, new CurrentThreadTaskExecutor(),
                    reported::add, messages, 3);
            vm.search();
            assertEquals(all.subList(0, 3), List.copyOf(vm.rows()));
            assertEquals(messages.format("admin.audit.countPaged", 1, 3, all.size()), vm.statusProperty().get());
            assertFalse(vm.hasPreviousProperty().get());
            List<AuditLine> paged = new ArrayList<>(vm.rows());
            while (vm.hasNextProperty().get()) {
                vm.nextPage();
                paged.addAll(vm.rows());
            }
            assertEquals(all, paged);
            vm.previousPage();
            assertTrue(vm.hasNextProperty().get());
            vm.userProperty().set("police");
            vm.search();
            assertFalse(vm.hasPreviousProperty().get(), "a new search starts at the newest page");
            assertTrue(vm.rows().stream().allMatch(l -> l.username().equals("police")));
            assertEquals(List.of(), reported);
        } finally {
            sessions.lock();
        }
    }
}
