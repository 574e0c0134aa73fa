package org.maracdesk.exchange.referrals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSV header vocabulary. A column is a dotted path ({@code victim.dateOfBirth}); repeated
 * groups are numbered from 1 ({@code perpetrator2.familyName}, {@code child1.school});
 * checklist answers are {@code risk.q1} … (with optional {@code risk.q1.source},
 * {@code risk.q1.comment}); lists in one cell are separated by {@code ;}.
 */
final class CsvColumns {
    /** CSV group prefix → JSON array name. */
    static final Map<String, String> GROUPS = Map.of("perpetrator", "perpetrators", "child", "children",
            "otherAtRisk", "othersAtRisk", "mustNotReceive", "mustNotReceive");
    static final Set<String> LIST_FIELDS = Set.of("flags", "victim.aliases", "police.crimeNumbers", "aliases",
            "policeAndCourts.crimeReferences", "policeAndCourts.courtDates");
    private static final Pattern GROUP = Pattern.compile("^(perpetrator|child|otherAtRisk|mustNotReceive)([1-9][0-9]?)\\.(.+)$");
    private static final Pattern ANSWER = Pattern.compile("^risk\\.([A-Za-z0-9_-]+)(?:\\.(source|comment))?$");
    private static final Set<String> RISK_FIELDS = Set.of("instrument", "policeIncidentsLast12Months",
            "professionalJudgement");

    private CsvColumns() {
    }

    /** Where a column's value goes: a JSON path, its group and number (0 when not grouped). */
    record Target(String path, String group, int number) {
    }

    static Target target(String column) {
        Matcher g = GROUP.matcher(column);
        if (g.matches()) {
            return new Target(g.group(3), GROUPS.get(g.group(1)), Integer.parseInt(g.group(2)));
        }
        Matcher a = ANSWER.matcher(column);
        if (a.matches() && !RISK_FIELDS.contains(a.group(1))) {
            return new Target("risk.answers." + a.group(1) + "." + (a.group(2) == null ? "value" : a.group(2)), null,
                    0);
        }
        return new Target(column, null, 0);
    }

    /** The CSV column for a JSON path, given the group numbers this row actually used. */
    static String column(String path, Map<String, List<Integer>> numbersUsed) {
        for (Map.Entry<String, String> g : GROUPS.entrySet()) {
            String array = g.getValue();
            if (path.equals(array)) {
                return g.getKey() + "1";
            }
            Matcher m = Pattern.compile("^" + array + "\\[(\\d+)\\](.*)$").matcher(path);
            if (m.matches()) {
                int i = Integer.parseInt(m.group(1));
                List<Integer> used = numbersUsed.getOrDefault(array, List.of());
                int number = i < used.size() ? used.get(i) : i + 1;
                return g.getKey() + number + listless(m.group(2));
            }
        }
        if (path.startsWith("risk.answers.")) {
            return "risk." + path.substring("risk.answers.".length()).replaceFirst("\\.value$", "");
        }
        return listless(path.equals("risk.answers") ? "risk" : path);
    }

    private static String listless(String path) {
        return path.replaceAll("\\[\\d+\\]$", "");
    }
}
