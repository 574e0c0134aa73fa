package org.maracdesk.exchange.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {
    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<CsvParser.Row> rows = CsvParser.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"one\r\ntwo\"\r\nlast,,\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("x, y", "say \"hi\"", "one\r\ntwo"), rows.get(1).fields());
        assertEquals(List.of("last", "", ""), rows.get(2).fields());
        assertEquals(List.of(1, 2, 4), rows.stream().map(CsvParser.Row::line).toList(),
                "each record keeps the line it starts on");
    }

    @Test
    void byteOrderMarkAndBlankLinesAreIgnored() {
        List<CsvParser.Row> rows = CsvParser.parse("\uFEFFa,b\n\n1,2\n\n");
        assertEquals(List.of("a", "b"), rows.get(0).fields());
        assertEquals(3, rows.get(1).line());
        assertEquals(2, rows.size());
    }

    @Test
    void anUnclosedQuoteNamesTheLineItOpensOnWithoutQuotingTheText() {
        CsvParser.CsvSyntaxException e = assertThrows(CsvParser.CsvSyntaxException.class,
                () -> CsvParser.parse("a,b\n1,\"Secret text\n\n3,4\n"));
        assertEquals(2, e.line());
        assertFalse(e.getMessage().contains("Secret"));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsRefused() {
        CsvParser.CsvSyntaxException e = assertThrows(CsvParser.CsvSyntaxException.class,
                () -> CsvParser.parse("a,b\nx,say \"hi\"\n"));
        assertEquals(2, e.line());
    }
}
