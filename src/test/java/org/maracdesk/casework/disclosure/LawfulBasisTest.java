package org.maracdesk.casework.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.maracdesk.casework.disclosure.ConsentRecord.Consent;

class LawfulBasisTest {
    @Test
    void defaultsSurviveTheStoredForm() {
        assertEquals(LawfulBasis.DEFAULTS, LawfulBasis.parse(LawfulBasis.format(LawfulBasis.DEFAULTS)));
        assertEquals("PUBLIC-TASK", LawfulBasis.DEFAULTS.get(0).code());
        assertTrue(LawfulBasis.DEFAULTS.get(0).wording().contains("Sch 1 para 18"));
    }

    @Test
    void parseIsAllOrNothingWithTheLineNamed() {
        assertEquals(2, LawfulBasis.parse("a=First\n\n b = Second ").size());
        assertEquals("A", LawfulBasis.parse("a=First").get(0).code());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LawfulBasis.parse("A=x\nno equals"))
                .getMessage().startsWith("Line 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LawfulBasis.parse("A=x\na=y"))
                .getMessage().contains("repeats the code A"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LawfulBasis.parse("BAD CODE=x"))
                .getMessage().contains("capital letters"));
        assertThrows(IllegalArgumentException.class, () -> LawfulBasis.parse(" \n"));
    }

    @Test
    void findIgnoresCase() {
        assertEquals("CONSENT", LawfulBasis.find(LawfulBasis.DEFAULTS, " consent ").orElseThrow().code());
        assertTrue(LawfulBasis.find(LawfulBasis.DEFAULTS, "NOPE").isEmpty());
    }

    @Test
    void sharingWithoutConsentNeedsAReason() {
        assertNull(new ConsentRecord(Consent.GIVEN, "  ").overrideReason());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ConsentRecord(Consent.REFUSED, null))
                .getMessage().contains("Consent was refused"));
        assertThrows(IllegalArgumentException.class, () -> new ConsentRecord(Consent.NOT_SOUGHT, " "));
        assertEquals("risk of serious harm",
                new ConsentRecord(Consent.NOT_SOUGHT, " risk of serious harm ").overrideReason());
        assertThrows(IllegalArgumentException.class, () -> new ConsentRecord(null, "x"));
    }

    @Test
    void consentWordsForTheCommandLine() {
        assertEquals(Consent.NOT_SOUGHT, ConsentRecord.parseConsent("Not-Sought"));
        assertEquals(Consent.GIVEN, ConsentRecord.parseConsent("given"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConsentRecord.parseConsent("maybe"))
                .getMessage().contains("given, refused or not-sought"));
    }
}
