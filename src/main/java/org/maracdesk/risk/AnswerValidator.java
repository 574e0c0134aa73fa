package org.maracdesk.risk;

import java.util.Map;

/** Checks a sheet against its instrument: known items, allowed answers, known sub-items. */
final class AnswerValidator {

    void validate(Instrument instrument, AnswerSheet sheet) {
        if (!instrument.id().equals(sheet.instrumentId())) {
            throw new RiskInputException("instrument", "the answers are for " + sheet.instrumentId()
                    + " but are being scored with " + instrument.id());
        }
        for (Map.Entry<String, ItemAnswer> entry : sheet.answers().entrySet()) {
            String field = "answers." + entry.getKey();
            Item item = instrument.item(entry.getKey()).orElseThrow(() -> new RiskInputException(field,
                    instrument.id() + " has no item " + entry.getKey()));
            check(instrument, item, entry.getValue(), field);
        }
    }

    private void check(Instrument instrument, Item item, ItemAnswer answer, String field) {
        if (!item.answerType().allows(answer.value())) {
            throw new RiskInputException(field, Words.quoted(answer.value().jsonName()) + " is not allowed for "
                    + instrument.id() + " item " + item.id() + "; use "
                    + Words.oneOf(Answer.jsonNames(item.answerType().allowed())));
        }
        if (answer.selected().isEmpty()) {
            return;
        }
        if (answer.value() != Answer.YES) {
            throw new RiskInputException(field + ".selected", "sub-items can be ticked only with a yes answer");
        }
        for (int i = 0; i < answer.selected().size(); i++) {
            String subItem = answer.selected().get(i);
            if (!item.hasSubItem(subItem)) {
                throw new RiskInputException(field + ".selected[" + i + "]", Words.quoted(subItem)
                        + " is not a sub-item of " + item.id() + "; " + subItemChoice(item));
            }
        }
    }

    private static String subItemChoice(Item item) {
        return item.subItems().isEmpty()
                ? item.id() + " has no sub-items"
                : "use " + Words.oneOf(item.subItems().stream().map(SubItem::id).toList());
    }
}
