package org.maracdesk.exchange.referrals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values as a spreadsheet program leaves them when it opens and saves a file: dates rewritten as
 * dd/mm/yyyy, and UK phone numbers turned into numbers (the leading zero dropped, or even written
 * in scientific notation). Shared by the referral import and the tracker migration.
 */
public final class SpreadsheetValues {
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d{9,10}");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[eE]\\+?\\d+");

    private SpreadsheetValues() {
    }

    /** {@code YYYY-MM-DD} or {@code DD/MM/YYYY} (day first, as UK spreadsheets write it); null when neither. */
    public static LocalDate isoOrDayFirst(String text) {
        String t = text.strip();
        try {
            if (t.length() == 10 && t.charAt(4) == '-') {
                return LocalDate.parse(t);
            }
            Matcher m = DAY_FIRST.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /**
     * Why a phone number looks damaged by a spreadsheet program, or null when it does not: nine or
     * ten digits with no leading 0 or + (a UK number that lost its 0), or scientific notation. The
     * reason never repeats the number.
     */
    public static String damagedPhone(String text) {
        String compact = text.strip().replaceAll("[\\s()-]", "");
        if (SCIENTIFIC.matcher(compact).matches()) {
            return "was turned into a number in scientific notation by a spreadsheet program;"
                    + " type it again in full, with the column formatted as text";
        }
        if (DIGITS_ONLY.matcher(compact).matches()) {
            return "has lost its leading zero (spreadsheet programs drop it); write it as 0 and the digits,"
                    + " with the column formatted as text, or in the +44 form";
        }
        return null;
    }
}
