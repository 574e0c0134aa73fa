package org.maracdesk.casework.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * England and Wales bank holidays, worked out for any year from the standing rules (New Year's Day, Good Friday,
 * Easter Monday, the early May, spring and summer bank holidays, Christmas Day and Boxing Day, with a weekday in
 * lieu when one falls at a weekend), and the one-off changes proclaimed since 1999. A one-off proclaimed later is
 * entered by the MARAC as one of its own days off ({@link Timescales#closedDays()}) until this list has it.
 */
public final class BankHolidays {
    /** Days added by proclamation, on top of the standing rules. */
    private static final Set<LocalDate> ADDED = Set.of(
            LocalDate.of(1999, 12, 31),  // millennium
            LocalDate.of(2002, 6, 3),    // Golden Jubilee
            LocalDate.of(2011, 4, 29),   // royal wedding
            LocalDate.of(2012, 6, 5),    // Diamond Jubilee
            LocalDate.of(2022, 6, 3),    // Platinum Jubilee
            LocalDate.of(2022, 9, 19),   // state funeral
            LocalDate.of(2023, 5, 8));   // coronation

    private BankHolidays() {
    }

    public static boolean isBankHoliday(LocalDate day) {
        return inYear(day.getYear()).contains(day);
    }

    /** The year's bank holidays in date order. */
    public static List<LocalDate> inYear(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(earlyMay(year));
        days.add(spring(year));
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate christmasOff = weekdayOnOrAfter(christmas);
        days.add(christmasOff);
        days.add(weekdayOnOrAfter(christmasOff.plusDays(1)));
        for (LocalDate d : ADDED) {
            if (d.getYear() == year) {
                days.add(d);
            }
        }
        return List.copyOf(days);
    }

    /** The first Monday in May, moved to 8 May in 1995 and 2020 (VE Day anniversaries). */
    private static LocalDate earlyMay(int year) {
        if (year == 1995 || year == 2020) {
            return LocalDate.of(year, 5, 8);
        }
        return LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    /** The last Monday in May, moved into June in the jubilee years. */
    private static LocalDate spring(int year) {
        return switch (year) {
            case 2002 -> LocalDate.of(2002, 6, 4);
            case 2012 -> LocalDate.of(2012, 6, 4);
            case 2022 -> LocalDate.of(2022, 6, 2);
            default -> LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        };
    }

    /** The day itself on a weekday, else the Monday after (the day in lieu). */
    private static LocalDate weekdayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous computus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
