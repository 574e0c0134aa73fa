package org.maracdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.actions.ActionVaults;

/** The audit trail filtered, counted and paged by the database; only roles with VIEW_AUDIT read it. */
class AuditTrailPagingTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void vault() throws Exception {
        ActionVaults.create(dir.resolve("v"), 10);
        for (String user : List.of("police", "chair", "coordinator", "police")) {
            ActionVaults.signIn(dir.resolve("v"), user).lock();
        }
    }

    private static <T> T as(String user, Function<AuditTrail, T> work) throws Exception {
        SessionManager sessions = ActionVaults.signIn(dir.resolve("v"), user);
        try {
            return work.apply(new AuditTrail(sessions, sessions));
        } finally {
            sessions.lock();
        }
    }

    private static List<Long> seqs(List<AuditLine> lines) {
        return lines.stream().map(AuditLine::seq).toList();
    }

    @Test
    void pagesReadOneAfterAnotherAreTheWholeTrailNewestFirstWithItsCount() throws Exception {
        for (String user : List.of("admin", "coordinator")) {
            as(user, trail -> {
                List<AuditLine> all = trail.search(AuditQuery.ALL);
                List<AuditLine> paged = new ArrayList<>();
                for (int offset = 0; ; offset += 4) {
                    AuditPage page = trail.page(AuditQuery.ALL, offset, 4);
                    assertEquals(all.size(), page.total());
                    paged.addAll(page.lines());
                    if (page.lines().size() < 4) {
                        break;
                    }
                }
                assertEquals(seqs(all), seqs(paged));
                assertTrue(all.size() > 8, "unlocks and locks were recorded");
                return null;
            });
        }
    }

    @Test
    void theCountIsOfTheFilteredEntries() throws Exception {
        as("admin", trail -> {
            AuditQuery police = new AuditQuery("POLICE", AuditAction.UNLOCKED, null);
            AuditPage first = trail.page(police, 0, 1);
            List<AuditLine> found = trail.search(police);
            assertTrue(first.total() >= 2, "the police account unlocked at least twice");
            assertEquals(found.size(), first.total());
            assertEquals(1, first.lines().size());
            assertTrue(found.stream().allMatch(l -> l.username().equals("police") && l.action() == AuditAction.UNLOCKED));
            assertTrue(trail.page(AuditQuery.ALL, 0, 1).total() > first.total());
            return null;
        });
    }

    @Test
    void rolesWithoutTheAuditPermissionAreRefusedAndPagesAreBounded() throws Exception {
        for (String user : List.of("police", "chair", "idva")) {
            assertThrows(NotPermittedException.class, () -> as(user, trail -> trail.page(AuditQuery.ALL, 0, 10)));
        }
        as("admin", trail -> {
            assertThrows(IllegalArgumentException.class, () -> trail.page(AuditQuery.ALL, 0, 0));
            assertThrows(IllegalArgumentException.class, () -> trail.page(AuditQuery.ALL, -1, 10));
            assertThrows(IllegalArgumentException.class, () -> trail.page(AuditQuery.ALL, 0, AuditTrail.LIMIT + 1));
            return null;
        });
    }
}
