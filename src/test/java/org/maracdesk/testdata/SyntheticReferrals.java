package org.maracdesk.testdata;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invented referrals in bulk for tests and the benchmark: names built from syllables, postcodes in
 * the fictional Q area, no real person. Row {@code i} of a seed is always the same; the victims of
 * rows below 16,000 differ in date of birth, so no two are the same person unless a caller makes
 * them so ({@link Row#withVictimOf}).
 */
public final class SyntheticReferrals {
    private static final String[] GIVEN = {"Marnie", "Ioana", "Sofia", "Keeley", "Hanna", "Delphine", "Priya",
        "Amira", "Chloe", "Bethan", "Tamsin", "Nadia", "Grace", "Leah", "Ruth", "Zoe", "Alys", "Megan"};
    private static final String[] MEN = {"Craig", "Dorin", "Jordan", "Lewis", "Shane", "Rory", "Tomasz", "Wade"};
    private static final String[] SYLLABLES = {"pel", "worth", "quill", "ash", "by", "har", "row", "field", "stone",
        "grove", "lark", "spur", "thist", "le", "vale", "mar", "ick", "bur", "ton", "wen", "dle", "oxen", "gull"};
    private static final int DISTINCT_DATES = 16_000;

    private SyntheticReferrals() {
    }

    /** One referral: a victim, a perpetrator and sometimes a child; {@code yes} checklist items answered yes. */
    public record Row(String reference, LocalDate referralDate, Person victim, Person perpetrator, Person child,
            int yes) {
        /** This row with another row's victim (the same person, named again) and perpetrator. */
        public Row withVictimOf(Row other) {
            return new Row(reference, referralDate, other.victim, other.perpetrator, child, yes);
        }

        public Row withVictim(Person v) {
            return new Row(reference, referralDate, v, perpetrator, child, yes);
        }

        public Row withPerpetrator(Person p) {
            return new Row(reference, referralDate, victim, p, child, yes);
        }

        public Row withDate(LocalDate d) {
            return new Row(reference, d, victim, perpetrator, child, yes);
        }

        public Row withReference(String r) {
            return new Row(r, referralDate, victim, perpetrator, child, yes);
        }
    }

    /** A person as a form names them; {@code dateOfBirth} and {@code postcode} may be null. */
    public record Person(String givenName, String familyName, LocalDate dateOfBirth, String postcode) {
        public Person withFamilyName(String name) {
            return new Person(givenName, name, dateOfBirth, postcode);
        }
    }

    /** {@code count} rows referred on {@code latest} or up to 300 days before it. */
    public static List<Row> rows(int count, long seed, LocalDate latest) {
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(row(i, seed, random, latest));
        }
        return rows;
    }

    private static Row row(int i, long seed, Random random, LocalDate latest) {
        int date = (int) ((i * 7919L) % DISTINCT_DATES);
        String postcode = "Q" + (char) ('A' + random.nextInt(12)) + (1 + random.nextInt(9)) + " "
                + random.nextInt(10) + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        String family = surname(random);
        Person victim = new Person(GIVEN[random.nextInt(GIVEN.length)], family,
                LocalDate.of(1958, 1, 1).plusDays(date), postcode);
        Person perpetrator = new Person(MEN[random.nextInt(MEN.length)], random.nextInt(3) == 0 ? family
                : surname(random), LocalDate.of(1955, 6, 1).plusDays((date + 3_001) % DISTINCT_DATES), null);
        LocalDate referred = latest.minusDays(random.nextInt(300));
        Person child = random.nextInt(4) == 0 ? new Person(GIVEN[random.nextInt(GIVEN.length)], family,
                referred.minusYears(2 + random.nextInt(12)).minusDays(random.nextInt(300)), null) : null;
        return new Row("SYN-" + seed + "-" + i, referred, victim, perpetrator, child, 14 + random.nextInt(6));
    }

    public static String surname(Random random) {
        String s = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)];
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Writes the rows as a referral import CSV file (UTF-8, the columns of the README). */
    public static void writeCsv(Path file, List<Row> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header());
            for (Row r : rows) {
                w.write(line(r));
            }
        }
    }

    private static String header() {
        StringBuilder b = new StringBuilder("formReference,referralDate,referrer.agency,referrer.name,"
                + "victim.givenName,victim.familyName,victim.dateOfBirth,victim.gender,victim.postcode,"
                + "perpetrator1.givenName,perpetrator1.familyName,perpetrator1.dateOfBirth,perpetrator1.gender,"
                + "perpetrator1.relationshipToVictim,child1.givenName,child1.familyName,child1.dateOfBirth,"
                + "child1.relationshipToVictim,risk.instrument");
        for (int q = 1; q <= 24; q++) {
            b.append(",risk.q").append(q);
        }
        return b.append(",risk.policeIncidentsLast12Months\r\n").toString();
    }

    private static String line(Row r) {
        StringBuilder b = new StringBuilder();
        join(b, r.reference(), r.referralDate(), "police", "DC Synthetic Referrer");
        join(b, r.victim().givenName(), r.victim().familyName(), r.victim().dateOfBirth(), "female",
                r.victim().postcode());
        join(b, r.perpetrator().givenName(), r.perpetrator().familyName(), r.perpetrator().dateOfBirth(), "male",
                "partner");
        Person c = r.child();
        join(b, c == null ? null : c.givenName(), c == null ? null : c.familyName(),
                c == null ? null : c.dateOfBirth(), c == null ? null : "daughter", "dash-24");
        for (int q = 1; q <= 24; q++) {
            join(b, q <= r.yes() ? "yes" : "no");
        }
        return b.append("1\r\n").toString();
    }

    private static void join(StringBuilder b, Object... values) {
        for (Object v : values) {
            b.append(v == null ? "" : v.toString()).append(',');
        }
    }
}
