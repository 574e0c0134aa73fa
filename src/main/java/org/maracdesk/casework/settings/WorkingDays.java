package org.maracdesk.casework.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday-to-Friday arithmetic for the timescales of decision 0059 (bank holidays are not known). */
public final class WorkingDays {
    private WorkingDays() {
    }

    /** The {@code n}th working day after {@code day} (the day itself when {@code n} is 0). */
    public static LocalDate after(LocalDate day, int n) {
        return step(day, n, 1);
    }

    /** The {@code n}th working day before {@code day} (the day itself when {@code n} is 0). */
    public static LocalDate before(LocalDate day, int n) {
        return step(day, n, -1);
    }

    private static LocalDate step(LocalDate day, int n, int direction) {
        LocalDate d = day;
        for (int left = n; left > 0; ) {
            d = d.plusDays(direction);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }
}
