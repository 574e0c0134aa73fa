package org.maracdesk.casework.matching;

import java.util.ArrayList;
import java.util.List;

/** One way of writing a person's name, compacted: the recorded name or one of the aliases. */
record NameForm(String given, String family, String givenFirstWord, boolean alias) {

    static NameForm primary(String given, String family) {
        return new NameForm(Names.compact(given), Names.compact(family), Names.firstWord(given), false);
    }

    /**
     * The recorded name and each alias. An alias of several words is a full name (its last word
     * the surname); a one-word alias may be either a first name or a surname, so it gives both.
     */
    static List<NameForm> all(String given, String family, List<String> aliases) {
        List<NameForm> forms = new ArrayList<>();
        NameForm primary = primary(given, family);
        forms.add(primary);
        for (String alias : aliases) {
            String folded = Names.fold(alias);
            if (folded.isEmpty()) {
                continue;
            }
            int last = folded.lastIndexOf(' ');
            if (last < 0) {
                forms.add(new NameForm(primary.given(), folded, primary.givenFirstWord(), true));
                forms.add(new NameForm(folded, primary.family(), folded, true));
            } else {
                String aliasGiven = folded.substring(0, last);
                forms.add(new NameForm(aliasGiven.replace(" ", ""), folded.substring(last + 1),
                        Names.firstWord(aliasGiven), true));
            }
        }
        return forms;
    }
}
