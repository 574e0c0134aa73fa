package org.maracdesk.exchange.tracker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.maracdesk.casework.migration.HistoricPerson;

/** Dates typed every way trackers type them, names, agencies, and the file's encoding and separator. */
class TrackerValuesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static TrackerDates.Read read(String text, TrackerDates.Order order, TrackerDates.Kind kind) {
        return TrackerDates.read(TrackerCell.text(text), order, kind, TODAY);
    }

    @ParameterizedTest
    @CsvSource({"04/03/2019, 2019-03-04", "4/3/19, 2019-03-04", "2019-03-04, 2019-03-04", "04.03.2019, 2019-03-04",
        "43528, 2019-03-04", "4-3-2019, 2019-03-04", "04/03/2019 00:00, 2019-03-04", "25/12/2020, 2020-12-25",
        "29/02/2024, 2024-02-29"})
    void everyListedFormatOfAMeetingDateParses(String text, LocalDate expected) {
        assertEquals(new TrackerDates.Known(expected), read(text, TrackerDates.Order.DAY_FIRST,
                TrackerDates.Kind.EVENT));
    }

    @ParameterizedTest
    @CsvSource({"17/4/91, 1991-04-17", "2/11/02, 2002-11-02", "17.04.1991, 1991-04-17"})
    void aTwoDigitYearOfBirthTakesTheCenturyThatGivesAnAdult(String text, LocalDate expected) {
        assertEquals(new TrackerDates.Known(expected), read(text, TrackerDates.Order.DAY_FIRST,
                TrackerDates.Kind.BIRTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"N/K", "n/k", "unknown", "Not known", "", "  ", "?", "NK"})
    void notKnownIsUnknownNotAProblem(String text) {
        assertInstanceOf(TrackerDates.Unknown.class, read(text, TrackerDates.Order.DAY_FIRST, TrackerDates.Kind.EVENT));
    }

    @Test
    void dayAndMonthThatCouldBeEitherAreReportedWhenTheColumnAlsoWritesMonthFirst() {
        List<TrackerCell> column = List.of(TrackerCell.text("03/04/2019"), TrackerCell.text("12/25/2019"));
        TrackerDates.Order order = TrackerDates.order(column);
        assertEquals(TrackerDates.Order.MONTH_FIRST, order);
        TrackerDates.Read r = read("03/04/2019", order, TrackerDates.Kind.EVENT);
        assertTrue(r instanceof TrackerDates.Bad b && b.why().startsWith("is ambiguous"), r.toString());
        assertEquals(new TrackerDates.Known(LocalDate.of(2019, 12, 25)), read("12/25/2019", order,
                TrackerDates.Kind.EVENT), "only month first makes sense of it");
        assertEquals(new TrackerDates.Known(LocalDate.of(2019, 5, 5)), read("05/05/2019", order,
                TrackerDates.Kind.EVENT), "the same either way");
        assertEquals(TrackerDates.Order.DAY_FIRST, TrackerDates.order(List.of(TrackerCell.text("03/04/2019"),
                TrackerCell.text("25/12/2019"))), "a UK column is read day first");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2021", "March 2019", "2019", "sometime in May", "12/2019"})
    void whatIsNotADateIsReported(String text) {
        assertInstanceOf(TrackerDates.Bad.class, read(text, TrackerDates.Order.DAY_FIRST, TrackerDates.Kind.EVENT));
    }

    @Test
    void excelSerialNumbersAndTypedCellsAreDates() {
        assertEquals(LocalDate.of(2019, 3, 4), TrackerDates.serial(new BigDecimal("43528"), false));
        assertEquals(new TrackerDates.Known(LocalDate.of(2019, 3, 4)), TrackerDates.read(new TrackerCell(null, null,
                new BigDecimal("43528")), TrackerDates.Order.DAY_FIRST, TrackerDates.Kind.EVENT, TODAY));
        assertTrue(TrackerXlsx.isDateFormat(14, null));
        assertTrue(TrackerXlsx.isDateFormat(164, "dd/mm/yyyy"));
        assertFalse(TrackerXlsx.isDateFormat(164, "0.00"));
        assertFalse(TrackerXlsx.isDateFormat(164, "\"day \"0"));
    }

    @Test
    void namesAsTrackersWriteThem() {
        assertArrayEquals(new String[] {"Marnie", "Pellworth"}, PersonNames.split("Marnie PELLWORTH"));
        assertArrayEquals(new String[] {"Marnie", "Pellworth"}, PersonNames.split("PELLWORTH, Marnie"));
        assertArrayEquals(new String[] {"Mary Ann", "O'Rourke-Thistle"}, PersonNames.split("Mary Ann O'ROURKE-THISTLE"));
        assertArrayEquals(new String[] {"Delphine", "Oxenby"}, PersonNames.split("delphine oxenby"));
        assertNull(PersonNames.split("Marnie"));
        assertTrue(VictimGrouping.similar(new HistoricPerson("Marnie", "Pellworth", null),
                new HistoricPerson("Marnie", "Pellwroth", null)));
        assertFalse(VictimGrouping.similar(new HistoricPerson("Marnie", "Pellworth", null),
                new HistoricPerson("Tamsin", "Pellworth", null)));
    }

    @Test
    void agencyNamesArePlacedOrLeftForTheCoordinator() {
        Vocabularies v = new Vocabularies(Map.of("police", "Police", "idva", "Idva service", "csc",
                "Children's social care", "rsl", "Housing association", "housing", "Housing"), List.of("Swale"));
        assertEquals("police", v.agency("Kent Police"));
        assertEquals("idva", v.agency("IDVA"));
        assertEquals("csc", v.agency("Children's Services"));
        assertEquals("rsl", v.agency("Orbit Housing Association"));
        assertNull(v.agency("Oasis"));
        assertEquals("Swale", v.district("SWALE "));
    }

    @Test
    void windows1252AndSemicolonsAreRecognised() {
        byte[] bytes = "Victim;MARAC date\r\nZo\u00eb PELL;01/02/2020\r\n".getBytes(
                java.nio.charset.Charset.forName("windows-1252"));
        TrackerSheet s = TrackerFiles.csv(TrackerFiles.decode(bytes));
        assertEquals(List.of("Victim", "MARAC date"), s.header());
        assertEquals("Zoë PELL", s.rows().get(0).cell(0).text());
        assertEquals(2, s.rows().get(0).line());
    }

    @Test
    void aMappingListsEveryNameOnceKeepsItsOwnPlacingsAndFindsNamesWhateverTheirCapitals() {
        TrackerSheet sheet = new TrackerSheet(List.of("Agency", "District"), List.of(
                new TrackerSheet.Row(2, List.of(TrackerCell.text("Oakwood Refuge"), TrackerCell.text("NORTH"))),
                new TrackerSheet.Row(3, List.of(TrackerCell.text("Kent Police"), TrackerCell.text("North"))),
                new TrackerSheet.Row(4, List.of(TrackerCell.text("oakwood refuge"), TrackerCell.text("Swale")))));
        Vocabularies vocab = new Vocabularies(Map.of("police", "Police", "idva", "Idva service"),
                List.of("Northbridge", "Swale"));
        ColumnMapping given = new ColumnMapping(Map.of(TrackerField.AGENCY, "Agency", TrackerField.DISTRICT,
                "District"), List.of(), Map.of("Oakwood Refuge", "idva", "Old name", "police"), Map.of("north",
                "Northbridge"));
        ColumnMapping m = MappingProposer.withNames(sheet, given, vocab);
        assertEquals(Map.of("Oakwood Refuge", "idva", "Kent Police", "police", "Old name", "police"), m.agencies());
        assertEquals(Map.of("NORTH", "Northbridge", "Swale", "Swale"), m.districts(), "north is NORTH, placed once");
        assertEquals("idva", MappingProposer.placed(m.agencies(), "OAKWOOD  REFUGE"));
        assertNull(MappingProposer.placed(m.agencies(), "Hillside"));
    }
}
