package org.maracdesk.casework.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.intake.MustNotReceiveEntry;
import org.maracdesk.casework.intake.MustNotReceiveService;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.SessionManager;

/**
 * The action lists paged by the database: for each role the pages, read one after another, are exactly
 * the list the account may see (scope and must-not-receive applied), and the counts are its size and
 * its overdue actions.
 */
class ActionPagingTest {
    private static final int PAGE = 7;
    @TempDir
    static Path dir;
    private static String withheldReference;

    @BeforeAll
    static void vaultWithACaseWithheldFromThePolice() throws Exception {
        ActionVaults.create(dir.resolve("v"), 40);
        withheldReference = as("coordinator", s -> {
            ActionRow police = s.openActions(null).stream().filter(a -> a.agencyCode().equals("police"))
                    .findFirst().orElseThrow();
            return police.caseReference();
        });
        SessionManager sessions = ActionVaults.signIn(dir.resolve("v"), "coordinator");
        try {
            new MustNotReceiveService(sessions, sessions, new AuditLog(ActionVaults.CLOCK), ActionVaults.CLOCK)
                    .add(withheldReference, new MustNotReceiveEntry(Agency.POLICE, null, "the perpetrator is an officer"));
        } finally {
            sessions.lock();
        }
    }

    private static <T> T as(String user, Function<ActionTrackingService, T> work) throws Exception {
        SessionManager sessions = ActionVaults.signIn(dir.resolve("v"), user);
        try {
            return work.apply(new ActionTrackingService(sessions, sessions, new AuditLog(ActionVaults.CLOCK),
                    ActionVaults.CLOCK));
        } finally {
            sessions.lock();
        }
    }

    /** Every page of a list, read one after another; checks that each page agrees on the counts. */
    private static List<ActionRow> pages(ActionTrackingService s, ActionPage.Kind kind, long[] counts) {
        List<ActionRow> out = new ArrayList<>();
        ActionPage first = s.page(new ActionPage.Request(kind, 0, PAGE));
        counts[0] = first.total();
        counts[1] = first.overdue();
        for (int offset = 0; ; offset += PAGE) {
            ActionPage page = s.page(new ActionPage.Request(kind, offset, PAGE));
            assertEquals(first.total(), page.total());
            assertEquals(offset, page.offset());
            assertTrue(page.rows().size() <= PAGE);
            out.addAll(page.rows());
            if (page.rows().size() < PAGE) {
                return out;
            }
        }
    }

    private static List<Long> ids(List<ActionRow> rows) {
        return rows.stream().map(ActionRow::id).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"coordinator", "police", "housing", "idva"})
    void pagesAreTheListTheRoleMaySeeWithItsCounts(String user) throws Exception {
        as(user, s -> {
            long[] counts = new long[2];
            List<ActionRow> open = s.openActions(null);
            assertEquals(ids(open), ids(pages(s, ActionPage.Kind.OPEN, counts)));
            assertEquals(open.size(), counts[0]);
            assertEquals(open.stream().filter(a -> a.overdueOn(ActionVaults.TODAY)).count(), counts[1]);
            List<ActionRow> overdue = s.overdueActions().stream().sorted(Comparator.comparing(ActionRow::agencyName)
                    .thenComparing(ActionRow::dueDate)).toList();
            assertEquals(ids(overdue), ids(pages(s, ActionPage.Kind.OVERDUE, counts)));
            assertEquals(overdue.size(), counts[0]);
            List<ActionRow> review = s.dueForReviewAtNextMeeting();
            assertEquals(ids(review), ids(pages(s, ActionPage.Kind.DUE_FOR_REVIEW, counts)));
            assertEquals(review.size(), counts[0]);
            return null;
        });
    }

    @Test
    void theCountsAreOfTheWholeListNotThePage() throws Exception {
        as("coordinator", s -> {
            ActionPage first = s.page(new ActionPage.Request(ActionPage.Kind.OPEN, 0, PAGE));
            assertEquals(PAGE, first.rows().size());
            assertTrue(first.total() > PAGE, "the generated vault has more open actions than one page");
            ActionPage beyond = s.page(new ActionPage.Request(ActionPage.Kind.OPEN, (int) first.total(), PAGE));
            assertTrue(beyond.rows().isEmpty());
            assertEquals(first.total(), beyond.total());
            return null;
        });
    }

    @Test
    void anAgencySeesOnlyItsOwnActionsAndNoneOnACaseWithheldFromIt() throws Exception {
        as("police", s -> {
            long[] counts = new long[2];
            List<ActionRow> rows = pages(s, ActionPage.Kind.OPEN, counts);
            assertFalse(rows.isEmpty());
            assertTrue(rows.stream().allMatch(a -> a.agencyCode().equals("police")));
            assertTrue(rows.stream().noneMatch(a -> a.caseReference().equals(withheldReference)));
            return null;
        });
        long coordinatorSees = as("coordinator", s -> s.page(new ActionPage.Request(ActionPage.Kind.OPEN, 0, PAGE))
                .total());
        long coordinatorList = as("coordinator", s -> (long) s.openActions(null).size());
        assertEquals(coordinatorList, coordinatorSees, "the entry bars the police, not the coordinator");
        boolean stillThere = as("coordinator", s -> s.openActions(null).stream()
                .anyMatch(a -> a.caseReference().equals(withheldReference) && a.agencyCode().equals("police")));
        assertTrue(stillThere);
    }

    @Test
    void theChairPagesTheActionsDueForReviewOnly() throws Exception {
        as("chair", s -> {
            long[] counts = new long[2];
            List<ActionRow> review = pages(s, ActionPage.Kind.DUE_FOR_REVIEW, counts);
            assertFalse(review.isEmpty());
            assertEquals(ids(s.dueForReviewAtNextMeeting()), ids(review));
            assertThrows(NotPermittedException.class, () -> s.page(new ActionPage.Request(ActionPage.Kind.OPEN, 0,
                    PAGE)));
            return null;
        });
    }

    @Test
    void anAdministratorGetsNoActions() throws Exception {
        as("admin", s -> {
            for (ActionPage.Kind kind : ActionPage.Kind.values()) {
                assertThrows(NotPermittedException.class, () -> s.page(new ActionPage.Request(kind, 0, PAGE)));
            }
            assertThrows(NotPermittedException.class, s::overdueByAgency);
            return null;
        });
    }

    @Test
    void aPageHoldsOneTo500Actions() {
        assertThrows(IllegalArgumentException.class, () -> new ActionPage.Request(ActionPage.Kind.OPEN, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ActionPage.Request(ActionPage.Kind.OPEN, 0, 501));
        assertThrows(IllegalArgumentException.class, () -> new ActionPage.Request(ActionPage.Kind.OPEN, -1, 10));
    }
}
