package org.maracdesk.casework.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores one existing person against a query (0 to 100). Points: surname 40 (spelt differently
 * 22 or 30), first name 25 (initial 12, spelt differently 18), names swapped 55, date of birth
 * 30 (day and month swapped 24, different −30), postcode 10 (same district 5). A person is
 * reported from {@link #REPORT_FROM}; the surname must be similar, or else first name and date of
 * birth must both agree (a changed surname). Stateless.
 */
public final class MatchScorer {
    public static final int REPORT_FROM = 50;
    public static final int LIKELY_FROM = 75;
    private static final int SAME_DOB = 30;

    public Optional<PersonMatch> score(PersonQuery query, Candidate candidate) {
        NameEvidence name = bestName(query, candidate);
        Part dob = dateOfBirth(query.dateOfBirth(), candidate.dateOfBirth());
        Part postcode = postcode(query.postcode(), candidate.postcode());
        boolean similarName = name.familyPoints() > 0 || name.givenPoints() >= 18 && dob.points >= 24;
        int score = Math.max(0, Math.min(100, name.points() + dob.points + postcode.points));
        if (!similarName || score < REPORT_FROM) {
            return Optional.empty();
        }
        List<MatchReason> reasons = new ArrayList<>();
        reasons.add(dob.reason);
        reasons.addAll(name.reasons());
        if (postcode.reason != null) {
            reasons.add(postcode.reason);
        }
        MatchStrength strength = name.exactRecordedName() && dob.points == SAME_DOB ? MatchStrength.EXACT
                : score >= LIKELY_FROM ? MatchStrength.LIKELY : MatchStrength.POSSIBLE;
        return Optional.of(new PersonMatch(candidate.personId(), candidate.givenName(), candidate.familyName(),
                candidate.dateOfBirth(), candidate.postcode(), score, strength, reasons));
    }

    private static NameEvidence bestName(PersonQuery query, Candidate candidate) {
        NameEvidence best = null;
        List<NameForm> candidateForms = NameForm.all(candidate.givenName(), candidate.familyName(),
                Names.aliasList(candidate.aliases()));
        for (NameForm q : NameForm.all(query.givenName(), query.familyName(), query.aliases())) {
            for (NameForm c : candidateForms) {
                NameEvidence e = NameEvidence.compare(q, c);
                if (best == null || e.points() > best.points()
                        || e.points() == best.points() && e.exactRecordedName() && !best.exactRecordedName()) {
                    best = e;
                }
            }
        }
        return best;
    }

    private static Part dateOfBirth(LocalDate q, LocalDate c) {
        if (q == null || c == null) {
            return new Part(0, MatchReason.NO_DATE_OF_BIRTH_TO_COMPARE);
        }
        if (q.equals(c)) {
            return new Part(SAME_DOB, MatchReason.SAME_DATE_OF_BIRTH);
        }
        if (c.equals(dayMonthSwapped(q))) {
            return new Part(24, MatchReason.DATE_OF_BIRTH_DAY_MONTH_SWAPPED);
        }
        return new Part(-30, MatchReason.DIFFERENT_DATE_OF_BIRTH);
    }

    /** The date with day and month exchanged, or null when that is no different or no date. */
    public static LocalDate dayMonthSwapped(LocalDate date) {
        if (date == null || date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return null;
        }
        return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    }

    private static Part postcode(String q, String c) {
        String a = Names.postcode(q);
        String b = Names.postcode(c);
        if (a.isEmpty() || b.isEmpty()) {
            return new Part(0, null);
        }
        if (a.equals(b)) {
            return new Part(10, MatchReason.SAME_POSTCODE);
        }
        String outward = Names.outwardCode(a);
        return !outward.isEmpty() && outward.equals(Names.outwardCode(b))
                ? new Part(5, MatchReason.SAME_OUTWARD_CODE) : new Part(0, null);
    }

    private record Part(int points, MatchReason reason) {
    }
}
