package org.maracdesk.casework.matching;

import java.util.ArrayList;
import java.util.List;

/** How two ways of writing a name compare: points for the surname and the first name, and why. */
record NameEvidence(int familyPoints, int givenPoints, List<MatchReason> reasons, boolean exactRecordedName) {
    static final int SAME_SURNAME = 40;
    static final int SAME_FIRST_NAME = 25;

    int points() {
        return familyPoints + givenPoints;
    }

    static NameEvidence compare(NameForm q, NameForm c) {
        if (swapped(q, c)) {
            return new NameEvidence(35, 20, withAlias(List.of(MatchReason.NAMES_SWAPPED), q, c), false);
        }
        Part family = family(q.family(), c.family());
        Part given = given(q, c);
        List<MatchReason> reasons = new ArrayList<>();
        boolean sameName = family.points == SAME_SURNAME && given.points == SAME_FIRST_NAME;
        boolean alias = q.alias() || c.alias();
        if (sameName && !alias) {
            reasons.add(MatchReason.SAME_NAME);
        } else if (!sameName) {
            family.addTo(reasons);
            given.addTo(reasons);
        }
        return new NameEvidence(family.points, given.points, withAlias(reasons, q, c), sameName && !alias);
    }

    private static List<MatchReason> withAlias(List<MatchReason> reasons, NameForm q, NameForm c) {
        List<MatchReason> out = new ArrayList<>(reasons);
        if (q.alias() || c.alias()) {
            out.add(MatchReason.MATCHES_ALIAS);
        }
        return out;
    }

    private static boolean swapped(NameForm q, NameForm c) {
        return !q.given().isEmpty() && !q.family().isEmpty() && !q.given().equals(q.family())
                && q.given().equals(c.family()) && q.family().equals(c.given());
    }

    private static Part family(String q, String c) {
        if (q.isEmpty() || c.isEmpty()) {
            return Part.NONE;
        }
        if (q.equals(c)) {
            return new Part(SAME_SURNAME, MatchReason.SAME_SURNAME);
        }
        double similarity = JaroWinkler.similarity(q, c);
        boolean soundsAlike = PhoneticKey.of(q).equals(PhoneticKey.of(c));
        if (similarity >= 0.92 || soundsAlike && similarity >= 0.80) {
            return new Part(30, MatchReason.SURNAME_SPELT_DIFFERENTLY);
        }
        if (similarity >= 0.85 || soundsAlike) {
            return new Part(22, MatchReason.SURNAME_SPELT_DIFFERENTLY);
        }
        return new Part(0, MatchReason.DIFFERENT_SURNAME);
    }

    private static Part given(NameForm q, NameForm c) {
        String a = q.given();
        String b = c.given();
        if (a.isEmpty() || b.isEmpty()) {
            return Part.NONE;
        }
        if (a.equals(b)) {
            return new Part(SAME_FIRST_NAME, MatchReason.SAME_FIRST_NAME);
        }
        if (q.givenFirstWord().equals(c.givenFirstWord())) {
            return new Part(22, MatchReason.SAME_FIRST_NAME);
        }
        if (a.length() == 1 && b.startsWith(a) || b.length() == 1 && a.startsWith(b)) {
            return new Part(12, MatchReason.FIRST_NAME_AS_INITIAL);
        }
        double similarity = JaroWinkler.similarity(a, b);
        if (similarity >= 0.90 || similarity >= 0.80 && PhoneticKey.of(a).equals(PhoneticKey.of(b))) {
            return new Part(18, MatchReason.FIRST_NAME_SPELT_DIFFERENTLY);
        }
        return new Part(0, MatchReason.DIFFERENT_FIRST_NAME);
    }

    private record Part(int points, MatchReason reason) {
        static final Part NONE = new Part(0, null);

        void addTo(List<MatchReason> reasons) {
            if (reason != null) {
                reasons.add(reason);
            }
        }
    }
}
