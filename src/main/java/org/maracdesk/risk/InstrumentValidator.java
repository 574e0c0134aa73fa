package org.maracdesk.risk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks on a parsed instrument, all collected as {@code field: problem}. */
final class InstrumentValidator {
    private static final Pattern INSTRUMENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final Instrument instrument;
    private final List<String> problems = new ArrayList<>();

    InstrumentValidator(Instrument instrument) {
        this.instrument = instrument;
    }

    List<String> problems() {
        if (!INSTRUMENT_ID.matcher(instrument.id()).matches()) {
            add("id", Words.quoted(instrument.id()) + " is not a valid id; use lower-case letters, digits and '-'");
        }
        checkItems();
        checkBands();
        new RuleValidator(instrument, problems).check();
        checkNorms();
        return List.copyOf(problems);
    }

    private void checkItems() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < instrument.items().size(); i++) {
            Item item = instrument.items().get(i);
            String path = "items[" + i + "]";
            if (!seen.add(item.id())) {
                add(path + ".id", "duplicate item id " + item.id());
            } else if (!ITEM_ID.matcher(item.id()).matches()) {
                add(path + ".id", Words.quoted(item.id())
                        + " is not a valid item id; use letters, digits, '_' and '-'");
            }
            if (item.weight() < 1) {
                add(path + ".weight", item.weight() + " is not allowed; a weight is a whole number of 1 or more");
            }
            checkSubItems(item, path);
        }
    }

    private void checkSubItems(Item item, String path) {
        Set<String> seen = new HashSet<>();
        for (int s = 0; s < item.subItems().size(); s++) {
            String id = item.subItems().get(s).id();
            if (!seen.add(id)) {
                add(path + ".subItems[" + s + "].id", "duplicate sub-item id " + id + " in item " + item.id());
            }
        }
    }

    private void checkBands() {
        if (!(instrument.banding() instanceof Banding.Fixed fixed)) {
            return;
        }
        if (fixed.bands().isEmpty()) {
            add("bands", "must list at least one band, or be left out");
            return;
        }
        Set<String> ids = new HashSet<>();
        List<Range> ranges = new ArrayList<>();
        for (int i = 0; i < fixed.bands().size(); i++) {
            Band band = fixed.bands().get(i);
            if (!ids.add(band.id())) {
                add("bands[" + i + "].id", "duplicate band id " + band.id());
            }
            ranges.add(new Range("bands[" + i + "]", band.min(), band.max()));
        }
        checkCoverage(ranges, "bands");
    }

    private void checkNorms() {
        instrument.norms().ifPresent(norms -> {
            List<Range> ranges = new ArrayList<>();
            for (int i = 0; i < norms.rows().size(); i++) {
                NormRow row = norms.rows().get(i);
                String path = "norms.rows[" + i + "]";
                ranges.add(new Range(path, row.min(), row.max()));
                checkPercent(path + ".recidivismPercent", row.recidivismPercent());
                checkPercent(path + ".samplePercent", row.samplePercent());
                checkPercent(path + ".lowerPercent", row.lowerPercent());
                checkPercent(path + ".higherPercent", row.higherPercent());
            }
            if (ranges.isEmpty()) {
                add("norms.rows", "must list at least one row");
            } else {
                checkCoverage(ranges, "norms.rows");
            }
        });
    }

    private void checkPercent(String path, int value) {
        if (value < 0 || value > 100) {
            add(path, value + " is not a percentage (0–100)");
        }
    }

    /** Ranges in order must run from 0 to the highest possible score without gaps or overlaps. */
    private void checkCoverage(List<Range> ranges, String what) {
        int expected = 0;
        for (int i = 0; i < ranges.size(); i++) {
            Range r = ranges.get(i);
            if (r.min() > expected) {
                add(r.path() + ".min", "gap: no entry covers " + gap(expected, r.min() - 1));
            } else if (r.min() < expected) {
                add(r.path() + ".min", "overlap: " + r.min() + " is already covered by the entry before");
            }
            if (r.max() == null) {
                if (i < ranges.size() - 1) {
                    add(r.path() + ".max", "only the last entry may be open-ended");
                }
                return;
            }
            if (r.max() < r.min()) {
                add(r.path() + ".max", r.max() + " is below min " + r.min());
            }
            expected = Math.max(expected, r.max() + 1);
        }
        if (expected <= instrument.maxScore()) {
            add(what, "do not cover " + gap(expected, instrument.maxScore()) + " (the highest possible score is "
                    + instrument.maxScore() + ")");
        }
    }

    private static String gap(int from, int to) {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }

    private void add(String field, String problem) {
        problems.add(field + ": " + problem);
    }

    private record Range(String path, int min, Integer max) {
    }
}
