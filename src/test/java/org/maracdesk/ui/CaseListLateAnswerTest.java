package org.maracdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.CaseQueryService;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.casework.actions.ActionVaults;
import org.maracdesk.security.SessionManager;
import org.maracdesk.ui.cases.CaseListViewModel;
import org.maracdesk.ui.common.BackgroundWork;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The case list asks for a page, and the user types on before it comes: an answer to an earlier question that
 * arrives late (after the newer one) is dropped, so the list never shows the rows of a filter no longer typed.
 */
class CaseListLateAnswerTest {
    @TempDir
    Path dir;

    /** Runs each piece of work at once but hands its answer over only when the test says so. */
    private static final class HeldAnswers implements TaskExecutor {
        final List<Runnable> answers = new ArrayList<>();

        @Override
        public <T> void execute(BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            try {
                T result = work.call();
                answers.add(() -> onSuccess.accept(result));
            } catch (Exception e) {
                answers.add(() -> onFailure.accept(e));
            }
        }

        @Override
        public void shutdown() {
        }
    }

    @Test
    void anEarlierFiltersPageArrivingLastIsDropped() throws Exception {
        ActionVaults.create(dir.resolve("v"), 60);
        SessionManager sessions = ActionVaults.signIn(dir.resolve("v"), "coordinator");
        try {
            List<Throwable> failures = new ArrayList<>();
            HeldAnswers executor = new HeldAnswers();
            CaseListViewModel list = new CaseListViewModel(new CaseQueryService(sessions, sessions, sessions.audit()),
                    executor, failures::add, new Messages(Locale.UK), true);
            list.load();
            executor.answers.remove(0).run();
            CaseSummary one = list.rows().get(0);
            String reference = one.reference();

            javafx.beans.binding.StringBinding empty = list.emptyText();
            assertEquals("No cases yet.", empty.get(), "with nothing typed, an empty list means no cases");
            list.filterProperty().set("no such case anywhere");
            assertTrue(empty.get().startsWith("No case matches what is typed in Find"),
                    "with something typed, an empty list says nothing matches it: " + empty.get());
            list.load();
            list.filterProperty().set(reference);
            list.load();
            assertEquals(2, executor.answers.size(), "two pages asked for");
            executor.answers.remove(1).run(); // the newer answer first
            executor.answers.remove(0).run(); // then the earlier one, late
            executor.answers.forEach(Runnable::run); // any count asked for after

            assertEquals(List.of(one.id()), list.rows().stream().map(CaseSummary::id).toList(),
                    "the list shows the case the filter now typed finds");
            assertFalse(list.loadingProperty().get(), "no longer loading");
            assertTrue(list.statusProperty().get().contains("1"), "the status line counts what is shown: "
                    + list.statusProperty().get());
            assertEquals(List.of(), failures);
        } finally {
            sessions.lock();
        }
    }
}
