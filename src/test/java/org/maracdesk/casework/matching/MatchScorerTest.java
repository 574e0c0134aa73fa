package org.maracdesk.casework.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scoring one stored person against a query; all names are invented. */
class MatchScorerTest {
    private static final LocalDate DOB = LocalDate.of(1990, 4, 7);
    private final MatchScorer scorer = new MatchScorer();

    private Optional<PersonMatch> score(PersonQuery q, String given, String family, String aliases, LocalDate dob,
                                        String postcode) {
        return scorer.score(q, new Candidate(1, given, family, aliases, dob, postcode));
    }

    @Test
    void sameNormalisedNameAndDateOfBirthIsExact() {
        PersonMatch m = score(PersonQuery.of("Zoë", "O'Brennagh", DOB, null), "ZOE", "O Brennagh", null, DOB,
                null).orElseThrow();
        assertEquals(MatchStrength.EXACT, m.strength());
        assertEquals("same date of birth; same name", m.explanation());
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({"Pellworth, Pelworth", "Smyth, Smith", "Thomsen, Thompson", "Kowalsky, Kowalski",
        "Quillfeather, Quilfeather", "Mcallister, MacAllister", "Harrowfeild, Harrowfield"})
    void misspeltSurnameWithTheSameBirthDateIsALikelyMatchNeverExact(String typed, String stored) {
        PersonMatch m = score(PersonQuery.of("Marnie", typed, DOB, null), "Marnie", stored, null, DOB, null)
                .orElseThrow(() -> new AssertionError(typed + " did not find " + stored));
        assertEquals(MatchStrength.LIKELY, m.strength());
        assertEquals("same date of birth; surname spelt differently; same first name", m.explanation());
    }

    @Test
    void misspeltSurnameWithoutABirthDateIsStillReported() {
        PersonMatch m = score(PersonQuery.of("Marnie", "Pelworth", null, "QK2 4NB"), "Marnie", "Pellworth", null,
                DOB, "QK24NB").orElseThrow();
        assertEquals(MatchStrength.POSSIBLE, m.strength());
        assertTrue(m.reasons().contains(MatchReason.NO_DATE_OF_BIRTH_TO_COMPARE));
        assertTrue(m.reasons().contains(MatchReason.SAME_POSTCODE));
    }

    @Test
    void aliasOnRecordMatchesAFormerSurname() {
        PersonMatch m = score(PersonQuery.of("Delphine", "Thistle", DOB, null), "Delphine", "O'Rourke",
                "Del Thistle; Delphine Thistle", DOB, null).orElseThrow();
        assertEquals(MatchStrength.LIKELY, m.strength(), "an alias is never an exact match");
        assertEquals("same date of birth; matches a recorded alias", m.explanation());
    }

    @Test
    void oneWordAliasMatchesAsAFirstName() {
        PersonMatch m = score(PersonQuery.of("Del", "O'Rourke", DOB, null), "Delphine", "O'Rourke", "Del", DOB,
                null).orElseThrow();
        assertTrue(m.reasons().contains(MatchReason.MATCHES_ALIAS));
    }

    @Test
    void aliasGivenWithTheQueryMatchesTheStoredName() {
        PersonQuery q = new PersonQuery("Keeley", "Harrowfield", List.of("Keeley Brackenbury"), DOB, null);
        assertTrue(score(q, "Keeley", "Brackenbury", null, DOB, null).orElseThrow().reasons()
                .contains(MatchReason.MATCHES_ALIAS));
    }

    @Test
    void dayAndMonthSwappedInTheBirthDateIsLikely() {
        PersonMatch m = score(PersonQuery.of("Ioana", "Maric", LocalDate.of(1985, 9, 3), null), "Ioana", "Marić",
                null, LocalDate.of(1985, 3, 9), null).orElseThrow();
        assertEquals(MatchStrength.LIKELY, m.strength());
        assertEquals("date of birth with day and month swapped; same name", m.explanation());
    }

    @Test
    void changedSurnameWithSameFirstNameAndBirthDateIsPossible() {
        PersonMatch m = score(PersonQuery.of("Sofia", "Ashby", DOB, null), "Sofia", "Larkspur", null, DOB, null)
                .orElseThrow();
        assertEquals(MatchStrength.POSSIBLE, m.strength());
        assertEquals("same date of birth; different surname; same first name", m.explanation());
    }

    @Test
    void firstNameAndSurnameSwappedAreNoticed() {
        PersonMatch m = score(PersonQuery.of("Khan", "Amira", DOB, null), "Amira", "Khan", null, DOB, null)
                .orElseThrow();
        assertTrue(m.reasons().contains(MatchReason.NAMES_SWAPPED));
    }

    @Test
    void sameOutwardCodeCountsALittle() {
        PersonMatch m = score(PersonQuery.of("Hanna", "Vale", null, "QF2 8LT"), "Hanna", "Vale", null, null,
                "QF2 1AB").orElseThrow();
        assertTrue(m.reasons().contains(MatchReason.SAME_OUTWARD_CODE));
    }

    @Test
    void unrelatedPeopleAreNotMatched() {
        PersonQuery q = PersonQuery.of("Marnie", "Pellworth", DOB, "QK2 4NB");
        assertEquals(Optional.empty(), score(q, "Craig", "Pellworth", null, LocalDate.of(1988, 11, 2), "QK2 4NB"),
                "same surname and address, different first name and birth date");
        assertEquals(Optional.empty(), score(q, "Marnie", "Pellworth", null, LocalDate.of(1972, 1, 30), null),
                "same name, different birth date");
        assertEquals(Optional.empty(), score(q, "Hanna", "Vale", null, DOB, "QK2 4NB"),
                "same birth date and postcode, different name");
        assertEquals(Optional.empty(), score(q, "Marcus", "Pennington", null, DOB, null),
                "same birth date, similar-looking but different names");
    }
}
