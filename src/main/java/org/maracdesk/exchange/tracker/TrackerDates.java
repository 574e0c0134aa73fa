package org.maracdesk.exchange.tracker;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as trackers hold them: typed XLSX dates; ISO ({@code 2019-03-04}); day first with slashes,
 * dots or hyphens and a four- or two-digit year ({@code 04/03/2019}, {@code 4/3/19},
 * {@code 04.03.2019}); Excel serial numbers ({@code 43528}); and "N/K", "unknown" or blank for
 * unknown. Day first is the UK reading; a column in which some dates can only be month first
 * (13 or more in the middle) makes its dates that could be either <em>ambiguous</em>: reported, not
 * guessed. A two-digit year takes the century that gives a plausible date (see {@link Kind}).
 */
public final class TrackerDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.0+)?");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?i)(\\d{4}|[a-z]{3,9}[ -]\\d{2,4}|\\d{1,2}[/.-]\\d{4})");
    private static final List<String> UNKNOWN = List.of("nk", "n/k", "n.k.", "n.k", "unknown", "not known", "unk",
            "u/k", "?", "-", "--", "n/a", "na", "not recorded", "tbc");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private TrackerDates() {
    }

    /** A date read from a cell. */
    public sealed interface Read permits Known, Unknown, Bad {
    }

    public record Known(LocalDate date) implements Read {
    }

    public record Unknown() implements Read {
    }

    /** @param why never quotes the value (it may be a date of birth) */
    public record Bad(String why) implements Read {
    }

    /** What the date is of, which decides the century of a two-digit year. */
    public enum Kind {
        /** A meeting or referral: not after {@code today}; 20yy unless that is in the future. */
        EVENT,
        /** A date of birth: the century that makes the person 16 to 110 years old {@code today}. */
        BIRTH
    }

    /** How a column writes its numeric dates. */
    public enum Order { DAY_FIRST, MONTH_FIRST, MIXED }

    /** Day first unless some date of the column can only be month first. */
    public static Order order(List<TrackerCell> column) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (TrackerCell c : column) {
            Matcher m = c.text() == null ? null : NUMERIC.matcher(c.text());
            if (m != null && m.matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                dayFirst |= a > 12 && b <= 12;
                monthFirst |= b > 12 && a <= 12;
            }
        }
        return monthFirst ? (dayFirst ? Order.MIXED : Order.MONTH_FIRST) : Order.DAY_FIRST;
    }

    public static boolean isUnknown(String text) {
        return text == null || text.isBlank() || UNKNOWN.contains(text.strip().toLowerCase(java.util.Locale.ROOT));
    }

    public static Read read(TrackerCell cell, Order order, Kind kind, LocalDate today) {
        if (cell.date() != null) {
            return new Known(cell.date());
        }
        if (cell.number() != null) {
            LocalDate d = serial(cell.number(), false);
            return d == null ? new Bad(TrackerText.text("migrate.problem.date.number")) : new Known(d);
        }
        String t = cell.text();
        if (isUnknown(t)) {
            return new Unknown();
        }
        t = t.strip();
        int space = t.indexOf(' ');
        if (space > 0 && t.substring(space).strip().matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
            t = t.substring(0, space); // a time Excel added to a date
        }
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            return date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        }
        Matcher m = NUMERIC.matcher(t);
        if (m.matches()) {
            return numeric(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), order, kind, today);
        }
        if (SERIAL.matcher(t).matches()) {
            LocalDate d = serial(new BigDecimal(t), false);
            return d == null ? new Bad(TrackerText.text("migrate.problem.date.number")) : new Known(d);
        }
        if (YEAR_ONLY.matcher(t).matches()) {
            return new Bad(TrackerText.text("migrate.problem.date.noDay"));
        }
        return new Bad(TrackerText.text("migrate.problem.date.notADate"));
    }

    private static Read numeric(int a, int b, String yearText, Order order, Kind kind, LocalDate today) {
        boolean couldBeEither = a <= 12 && b <= 12 && a != b;
        if (couldBeEither && order != Order.DAY_FIRST) {
            return new Bad(TrackerText.text("migrate.problem.date.dayOrMonth"));
        }
        boolean monthFirst = b > 12 || order == Order.MONTH_FIRST && a <= 12;
        int day = monthFirst ? b : a;
        int month = monthFirst ? a : b;
        if (yearText.length() == 4) {
            return date(Integer.parseInt(yearText), month, day);
        }
        int yy = Integer.parseInt(yearText);
        Read late = date(2000 + yy, month, day);
        Read early = date(1900 + yy, month, day);
        boolean lateFits = fits(late, kind, today);
        boolean earlyFits = fits(early, kind, today);
        if (lateFits && earlyFits) {
            return new Bad(TrackerText.text("migrate.problem.date.century", yearText));
        }
        if (!lateFits && !earlyFits) {
            return late instanceof Bad ? late : new Bad(TrackerText.text(kind == Kind.BIRTH
                    ? "migrate.problem.date.shortYearAge" : "migrate.problem.date.shortYearFuture"));
        }
        return lateFits ? late : early;
    }

    private static boolean fits(Read r, Kind kind, LocalDate today) {
        if (!(r instanceof Known k)) {
            return false;
        }
        if (kind == Kind.EVENT) {
            return !k.date().isAfter(today) && k.date().getYear() >= 1990;
        }
        int age = java.time.Period.between(k.date(), today).getYears();
        return age >= 16 && age <= 110;
    }

    private static Read date(int year, int month, int day) {
        try {
            return new Known(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return new Bad(TrackerText.text("migrate.problem.date.noSuchDay"));
        }
    }

    /** An Excel serial day number (whole days since 1899-12-30, or 1904-01-01), or null outside 1900–2100. */
    public static LocalDate serial(BigDecimal n, boolean date1904) {
        long days = n.longValue();
        LocalDate d = (date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH).plusDays(days);
        return days > 0 && d.getYear() >= 1900 && d.getYear() <= 2100 ? d : null;
    }
}
