package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackupRotationTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

    @Test
    void sixtyDailyBackupsShrinkToSevenDaysAndFourWeeks() {
        List<LocalDateTime> taken = new ArrayList<>();
        for (int d = 0; d < 60; d++) {
            taken.add(NOW.minusDays(d));
        }
        Set<LocalDateTime> keep = BackupRotation.keep(taken);
        assertEquals(11, keep.size());
        for (int d = 0; d < 7; d++) {
            assertTrue(keep.contains(NOW.minusDays(d)), "day " + d);
        }
        assertTrue(keep.stream().allMatch(t -> t.isAfter(NOW.minusDays(7 + 5 * 7))), "weeklies are the recent weeks");
    }

    @Test
    void severalBackupsInOneDayKeepTheNewest() {
        Set<LocalDateTime> keep = BackupRotation.keep(List.of(NOW, NOW.minusHours(2), NOW.minusHours(5)));
        assertEquals(Set.of(NOW), keep);
    }

    @Test
    void fewBackupsAreAllKept() {
        List<LocalDateTime> taken = List.of(NOW, NOW.minusDays(3), NOW.minusDays(20));
        assertEquals(Set.copyOf(taken), BackupRotation.keep(taken));
    }
}
