package org.maracdesk.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers of one sheet sorted by kind, in item order. Only yes counts; missing items are
 * counted with not asked, never as no.
 *
 * @param uncertainWeight points the not-asked and don't-know items would add if all were yes
 */
record Tally(int score, Set<String> yes, List<String> notAsked, List<String> dontKnow, int uncertainWeight,
        List<String> serious, Map<String, String> sources) {

    static Tally of(Instrument instrument, AnswerSheet sheet) {
        int score = 0;
        int uncertain = 0;
        List<String> yes = new ArrayList<>();
        List<String> notAsked = new ArrayList<>();
        List<String> dontKnow = new ArrayList<>();
        List<String> serious = new ArrayList<>();
        for (Item item : instrument.items()) {
            switch (sheet.valueOf(item.id())) {
                case YES -> {
                    score += item.weight();
                    yes.add(item.id());
                    if (item.serious()) {
                        serious.add(item.id());
                    }
                }
                case NOT_ASKED -> {
                    notAsked.add(item.id());
                    uncertain += item.weight();
                }
                case DONT_KNOW -> {
                    dontKnow.add(item.id());
                    uncertain += item.weight();
                }
                case NO -> {
                    // counts nothing
                }
            }
        }
        return new Tally(score, Set.copyOf(yes), List.copyOf(notAsked), List.copyOf(dontKnow), uncertain,
                List.copyOf(serious), sources(instrument, sheet));
    }

    private static Map<String, String> sources(Instrument instrument, AnswerSheet sheet) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            sheet.answer(item.id()).map(ItemAnswer::source).ifPresent(s -> sources.put(item.id(), s));
        }
        return sources;
    }

    boolean isYes(String itemId) {
        return yes.contains(itemId);
    }
}
