package org.maracdesk.casework.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;

/** Working-day arithmetic for the timescales of decision 0059: Monday to Friday, less the days {@code off}. */
public final class WorkingDays {
    private WorkingDays() {
    }

    /** The {@code n}th working day after {@code day} (the day itself when {@code n} is 0). */
    public static LocalDate after(LocalDate day, int n, Predicate<LocalDate> off) {
        return step(day, n, 1, off);
    }

    /** The {@code n}th working day before {@code day} (the day itself when {@code n} is 0). */
    public static LocalDate before(LocalDate day, int n, Predicate<LocalDate> off) {
        return step(day, n, -1, off);
    }

    public static boolean isWorkingDay(LocalDate day, Predicate<LocalDate> off) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !off.test(day);
    }

    private static LocalDate step(LocalDate day, int n, int direction, Predicate<LocalDate> off) {
        LocalDate d = day;
        for (int left = n; left > 0; ) {
            d = d.plusDays(direction);
            if (isWorkingDay(d, off)) {
                left--;
            }
        }
        return d;
    }
}
