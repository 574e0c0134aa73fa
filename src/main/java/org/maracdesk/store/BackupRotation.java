package org.maracdesk.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which automatic backups to keep: the newest of each of the 7 most recent days that have a
 * backup, then the newest of each of the 4 most recent ISO weeks older than those days.
 */
public final class BackupRotation {
    public static final int DAILY = 7;
    public static final int WEEKLY = 4;

    private BackupRotation() {
    }

    public static Set<LocalDateTime> keep(List<LocalDateTime> taken) {
        List<LocalDateTime> newestFirst = taken.stream().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDateTime> kept = new LinkedHashSet<>();
        Set<LocalDate> days = new LinkedHashSet<>();
        for (LocalDateTime t : newestFirst) {
            if (days.size() < DAILY && days.add(t.toLocalDate())) {
                kept.add(t);
            }
        }
        LocalDate oldestDaily = days.isEmpty() ? LocalDate.MAX : Collections.min(days);
        Set<String> weeks = new HashSet<>();
        for (LocalDateTime t : newestFirst) {
            if (t.toLocalDate().isBefore(oldestDaily) && weeks.size() < WEEKLY && weeks.add(week(t))) {
                kept.add(t);
            }
        }
        return kept;
    }

    private static String week(LocalDateTime t) {
        return t.get(IsoFields.WEEK_BASED_YEAR) + "-" + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
