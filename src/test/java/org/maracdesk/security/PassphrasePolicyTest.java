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
    @CsvSource({"aaaaaaaaaaaa, WEAK", "violet kettle under harbour, VERY_STRONG", "correct horse battery staple, WEAK", "Tr0ub4dor&3xyz, STRONG", "short, TOO_SHORT"})
    void strengthHintRewardsLengthAndVariety(String passphrase, PassphrasePolicy.Strength expected) {
        assertEquals(expected, PassphrasePolicy.strength(passphrase));
    }

    @ParameterizedTest(name = "\"{0}\" is refused as common")
    @CsvSource({"password1234", "PASSWORD1234", "Correct Horse Battery Staple", "qwertyuiop123", "1qaz2wsx3edc",
            "Q1W2E3R4T5Y6", "iloveyouiloveyou"})
    void commonPasswordsAreRefusedWhateverTheirCaseAndSpacing(String passphrase) {
        assertEquals(PassphrasePolicy.Problem.TOO_COMMON, PassphrasePolicy.problem(passphrase));
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PassphrasePolicy.requireAcceptable(passphrase.toCharArray()));
        org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("common passwords"));
    }

    @ParameterizedTest(name = "\"{0}\" is not on the list")
    @CsvSource({"password12345 river", "a quiet harbour at dawn", "qwertyuiop1234x"})
    void nearMissesOfCommonPasswordsAreAccepted(String passphrase) {
        assertNull(PassphrasePolicy.problem(passphrase));
    }

    @org.junit.jupiter.api.Test
    void everyListedEntryCouldHavePassedTheLengthRule() throws java.io.IOException {
        try (var in = PassphrasePolicy.class.getResourceAsStream("/security/common-passphrases.txt")) {
            java.util.List<String> entries = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            org.junit.jupiter.api.Assertions.assertTrue(entries.size() > 250);
            for (String entry : entries) {
                org.junit.jupiter.api.Assertions.assertTrue(PassphrasePolicy.length(entry) >= PassphrasePolicy.MIN_LENGTH
                        && PassphrasePolicy.length(entry) <= PassphrasePolicy.MAX_LENGTH, entry);
                assertEquals(PassphrasePolicy.Problem.TOO_COMMON, PassphrasePolicy.problem(entry), entry);
            }
        }
    }
}
