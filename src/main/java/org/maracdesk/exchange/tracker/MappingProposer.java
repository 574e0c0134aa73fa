package org.maracdesk.exchange.tracker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Proposes a mapping from the header's names and the values below them: a header that is a known
 * name for a field scores highest, one that contains such a name less; date fields need a column of
 * mostly dates, the score a column of mostly whole numbers, a one-cell name a column of mostly
 * several words. Headers naming the perpetrator are only considered for perpetrator fields. Each
 * field takes one column and each column one field; the rest are proposed to be kept as notes. The
 * agency and district names of the file are listed with what they were matched to ("" when nothing).
 */
public final class MappingProposer {
    private static final Set<TrackerField> DATES = Set.of(TrackerField.VICTIM_DOB, TrackerField.MARAC_DATE,
            TrackerField.REFERRAL_DATE);
    private static final Set<TrackerField> PERPETRATOR = Set.of(TrackerField.PERPETRATOR_NAME,
            TrackerField.PERPETRATOR_FORENAME, TrackerField.PERPETRATOR_SURNAME, TrackerField.RELATIONSHIP);

    private MappingProposer() {
    }

    private record Fit(TrackerField field, int column, int score) {
    }

    public static ColumnMapping propose(TrackerSheet sheet, Vocabularies vocab, LocalDate today) {
        List<Fit> fits = new ArrayList<>();
        for (int c = 0; c < sheet.header().size(); c++) {
            String h = squash(sheet.header().get(c));
            boolean perp = h.contains("perp") || h.contains("abuser") || h.contains("offender");
            for (TrackerField f : TrackerField.values()) {
                int score = score(f, h, perp);
                if (score > 0 && valuesFit(f, column(sheet, c), today)) {
                    fits.add(new Fit(f, c, score));
                }
            }
        }
        fits.sort(Comparator.comparingInt(Fit::score).reversed().thenComparingInt(Fit::column));
        Map<TrackerField, String> columns = new EnumMap<>(TrackerField.class);
        Set<Integer> used = new TreeSet<>();
        for (Fit f : fits) {
            if (!columns.containsKey(f.field()) && used.add(f.column())) {
                columns.put(f.field(), sheet.header().get(f.column()));
            }
        }
        preferSplitNames(columns);
        List<String> keep = sheet.header().stream().filter(h -> !columns.containsValue(h))
                .filter(h -> column(sheet, sheet.column(h)).stream().anyMatch(x -> !x.isBlank())).toList();
        ColumnMapping draft = new ColumnMapping(columns, keep, Map.of(), Map.of());
        return new ColumnMapping(columns, keep, names(sheet, draft, TrackerField.AGENCY, vocab::agency),
                vocab.districts().isEmpty() ? Map.of() : names(sheet, draft, TrackerField.DISTRICT, vocab::district));
    }

    /**
     * The mapping with every agency and district name its columns hold listed: placed as the mapping
     * places it, else as the vault's names match it, else "" (not placed). Names the mapping places that
     * this file does not hold are kept, so a saved mapping read and written again loses nothing.
     */
    public static ColumnMapping withNames(TrackerSheet sheet, ColumnMapping m, Vocabularies vocab) {
        Map<String, String> agencies = merged(names(sheet, m, TrackerField.AGENCY, vocab::agency), m.agencies());
        Map<String, String> districts = vocab.districts().isEmpty() ? m.districts()
                : merged(names(sheet, m, TrackerField.DISTRICT, vocab::district), m.districts());
        return new ColumnMapping(m.columns(), m.keepAsNotes(), agencies, districts);
    }

    private static Map<String, String> merged(Map<String, String> found, Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        found.forEach((name, placed) -> {
            String mapped = placed(given, name);
            out.put(name, mapped != null && !mapped.isBlank() ? mapped : placed);
        });
        given.forEach((name, placed) -> {
            if (placed(out, name) == null) {
                out.put(name, placed);
            }
        });
        return out;
    }

    /** A forename and surname column pair wins over a one-cell name (which is then kept as notes). */
    private static void preferSplitNames(Map<TrackerField, String> columns) {
        if (columns.containsKey(TrackerField.VICTIM_FORENAME) && columns.containsKey(TrackerField.VICTIM_SURNAME)) {
            columns.remove(TrackerField.VICTIM_NAME);
        } else if (columns.containsKey(TrackerField.VICTIM_NAME)) {
            columns.remove(TrackerField.VICTIM_FORENAME);
            columns.remove(TrackerField.VICTIM_SURNAME);
        }
        if (columns.containsKey(TrackerField.PERPETRATOR_FORENAME)
                && columns.containsKey(TrackerField.PERPETRATOR_SURNAME)) {
            columns.remove(TrackerField.PERPETRATOR_NAME);
        } else if (columns.containsKey(TrackerField.PERPETRATOR_NAME)) {
            columns.remove(TrackerField.PERPETRATOR_FORENAME);
            columns.remove(TrackerField.PERPETRATOR_SURNAME);
        }
    }

    private static Map<String, String> names(TrackerSheet sheet, ColumnMapping m, TrackerField f,
                                             java.util.function.Function<String, String> place) {
        Map<String, String> out = new LinkedHashMap<>();
        int c = sheet.column(m.column(f));
        if (c < 0) {
            return out;
        }
        for (TrackerCell cell : column(sheet, c)) {
            String name = cell.shown().strip();
            if (!name.isEmpty() && !TrackerDates.isUnknown(name) && placed(out, name) == null) {
                String placed = place.apply(name);
                out.put(name, placed == null ? "" : placed);
            }
        }
        return out;
    }

    /**
     * How a mapping places a name: the entry of that name, else the entry spelt the same once case,
     * spaces and punctuation are ignored ("NORTH" as "North"); null when it has none.
     */
    static String placed(Map<String, String> names, String name) {
        String exact = names.get(name);
        if (exact != null) {
            return exact;
        }
        String key = Vocabularies.squash(name);
        return names.entrySet().stream().filter(e -> Vocabularies.squash(e.getKey()).equals(key))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    static String squash(String header) {
        return header.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static int score(TrackerField f, String h, boolean perp) {
        if (f.headers().contains(h)) {
            return 3;
        }
        if (perp != PERPETRATOR.contains(f) && f != TrackerField.RELATIONSHIP || h.contains("birth")
                && f != TrackerField.VICTIM_DOB || h.contains("dob") && f != TrackerField.VICTIM_DOB) {
            return 0;
        }
        return f.headers().stream().anyMatch(s -> s.length() >= 3 && h.contains(s)) ? 1 : 0;
    }

    private static List<TrackerCell> column(TrackerSheet sheet, int c) {
        return sheet.rows().stream().map(r -> r.cell(c)).toList();
    }

    /** Whether the values below a header look like the field's (half of the non-blank ones at least). */
    private static boolean valuesFit(TrackerField f, List<TrackerCell> cells, LocalDate today) {
        List<TrackerCell> filled = cells.stream().filter(c -> !c.isBlank() && !TrackerDates.isUnknown(c.shown()))
                .limit(200).toList();
        if (filled.isEmpty()) {
            return true;
        }
        TrackerDates.Order order = TrackerDates.order(filled);
        long fitting = filled.stream().filter(c -> switch (f) {
            case VICTIM_DOB, MARAC_DATE, REFERRAL_DATE -> !(TrackerDates.read(c, order, TrackerDates.Kind.EVENT,
                    today) instanceof TrackerDates.Bad) || c.date() != null;
            case DASH_SCORE, CHILDREN -> c.shown().matches("\\d{1,2}(\\.0+)?");
            case VICTIM_NAME, PERPETRATOR_NAME -> c.shown().strip().contains(" ") || c.shown().contains(",");
            default -> !DATES.contains(f);
        }).count();
        return fitting * 2 >= filled.size();
    }
}
