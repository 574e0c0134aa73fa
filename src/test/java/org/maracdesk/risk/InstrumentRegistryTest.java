package org.maracdesk.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstrumentRegistryTest {
    private static final InstrumentRegistry BUNDLED = Sheets.REGISTRY;

    @ParameterizedTest(name = "{0}: {1} items, max score {2}, bands {3}, {4} rules")
    @CsvSource({
        "dash-24, 24, 24, Marac, 1",
        "dash-27, 27, 27, Officer, 1",
        "s-dash,  11, 11, None,  1",
        "lap,     11, 11, None,  3",
        "odara,   13, 13, None,  0",
    })
    void eachShippedInstrumentLoadsAndValidates(String id, int items, int maxScore, String banding, int rules) {
        Instrument instrument = BUNDLED.get(id);

        assertEquals(items, instrument.items().size());
        assertEquals(maxScore, instrument.maxScore());
        assertEquals(banding, instrument.banding().getClass().getSimpleName());
        assertEquals(rules, instrument.rules().size());
        assertFalse(instrument.version().isBlank());
        assertFalse(instrument.title().isBlank());
        assertEquals("classpath:instruments/" + id + ".json", BUNDLED.origin(id).orElseThrow());
    }

    @ParameterizedTest(name = "{0} items are q1…q{1} with text keys and English text")
    @CsvSource({"dash-24, 24", "dash-27, 27", "s-dash, 11", "lap, 11", "odara, 13"})
    void itemsAreNumberedInOrderWithTextKeysAndText(String id, int count) {
        Instrument instrument = BUNDLED.get(id);

        for (int i = 0; i < count; i++) {
            Item item = instrument.items().get(i);
            assertEquals("q" + (i + 1), item.id());
            assertEquals("instrument." + id + ".q" + (i + 1), item.textKey());
            assertTrue(item.text().length() > 15, item.id() + " text: " + item.text());
        }
    }

    @ParameterizedTest(name = "{0} serious items: {1}")
    @CsvSource({
        "dash-24, q6;q7;q8;q9;q10;q11;q13;q14;q15;q16;q20",
        "dash-27, q6;q7;q8;q9;q13;q14;q16;q17;q18;q19;q23",
        "odara,   ''",
    })
    void seriousTagsFollowTheRecommendedFlags(String id, String serious) {
        List<String> tagged = BUNDLED.get(id).items().stream().filter(Item::serious).map(Item::id).toList();

        assertEquals(Sheets.items(serious), tagged);
    }

    @Test
    void dashTwentyFourIsTheDefaultAndFirst() {
        assertEquals("dash-24", InstrumentRegistry.DEFAULT_ID);
        assertEquals(List.of("dash-24", "dash-27", "s-dash", "lap", "odara"), BUNDLED.ids());
    }

    @Test
    void everyInstrumentFileInResourcesIsIndexedAndNamedAfterItsId() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/instruments"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }

        assertEquals(BUNDLED.ids().stream().map(id -> id + ".json").sorted().toList(), files);
    }

    @Test
    void overrideFolderReplacesABundledInstrumentWithTheSameId(@TempDir Path folder) throws IOException {
        String local = bundledJson("dash-24.json").replace("\"version\": \"2025.1\"", "\"version\": \"local-7\"");
        Path file = Files.writeString(folder.resolve("our-dash.json"), local);

        InstrumentRegistry registry = new InstrumentRegistry(folder);

        assertEquals("local-7", registry.get("dash-24").version());
        assertEquals(file.toString(), registry.origin("dash-24").orElseThrow());
        assertEquals("2025.1", registry.get("dash-27").version());
        assertEquals(BUNDLED.ids(), registry.ids());
    }

    @Test
    void overrideFolderAddsNewInstrumentsWithWeightsAndFixedBands(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("weighted.json"), "{\"id\":\"local-weighted\",\"version\":\"1\","
                + "\"title\":\"Local weighted screen\",\"licence\":\"test\",\"bands\":[{\"id\":\"lower\",\"min\":0,"
                + "\"max\":3},{\"id\":\"higher\",\"min\":4}],\"items\":["
                + "{\"id\":\"a\",\"textKey\":\"k.a\",\"text\":\"Item a\",\"answerType\":\"yes_no\",\"weight\":3},"
                + "{\"id\":\"b\",\"textKey\":\"k.b\",\"text\":\"Item b\",\"answerType\":\"yes_no\",\"weight\":2}]}");

        InstrumentRegistry registry = BUNDLED.withOverrides(folder);
        Instrument weighted = registry.get("local-weighted");
        RiskResult result = new RiskEngine().score(weighted, new AnswerSheet("local-weighted",
                java.util.Map.of("a", ItemAnswer.of(Answer.YES), "b", ItemAnswer.of(Answer.YES))),
                ReferralContext.on(Sheets.REFERRAL), RiskThresholds.defaults());

        assertEquals(List.of("dash-24", "dash-27", "s-dash", "lap", "odara", "local-weighted"), registry.ids());
        assertEquals(5, result.score());
        assertEquals("higher", result.band().orElseThrow());
    }

    @Test
    void aMissingOverrideFolderAddsNothing(@TempDir Path folder) {
        InstrumentRegistry registry = new InstrumentRegistry(folder.resolve("not-there"));

        assertEquals(BUNDLED.ids(), registry.ids());
        assertTrue(registry.origin("dash-24").orElseThrow().startsWith("classpath:"));
    }

    @Test
    void aBrokenOverrideFileFailsNamingTheFile(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("dash-24.json"),
                bundledJson("dash-24.json").replace("\"id\": \"q2\"", "\"id\": \"q1\""));

        InstrumentFileException e = assertThrows(InstrumentFileException.class, () -> new InstrumentRegistry(folder));

        assertEquals(file + ": items[1].id: duplicate item id q1", e.getMessage());
    }

    @Test
    void twoOverrideFilesWithOneIdAreRejected(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.json"), bundledJson("lap.json"));
        Path second = Files.writeString(folder.resolve("b.json"), bundledJson("lap.json"));

        InstrumentFileException e = assertThrows(InstrumentFileException.class, () -> new InstrumentRegistry(folder));

        assertEquals(second.toString(), e.file());
        assertTrue(e.getMessage().contains("id: lap is also the id of"), e.getMessage());
    }

    @Test
    void unknownInstrumentIdNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BUNDLED.get("dara"));

        assertEquals("no instrument dara; known: dash-24, dash-27, s-dash, lap or odara", e.getMessage());
    }

    static String bundledJson(String name) throws IOException {
        try (InputStream in = InstrumentRegistryTest.class.getClassLoader()
                .getResourceAsStream("instruments/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
