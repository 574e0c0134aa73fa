package org.maracdesk.casework.settings;

import java.time.LocalDate;

/**
 * The meeting timescales a MARAC sets for itself (issue 16, decision 0059; MARAC.md §2.4 and the §2.5 gap):
 * minutes are sent within {@code minutesWithinDays} working days of the meeting, referrals close
 * {@code referralCutOffDays} working days before it, and an accepted referral should be heard within
 * {@code longestWaitDays} calendar days. Working days are Monday to Friday; bank holidays are not known to
 * the application and count as working days.
 */
public record Timescales(int minutesWithinDays, int referralCutOffDays, int longestWaitDays) {
    /** Derbyshire's figure (MARAC.md §2.4). */
    public static final int DEFAULT_MINUTES_WITHIN_DAYS = 3;
    /** Five working days: a week before a weekday meeting, the cut-off the application always proposed. */
    public static final int DEFAULT_REFERRAL_CUTOFF_DAYS = 5;
    /** Four weeks: no published figure exists (MARAC.md §2.5), so a starting value to set locally. */
    public static final int DEFAULT_LONGEST_WAIT_DAYS = 28;
    static final int MAX_WORKING_DAYS = 30;
    static final int MAX_WAIT_DAYS = 366;

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
    }

    public static Timescales defaults() {
        return new Timescales(DEFAULT_MINUTES_WITHIN_DAYS, DEFAULT_REFERRAL_CUTOFF_DAYS, DEFAULT_LONGEST_WAIT_DAYS);
    }

    /** The last day the minutes of a meeting held on {@code meetingDate} may be sent on time. */
    public LocalDate minutesDue(LocalDate meetingDate) {
        return WorkingDays.after(meetingDate, minutesWithinDays);
    }

    /** The cut-off proposed for a meeting on {@code meetingDate}. */
    public LocalDate cutOff(LocalDate meetingDate) {
        return WorkingDays.before(meetingDate, referralCutOffDays);
    }

    /** Whether a referral accepted on {@code accepted} has waited longer than the longest wait by {@code day}. */
    public boolean waitedTooLong(LocalDate accepted, LocalDate day) {
        return accepted.plusDays(longestWaitDays).isBefore(day);
    }
}
