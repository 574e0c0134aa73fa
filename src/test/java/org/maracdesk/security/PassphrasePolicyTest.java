package org.maracdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassphrasePolicyTest {
    @ParameterizedTest(name = "{0} characters -> {1}")
    @CsvSource({"11, TOO_SHORT", "12, OK", "128, OK", "129, TOO_LONG"})
    void lengthIsTheOnlyRule(int length, String expected) {
        String p = "a".repeat(length);
        PassphrasePolicy.Problem problem = PassphrasePolicy.problem(p);
        if (expected.equals("OK")) {
            assertNull(problem);
        } else {
            assertEquals(PassphrasePolicy.Problem.valueOf(expected), problem);
        }
    }

    @ParameterizedTest(name = "\"{0}\" is acceptable")
    @CsvSource({"'all lower case words here'", "'ŁÓDŹ ŻÓŁĆ ĘŚĄ Ń'", "'😀😀😀😀😀😀😀😀😀😀😀😀'"})
    void noCompositionRulesAndAnyUnicode(String passphrase) {
        assertNull(PassphrasePolicy.problem(passphrase));
    }

    @org.junit.jupiter.api.Test
    void emojiCountOnceNotTwice() {
        assertEquals(PassphrasePolicy.Problem.TOO_SHORT, PassphrasePolicy.problem("😀".repeat(11)));
        assertEquals(11, PassphrasePolicy.length("😀".repeat(11)));
    }

    @ParameterizedTest(name = "\"{0}\" rates {1}")
    @CsvSource({"aaaaaaaaaaaa, WEAK", "correct horse battery staple, VERY_STRONG", "Tr0ub4dor&3xyz, STRONG", "short, TOO_SHORT"})
    void strengthHintRewardsLengthAndVariety(String passphrase, PassphrasePolicy.Strength expected) {
        assertEquals(expected, PassphrasePolicy.strength(passphrase));
    }
}
