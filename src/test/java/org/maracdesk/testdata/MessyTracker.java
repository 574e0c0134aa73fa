package org.maracdesk.testdata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A spreadsheet tracker as a coordinator keeps it, invented, with its ground truth: distinct victims
 * with one to four listings each, dates typed five ways (and sometimes "N/K"), names in capitals or
 * not and now and then misspelt, perpetrators as "Forename SURNAME" or "SURNAME, Forename",
 * agencies named loosely, a Repeat? column that is sometimes wrong. Every victim has a different
 * date of birth and name, so the truth is unambiguous; gaps between listings keep well away from
 * the 12-month boundary, so the truth of each repeat does not depend on which date a row gives.
 */
public final class MessyTracker {
    public static final List<String> HEADER = List.of("Case Ref", "MARAC Date", "Date referred", "Victim", "DOB",
            "Perpetrator", "Relationship", "No. of children", "Referring agency", "DASH", "Reason for referral",
            "Repeat?", "District", "IDVA", "Comments", "Outcome");
    private static final String[] GIVEN = {"Marnie", "Tamsin", "Delphine", "Rosalind", "Kerys", "Imogen", "Bethan",
        "Orla", "Saoirse", "Zoë", "Eluned", "Priya", "Anwen", "Hollie", "Cerys", "Niamh", "Ottilie", "Ffion"};
    private static final String[] PERP = {"Craig", "Wade", "Shane", "Dean", "Lee", "Rory", "Kieran", "Darren"};
    private static final String[] SYLLABLES = {"pell", "worth", "har", "row", "field", "thistle", "combe", "ox",
        "en", "by", "mar", "dale", "wick", "stan", "ford", "brook", "ley", "ton", "fen", "gar", "holm", "ridge"};
    private static final String[][] AGENCIES = {{"Police", "Kent Police", "POLICE", "police"}, {"Idva", "IDVA service"},
        {"Children's Services", "CSC"}, {"Housing", "housing"}, {"GP", "GP surgery"}, {"Hospital A&E", "Maternity"}};
    private static final String[] DISTRICTS = {"North", "South", "East"};

    /** One listing of the truth. */
    public record Listing(int victim, int perpetrator, LocalDate referred, LocalDate marac, boolean repeat,
                          String district) {
    }

    /** One victim of the truth. */
    public record Victim(String given, String family, LocalDate dob, String ref) {
    }

    public final List<Victim> victims = new ArrayList<>();
    public final List<String[]> perpetrators = new ArrayList<>();
    public final List<Listing> listings = new ArrayList<>();
    /** The tracker's cells, one String[] per row, dates as text in the row's format; and the typed MARAC date. */
    private final List<String[]> rows = new ArrayList<>();
    private final List<LocalDate> typedMarac = new ArrayList<>();
    public int trackerDisagrees;

    public MessyTracker(long seed, int victimCount, LocalDate today) {
        Random rnd = new Random(seed);
        Set<String> names = new HashSet<>();
        Set<LocalDate> births = new HashSet<>();
        for (int v = 0; v < victimCount; v++) {
            String family;
            String given;
            do {
                given = GIVEN[rnd.nextInt(GIVEN.length)];
                family = cap(SYLLABLES[rnd.nextInt(SYLLABLES.length)] + SYLLABLES[rnd.nextInt(SYLLABLES.length)]
                        + SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
            } while (!names.add(given + " " + family));
            LocalDate dob;
            do {
                dob = LocalDate.of(1965, 1, 1).plusDays(rnd.nextInt(365 * 35));
            } while (!births.add(dob));
            String ref = rnd.nextInt(10) < 8 ? "M/" + (1000 + v) : null;
            victims.add(new Victim(given, family, dob, ref));
            listingsOf(rnd, v, today);
        }
        Set<Integer> seen = new HashSet<>();
        for (Listing l : listings) {
            rows.add(row(rnd, l, seen.add(l.victim())));
        }
    }

    private void listingsOf(Random rnd, int v, LocalDate today) {
        int count = 1 + (rnd.nextInt(10) < 6 ? 0 : rnd.nextInt(4));
        LocalDate marac = LocalDate.of(2019, 1, 8).plusWeeks(2L * rnd.nextInt(120));
        int perp = newPerpetrator(rnd, null);
        String district = DISTRICTS[rnd.nextInt(DISTRICTS.length)];
        LocalDate previousMarac = null;
        for (int i = 0; i < count && !marac.isAfter(today.minusDays(14)); i++) {
            boolean newPerp = i > 0 && rnd.nextInt(10) == 0;
            if (newPerp) {
                perp = newPerpetrator(rnd, perpetrators.get(perp)[0]);
            }
            LocalDate referred = marac.minusDays(7 + rnd.nextInt(14));
            boolean repeat = previousMarac != null && !newPerp
                    && ChronoUnit.DAYS.between(previousMarac, referred) <= 365;
            listings.add(new Listing(v, perp, referred, marac, repeat, district));
            previousMarac = marac;
            boolean near = rnd.nextBoolean();
            marac = marac.plusWeeks(2L * (near ? 4 + rnd.nextInt(16) : 31 + rnd.nextInt(30)));
        }
    }

    /** A new perpetrator, with another first name than {@code not} (so the two are told apart). */
    private int newPerpetrator(Random rnd, String not) {
        String given;
        do {
            given = PERP[rnd.nextInt(PERP.length)];
        } while (given.equals(not));
        perpetrators.add(new String[] {given, cap(SYLLABLES[rnd.nextInt(SYLLABLES.length)]
                + SYLLABLES[rnd.nextInt(SYLLABLES.length)]) + "s"});
        return perpetrators.size() - 1;
    }

    /** A row; a victim's first row gives the date of birth and spells the name right. */
    private String[] row(Random rnd, Listing l, boolean first) {
        Victim v = victims.get(l.victim());
        String[] p = perpetrators.get(l.perpetrator());
        boolean dobKnown = first || rnd.nextInt(10) > 0;
        String family = !first && dobKnown && rnd.nextInt(12) == 0 ? misspelt(v.family()) : v.family();
        String victim = switch (rnd.nextInt(3)) {
            case 0 -> v.given() + " " + family.toUpperCase(Locale.ROOT);
            case 1 -> family.toUpperCase(Locale.ROOT) + ", " + v.given();
            default -> v.given() + "  " + family;
        };
        String perp = rnd.nextBoolean() ? p[0] + " " + p[1].toUpperCase(Locale.ROOT) : p[1] + ", " + p[0];
        boolean trackerSays = rnd.nextInt(10) == 0 ? !l.repeat() : l.repeat();
        trackerDisagrees += trackerSays != l.repeat() ? 1 : 0;
        String[] agency = AGENCIES[rnd.nextInt(AGENCIES.length)];
        typedMarac.add(l.marac());
        return new String[] {v.ref() == null ? "" : v.ref(), date(rnd, l.marac(), false),
            rnd.nextInt(20) == 0 ? "" : date(rnd, l.referred(), false), victim,
            dobKnown ? date(rnd, v.dob(), true) : (rnd.nextBoolean() ? "N/K" : ""), perp,
            rnd.nextBoolean() ? "Ex-partner" : "partner", String.valueOf(rnd.nextInt(4)),
            agency[rnd.nextInt(agency.length)], rnd.nextInt(8) == 0 ? "N/K" : String.valueOf(10 + rnd.nextInt(15)),
            rnd.nextBoolean() ? "Visible high risk" : "Professional judgement",
            yesNo(rnd, trackerSays), rnd.nextBoolean() ? l.district() : l.district().toUpperCase(Locale.ROOT),
            rnd.nextBoolean() ? "Anwen" : "", rnd.nextInt(4) == 0 ? "Said: \"not safe at home\"; moved, twice" : "",
            rnd.nextInt(3) == 0 ? "Closed" : ""};
    }

    private static String yesNo(Random rnd, boolean yes) {
        String[] forms = yes ? new String[] {"Y", "Yes", "y", "YES"} : new String[] {"N", "No", "n", ""};
        return forms[rnd.nextInt(forms.length)];
    }

    /** Two letters in the middle swapped: the same person, spelt wrongly. */
    private static String misspelt(String s) {
        int i = s.length() / 2;
        return s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
    }

    private static String date(Random rnd, LocalDate d, boolean birth) {
        return switch (rnd.nextInt(birth ? 5 : 6)) {
            case 0 -> d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            case 1 -> d.format(DateTimeFormatter.ofPattern("d/M/yy"));
            case 2 -> d.toString();
            case 3 -> d.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            case 4 -> String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d));
            default -> d.format(DateTimeFormatter.ofPattern("d/M/yyyy"));
        };
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public int repeats() {
        return (int) listings.stream().filter(Listing::repeat).count();
    }

    /** Distinct meetings: a date and a district. */
    public int meetings() {
        return (int) listings.stream().map(l -> l.marac() + l.district()).distinct().count();
    }

    /** As CSV: {@code ;} and Windows-1252 when {@code excelOnWindows}, else {@code ,} and UTF-8 with a BOM. */
    public void writeCsv(Path file, boolean excelOnWindows) throws IOException {
        char sep = excelOnWindows ? ';' : ',';
        StringBuilder b = new StringBuilder(excelOnWindows ? "" : "\uFEFF");
        b.append(line(HEADER.toArray(String[]::new), sep));
        rows.forEach(r -> b.append(line(r, sep)));
        Charset cs = excelOnWindows ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
        Files.write(file, b.toString().getBytes(cs));
    }

    private static String line(String[] cells, char sep) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            if (i > 0) {
                b.append(sep);
            }
            b.append(c.indexOf(sep) >= 0 || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        return b.append("\r\n").toString();
    }

    /** As XLSX: the MARAC date a typed date cell, the score and children numbers, the rest as typed. */
    public void writeXlsx(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "MessyTracker", "1.0");
            Worksheet ws = wb.newWorksheet("Tracker 2019-25");
            for (int c = 0; c < HEADER.size(); c++) {
                ws.value(0, c, HEADER.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                String[] row = rows.get(r);
                for (int c = 0; c < row.length; c++) {
                    if (c == 1) {
                        ws.value(r + 1, c, typedMarac.get(r));
                        ws.style(r + 1, c).format("dd/mm/yyyy").set();
                    } else if ((c == 7 || c == 9) && row[c].matches("\\d+")) {
                        ws.value(r + 1, c, Integer.parseInt(row[c]));
                    } else if (!row[c].isEmpty()) {
                        ws.value(r + 1, c, row[c]);
                    }
                }
            }
            wb.finish();
        }
    }
}
