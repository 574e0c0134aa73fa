package org.maracdesk.casework.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void foldingDropsAccentsCaseAndPunctuation() {
        assertEquals("zoe obrien", Names.fold("  Zoë O'Brien "));
        assertEquals("lukasz", Names.fold("Łukasz"));
        assertEquals("strasse", Names.fold("Straße"));
        assertEquals("smithjones", Names.compact("Smith-Jones"));
        assertEquals("QK24NB", Names.postcode("qk2 4nb"));
        assertEquals("QK2", Names.outwardCode("QK2 4NB"));
    }

    @Test
    void soundAlikeNamesShareAPhoneticKey() {
        assertEquals(PhoneticKey.of("Smith"), PhoneticKey.of("Smyth"));
        assertEquals(PhoneticKey.of("Smith"), PhoneticKey.of("Schmidt"));
        assertEquals(PhoneticKey.of("Catherine"), PhoneticKey.of("Katherine"));
        assertEquals(PhoneticKey.of("Phillips"), PhoneticKey.of("Fillips"));
        assertEquals(PhoneticKey.of("Pellworth"), PhoneticKey.of("Pelworth"));
        assertTrue(!PhoneticKey.of("Pellworth").equals(PhoneticKey.of("Vale")));
    }

    @Test
    void aliasesGiveKeysForTheirSurnames() {
        assertEquals(List.of(PhoneticKey.of("O'Rourke"), PhoneticKey.of("Thistle")),
                List.copyOf(NameKeys.of("O'Rourke", "Del Thistle; Delphine Thistle")));
        assertEquals(List.of(NameKeys.NONE), List.copyOf(NameKeys.of("--", (String) null)));
    }

    @Test
    void jaroWinklerIsOneForEqualAndHighForTypos() {
        assertEquals(1.0, JaroWinkler.similarity("marnie", "marnie"));
        assertTrue(JaroWinkler.similarity("pellworth", "pelworth") > 0.95);
        assertTrue(JaroWinkler.similarity("pellworth", "vale") < 0.6);
    }
}
