package org.maracdesk.risk;

import java.util.List;

/**
 * One question of an instrument.
 *
 * @param textKey message key for the UI ({@code instrument.dash-24.q1})
 * @param text the English prompt, paraphrased, so the engine needs no resource bundle
 * @param serious flagged as a serious factor when answered yes
 * @param weight points for a yes (1 unless the instrument is weighted)
 */
public record Item(String id, String textKey, String text, AnswerType answerType, boolean serious, int weight,
        List<SubItem> subItems) {

    public Item {
        subItems = List.copyOf(subItems);
    }

    public boolean hasSubItem(String subItemId) {
        return subItems.stream().anyMatch(s -> s.id().equals(subItemId));
    }
}
