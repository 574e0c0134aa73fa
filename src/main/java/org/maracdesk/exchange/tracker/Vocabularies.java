package org.maracdesk.exchange.tracker;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maracdesk.casework.Agency;

/**
 * The vault's agencies and districts, and how a tracker's way of naming them is matched: the same
 * code or name once case, spaces and punctuation are ignored, or for agencies a word that names
 * exactly one of them ("Kent Police" → police, "Children's Services" → csc).
 */
public record Vocabularies(Map<String, String> agencies, List<String> districts) {
    private static final Map<String, List<String>> WORDS = Map.ofEntries(
            Map.entry("police", List.of("police", "constabulary")),
            Map.entry("idva", List.of("idva", "ida", "domesticabuseservice", "womensaid")),
            Map.entry("csc", List.of("childrenssocialcare", "childrensservices", "csc", "childrenssocialwork",
                    "socialcarechildren", "earlyhelp")),
            Map.entry("asc", List.of("adultsocialcare", "asc", "adultservices")),
            Map.entry("gp", List.of("gp", "generalpractice", "surgery")),
            Map.entry("acute-health", List.of("hospital", "ae", "emergencydepartment", "acute", "maternity",
                    "midwife", "midwifery")),
            Map.entry("mental-health", List.of("mentalhealth", "cmht", "nhft")),
            Map.entry("housing", List.of("housing", "homeless")),
            Map.entry("rsl", List.of("rsl", "housingassociation", "registeredsocial")),
            Map.entry("probation", List.of("probation", "crc", "nps")),
            Map.entry("education", List.of("education", "school", "college")),
            Map.entry("substance-misuse", List.of("substance", "drug", "alcohol")),
            Map.entry("fire", List.of("fire")),
            Map.entry("ambulance", List.of("ambulance")),
            Map.entry("cafcass", List.of("cafcass")));

    /** The agency code a name stands for, or null when it names none or several. */
    public String agency(String name) {
        String n = squash(name);
        for (Map.Entry<String, String> a : agencies.entrySet()) {
            if (squash(a.getKey()).equals(n) || squash(a.getValue()).equals(n)) {
                return a.getKey();
            }
        }
        String found = null;
        for (Map.Entry<String, List<String>> w : WORDS.entrySet()) {
            if (w.getValue().stream().anyMatch(x -> n.equals(x) || x.length() > 3 && n.contains(x))
                    && (agencies.isEmpty() || agencies.containsKey(w.getKey()))) {
                if (found != null && !found.equals(w.getKey())) {
                    return w.getKey().equals("rsl") || found.equals("rsl") ? "rsl" : null;
                }
                found = w.getKey();
            }
        }
        return found != null ? found : Agency.fromCode(name.strip().toLowerCase(Locale.ROOT)).map(Agency::code)
                .orElse(null);
    }

    /** The vault's district of that name, or null. */
    public String district(String name) {
        String n = squash(name);
        return districts.stream().filter(d -> squash(d).equals(n)).findFirst().orElse(null);
    }

    static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replace("&", "").replaceAll("[^a-z0-9]", "");
    }
}
