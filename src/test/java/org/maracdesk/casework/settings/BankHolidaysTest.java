package org.maracdesk.casework.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * England and Wales bank holidays as published for each year (GOV.UK's list), checked against the rules the
 * application works them out with: days in lieu at weekends, Easter, and the one-off moves and additions.
 */
class BankHolidaysTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // a Christmas on a Saturday: 27 and 28 in lieu
            "2021; 2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28",
            // New Year's Day on a Saturday, the spring holiday moved and the jubilee, the state funeral, Christmas on
            // a Sunday
            "2022; 2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19"
                    + " 2022-12-26 2022-12-27",
            // the coronation
            "2023; 2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25"
                    + " 2023-12-26",
            "2024; 2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26",
            "2025; 2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26",
            // Boxing Day on a Saturday: Monday 28 in lieu
            "2026; 2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28",
            "2027; 2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28",
            // VE Day 75: the early May holiday on Friday 8 May
            "2020; 2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28"})
    void eachYearMatchesThePublishedList(int year, String days) {
        List<LocalDate> expected = java.util.Arrays.stream(days.strip().split(" ")).map(LocalDate::parse).toList();
        assertEquals(expected, BankHolidays.inYear(year));
    }

    @Test
    void easterByTheComputus() {
        assertEquals(LocalDate.of(2026, 4, 5), BankHolidays.easterSunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), BankHolidays.easterSunday(2027));
        assertEquals(LocalDate.of(2038, 4, 25), BankHolidays.easterSunday(2038), "the latest it can be");
        assertEquals(LocalDate.of(2285, 3, 22), BankHolidays.easterSunday(2285), "the earliest it can be");
    }

    @Test
    void workingDaysSkipThem() {
        Timescales t = Timescales.defaults();
        assertTrue(t.isDayOff(LocalDate.of(2027, 3, 29)), "Easter Monday 2027");
        assertFalse(t.isDayOff(LocalDate.of(2027, 3, 30)));
        // Thursday 25 March 2027: Good Friday and Easter Monday are skipped, so Tue 30, Wed 31, Thu 1 April.
        assertEquals(LocalDate.of(2027, 4, 1), t.minutesDue(LocalDate.of(2027, 3, 25)));
        // A meeting on Tuesday 1 June 2027: five working days before skips the spring bank holiday (31 May).
        assertEquals(LocalDate.of(2027, 5, 24), t.cutOff(LocalDate.of(2027, 6, 1)));
    }
}
