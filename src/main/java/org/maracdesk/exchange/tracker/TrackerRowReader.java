package org.maracdesk.exchange.tracker;

import static org.maracdesk.exchange.tracker.TrackerField.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.migration.HistoricPerson;
import org.maracdesk.risk.ReferralRoute;

/**
 * Reads every row of a tracker with a mapping, collecting each problem with its line, column and
 * (unless it identifies someone) value. A row with a problem gives no entry.
 */
final class TrackerRowReader {
    private static final Set<TrackerField> WITHHELD = EnumSet.of(VICTIM_NAME, VICTIM_FORENAME, VICTIM_SURNAME,
            VICTIM_DOB, PERPETRATOR_NAME, PERPETRATOR_FORENAME, PERPETRATOR_SURNAME, NOTES, IDVA, CASE_REFERENCE,
            REASON);
    private static final int NAME_MAX = 255;

    private final TrackerSheet sheet;
    private final ColumnMapping mapping;
    private final Vocabularies vocab;
    private final LocalDate today;
    private final Map<TrackerField, Integer> columns = new EnumMap<>(TrackerField.class);
    private final Map<TrackerField, TrackerDates.Order> orders = new EnumMap<>(TrackerField.class);
    private final List<TrackerProblem> problems = new ArrayList<>();
    private final Map<String, String> districtsAsWritten = new java.util.HashMap<>();

    TrackerRowReader(TrackerSheet sheet, ColumnMapping mapping, Vocabularies vocab, LocalDate today) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.vocab = vocab;
        this.today = today;
        mapping.columns().forEach((f, name) -> {
            int c = sheet.column(name);
            if (c < 0) {
                problems.add(new TrackerProblem(1, name, null, TrackerText.text("migrate.problem.noSuchColumn", f.key())));
            }
            columns.put(f, c);
        });
        for (TrackerField f : List.of(VICTIM_DOB, MARAC_DATE, REFERRAL_DATE)) {
            orders.put(f, TrackerDates.order(sheet.rows().stream().map(r -> r.cell(columns.getOrDefault(f, -1)))
                    .toList()));
        }
        if (!mapping.has(MARAC_DATE)) {
            problems.add(new TrackerProblem(1, null, null, TrackerText.text("migrate.problem.noMaracDate")));
        }
        if (!mapping.has(VICTIM_NAME) && !(mapping.has(VICTIM_FORENAME) && mapping.has(VICTIM_SURNAME))) {
            problems.add(new TrackerProblem(1, null, null, TrackerText.text("migrate.problem.noVictimName")));
        }
    }

    List<TrackerProblem> problems() {
        return problems;
    }

    List<TrackerEntry> readAll() {
        List<TrackerEntry> out = new ArrayList<>();
        if (!problems.isEmpty()) {
            return out;
        }
        for (TrackerSheet.Row row : sheet.rows()) {
            int before = problems.size();
            TrackerEntry e = read(row);
            if (problems.size() == before) {
                out.add(e);
            }
        }
        return out;
    }

    private TrackerCell cell(TrackerSheet.Row row, TrackerField f) {
        return row.cell(columns.getOrDefault(f, -1));
    }

    private String text(TrackerSheet.Row row, TrackerField f) {
        TrackerCell c = cell(row, f);
        return c.isBlank() || TrackerDates.isUnknown(c.shown()) ? null : c.shown().strip();
    }

    private void problem(TrackerSheet.Row row, TrackerField f, String why) {
        String value = WITHHELD.contains(f) ? null : cell(row, f).shown();
        problems.add(new TrackerProblem(row.line(), f == null ? null : mapping.column(f), value, why));
    }

    private TrackerEntry read(TrackerSheet.Row row) {
        HistoricPerson victim = person(row, VICTIM_NAME, VICTIM_FORENAME, VICTIM_SURNAME, true);
        int before = problems.size();
        LocalDate marac = date(row, MARAC_DATE, TrackerDates.Kind.EVENT);
        if (marac == null && problems.size() == before) {
            problem(row, MARAC_DATE, TrackerText.text("migrate.problem.maracDateMissing"));
        } else if (marac != null && marac.isAfter(today)) {
            problem(row, MARAC_DATE, TrackerText.text("migrate.problem.maracDateFuture"));
        }
        LocalDate referred = date(row, REFERRAL_DATE, TrackerDates.Kind.EVENT);
        if (referred != null && marac != null && referred.isAfter(marac)) {
            problem(row, REFERRAL_DATE, TrackerText.text("migrate.problem.referralAfterMarac"));
        }
        LocalDate dob = date(row, VICTIM_DOB, TrackerDates.Kind.BIRTH);
        if (dob != null && marac != null) {
            int age = Period.between(dob, marac).getYears();
            if (age < 16 || age > 110) {
                problem(row, VICTIM_DOB, TrackerText.text("migrate.problem.age", age));
            }
        }
        HistoricPerson perp = person(row, PERPETRATOR_NAME, PERPETRATOR_FORENAME, PERPETRATOR_SURNAME, false);
        return new TrackerEntry(row.line(), victim == null ? null
                : new HistoricPerson(victim.givenName(), victim.familyName(), dob), perp,
                referred == null ? marac : referred, marac, agency(row), number(row, DASH_SCORE, 24),
                routes(text(row, REASON)), limited(row, RELATIONSHIP), district(row), limited(row, CASE_REFERENCE),
                notes(row), yesNo(row));
    }

    /** The problem texts for the victim's name or the perpetrator's. */
    private record Who(String nameMissing, String oneName, String forenameMissing, String surnameMissing) {
        static final Who VICTIM = new Who("migrate.problem.victim.nameMissing", "migrate.problem.victim.oneName",
                "migrate.problem.victim.forenameMissing", "migrate.problem.victim.surnameMissing");
        static final Who PERPETRATOR = new Who("migrate.problem.perpetrator.nameMissing",
                "migrate.problem.perpetrator.oneName", "migrate.problem.perpetrator.forenameMissing",
                "migrate.problem.perpetrator.surnameMissing");
    }

    private HistoricPerson person(TrackerSheet.Row row, TrackerField one, TrackerField given, TrackerField family,
                                  boolean required) {
        Who who = required ? Who.VICTIM : Who.PERPETRATOR;
        if (mapping.has(one)) {
            String full = text(row, one);
            if (full == null) {
                if (required) {
                    problem(row, one, TrackerText.text(who.nameMissing()));
                }
                return null;
            }
            String[] parts = PersonNames.split(full);
            if (parts == null) {
                problem(row, one, TrackerText.text(who.oneName()));
                return null;
            }
            return named(row, one, parts[0], parts[1]);
        }
        String g = text(row, given);
        String f = text(row, family);
        if (g == null && f == null && !required) {
            return null;
        }
        if (g == null || f == null) {
            problem(row, g == null ? given : family, TrackerText.text(g == null
                    ? who.forenameMissing() : who.surnameMissing()));
            return null;
        }
        return named(row, given, PersonNames.ordinary(g), PersonNames.ordinary(f));
    }

    private HistoricPerson named(TrackerSheet.Row row, TrackerField f, String given, String family) {
        if (given.length() > NAME_MAX || family.length() > NAME_MAX) {
            problem(row, f, TrackerText.text("migrate.problem.tooLong", NAME_MAX));
            return null;
        }
        return new HistoricPerson(given, family, null);
    }

    private LocalDate date(TrackerSheet.Row row, TrackerField f, TrackerDates.Kind kind) {
        if (!mapping.has(f)) {
            return null;
        }
        TrackerDates.Read r = TrackerDates.read(cell(row, f), orders.get(f), kind, today);
        if (r instanceof TrackerDates.Bad bad) {
            problem(row, f, bad.why());
            return null;
        }
        return r instanceof TrackerDates.Known k ? k.date() : null;
    }

    private Integer number(TrackerSheet.Row row, TrackerField f, int max) {
        String t = text(row, f);
        if (t == null) {
            return null;
        }
        try {
            java.math.BigDecimal n = new java.math.BigDecimal(t);
            if (n.stripTrailingZeros().scale() <= 0 && n.intValue() >= 0 && n.intValue() <= max) {
                return n.intValue();
            }
            problem(row, f, f == DASH_SCORE ? TrackerText.text("migrate.problem.dashRange")
                    : TrackerText.text("migrate.problem.numberRange", max));
        } catch (NumberFormatException e) {
            problem(row, f, TrackerText.text("migrate.problem.notANumber"));
        }
        return null;
    }

    private Boolean yesNo(TrackerSheet.Row row) {
        if (!mapping.has(REPEAT)) {
            return null;
        }
        String t = text(row, REPEAT);
        if (t == null) {
            return cell(row, REPEAT).isBlank() ? Boolean.FALSE : null; // blank is "no"; N/K is not saying
        }
        String v = t.toLowerCase(Locale.ROOT);
        if (List.of("y", "yes", "true", "1", "repeat").contains(v)) {
            return true;
        }
        if (List.of("n", "no", "false", "0", "new").contains(v)) {
            return false;
        }
        problem(row, REPEAT, TrackerText.text("migrate.problem.yesNo"));
        return null;
    }

    private String agency(TrackerSheet.Row row) {
        String name = text(row, AGENCY);
        if (name == null) {
            return null;
        }
        String mapped = MappingProposer.placed(mapping.agencies(), name);
        String code = mapped != null && !mapped.isBlank() ? mapped.strip() : vocab.agency(name);
        if (code == null) {
            problem(row, AGENCY, TrackerText.text("migrate.problem.agencyUnknown"));
        } else if (!vocab.agencies().containsKey(code) && Agency.fromCode(code).isEmpty()) {
            problem(row, AGENCY, TrackerText.text("migrate.problem.agencyCode", code));
            return null;
        }
        return code;
    }

    private String district(TrackerSheet.Row row) {
        String name = text(row, DISTRICT);
        if (name == null) {
            return null;
        }
        if (vocab.districts().isEmpty()) {
            // no districts set up: as written, one spelling per district whatever its capitals and spaces
            return name.length() > NAME_MAX ? null : districtsAsWritten.computeIfAbsent(Vocabularies.squash(name),
                    k -> PersonNames.ordinary(name));
        }
        String mapped = MappingProposer.placed(mapping.districts(), name);
        String d = mapped != null && !mapped.isBlank() ? vocab.district(mapped) : vocab.district(name);
        if (d == null) {
            problem(row, DISTRICT, TrackerText.text("migrate.problem.districtUnknown",
                    String.join(", ", vocab.districts())));
        }
        return d;
    }

    private String limited(TrackerSheet.Row row, TrackerField f) {
        String t = text(row, f);
        if (t != null && t.length() > 64) {
            problem(row, f, TrackerText.text("migrate.problem.tooLong", 64));
            return null;
        }
        return t;
    }

    private static Set<ReferralRoute> routes(String reason) {
        Set<ReferralRoute> out = EnumSet.noneOf(ReferralRoute.class);
        if (reason == null) {
            return out;
        }
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("visible") || r.contains("dash") || r.contains("14") || r.contains("high risk")) {
            out.add(ReferralRoute.VISIBLE_HIGH_RISK);
        }
        if (r.contains("professional") || r.contains("judgement") || r.contains("judgment")) {
            out.add(ReferralRoute.PROFESSIONAL_JUDGEMENT);
        }
        if (r.contains("escalat")) {
            out.add(ReferralRoute.POTENTIAL_ESCALATION);
        }
        return out;
    }

    private String notes(TrackerSheet.Row row) {
        List<String> parts = new ArrayList<>();
        add(parts, "Reason", text(row, REASON));
        Integer children = number(row, CHILDREN, 30);
        if (children != null) {
            parts.add("Children (tracker): " + children);
        }
        add(parts, "Idva", text(row, IDVA));
        add(parts, null, text(row, NOTES));
        for (String col : mapping.keepAsNotes()) {
            int c = sheet.column(col);
            TrackerCell cell = row.cell(c);
            if (c >= 0 && !cell.isBlank()) {
                add(parts, col, cell.shown());
            }
        }
        String notes = String.join("\n", parts);
        if (notes.length() > 20000) {
            problems.add(new TrackerProblem(row.line(), null, null, TrackerText.text("migrate.problem.notesTooLong")));
        }
        return notes.isEmpty() ? null : notes;
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label == null ? value.strip() : label + ": " + value.strip());
        }
    }
}
