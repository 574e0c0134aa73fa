package org.maracdesk.casework.settings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The meeting timescales a MARAC sets for itself (issue 16, decision 0059; MARAC.md §2.4 and the §2.5 gap):
 * minutes are sent within {@code minutesWithinDays} working days of the meeting, referrals close
 * {@code referralCutOffDays} working days before it, and an accepted referral should be heard within
 * {@code longestWaitDays} calendar days. Working days are Monday to Friday, less England and Wales bank holidays
 * ({@link BankHolidays}) and the MARAC's own {@code closedDays} (a one-off bank holiday not yet in the list, the
 * office closed between Christmas and New Year), sorted and without repeats.
 */
public record Timescales(int minutesWithinDays, int referralCutOffDays, int longestWaitDays,
                         List<LocalDate> closedDays) {
    /** Derbyshire's figure (MARAC.md §2.4). */
    public static final int DEFAULT_MINUTES_WITHIN_DAYS = 3;
    /** Five working days: a week before a weekday meeting, the cut-off the application always proposed. */
    public static final int DEFAULT_REFERRAL_CUTOFF_DAYS = 5;
    /** Four weeks: no published figure exists (MARAC.md §2.5), so a starting value to set locally. */
    public static final int DEFAULT_LONGEST_WAIT_DAYS = 28;
    static final int MAX_WORKING_DAYS = 30;
    static final int MAX_WAIT_DAYS = 366;
    /** Enough for several years of one-off closures; a longer list is a mistake in what was typed. */
    public static final int MAX_CLOSED_DAYS = 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /**
     * @throws IllegalArgumentException naming the setting and the range it must be in
     */
    public Timescales {
        if (minutesWithinDays < 1 || minutesWithinDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("minutesWithinDays: use 1 to " + MAX_WORKING_DAYS + " working days");
        }
        if (referralCutOffDays < 0 || referralCutOffDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("referralCutOffDays: use 0 to " + MAX_WORKING_DAYS
                    + " working days before the meeting");
        }
        if (longestWaitDays < 1 || longestWaitDays > MAX_WAIT_DAYS) {
            throw new IllegalArgumentException("longestWaitDays: use 1 to " + MAX_WAIT_DAYS + " days");
        }
        closedDays = closedDays == null ? List.of() : List.copyOf(new TreeSet<>(closedDays));
        if (closedDays.size() > MAX_CLOSED_DAYS) {
            throw new IllegalArgumentException("closedDays: at most " + MAX_CLOSED_DAYS + " days; remove days long"
                    + " past");
        }
    }

    /** Timescales with no days off of the MARAC's own. */
    public Timescales(int minutesWithinDays, int referralCutOffDays, int longestWaitDays) {
        this(minutesWithinDays, referralCutOffDays, longestWaitDays, List.of());
    }

    public static Timescales defaults() {
        return new Timescales(DEFAULT_MINUTES_WITHIN_DAYS, DEFAULT_REFERRAL_CUTOFF_DAYS, DEFAULT_LONGEST_WAIT_DAYS);
    }

    /** The same timescales with other days off of the MARAC's own. */
    public Timescales withClosedDays(List<LocalDate> days) {
        return new Timescales(minutesWithinDays, referralCutOffDays, longestWaitDays, days);
    }

    /** Whether no work is counted on {@code day}: a bank holiday or one of the MARAC's own days off. */
    public boolean isDayOff(LocalDate day) {
        return BankHolidays.isBankHoliday(day) || closedDays.contains(day);
    }

    /** The last day the minutes of a meeting held on {@code meetingDate} may be sent on time. */
    public LocalDate minutesDue(LocalDate meetingDate) {
        return WorkingDays.after(meetingDate, minutesWithinDays, this::isDayOff);
    }

    /**
     * Whether the minutes of a meeting on {@code meetingDate} went late (first copy sent after the due day) or are
     * overdue (none sent, and the due day has passed by {@code today}): what the Meetings screen, the meeting
     * administration report and the dashboard all count.
     */
    public boolean minutesMissed(LocalDate meetingDate, LocalDate firstSent, LocalDate today) {
        LocalDate due = minutesDue(meetingDate);
        return firstSent == null ? today.isAfter(due) : firstSent.isAfter(due);
    }

    /** The cut-off proposed for a meeting on {@code meetingDate}. */
    public LocalDate cutOff(LocalDate meetingDate) {
        return WorkingDays.before(meetingDate, referralCutOffDays, this::isDayOff);
    }

    /** The days off as stored and shown: dd/mm/yyyy, comma-separated; empty for none. */
    public String closedDaysText() {
        return String.join(", ", closedDays.stream().map(DAY::format).toList());
    }

    /**
     * Reads days typed as dd/mm/yyyy (or yyyy-mm-dd), separated by commas, semicolons or spaces; blank or "none" is
     * no days.
     *
     * @throws IllegalArgumentException naming the entry that is not a date and the form to use
     */
    public static List<LocalDate> parseClosedDays(String text) {
        List<LocalDate> out = new ArrayList<>();
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("none")) {
            return out;
        }
        for (String part : text.strip().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                out.add(part.contains("-") ? LocalDate.parse(part) : LocalDate.parse(part, TYPED));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("closedDays: \"" + part + "\" is not a date; type each day as"
                        + " dd/mm/yyyy, separated by commas (for example 29/12/2027, 30/12/2027)");
            }
        }
        return out;
    }

    /** Whether a referral accepted on {@code accepted} has waited longer than the longest wait by {@code day}. */
    public boolean waitedTooLong(LocalDate accepted, LocalDate day) {
        return accepted.plusDays(longestWaitDays).isBefore(day);
    }
}
