package org.maracdesk.exchange.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=SUM(A1:A9)|'=SUM(A1:A9)",
        "+44 7700|'+44 7700",
        "-2+3|'-2+3",
        "@cmd|'@cmd",
        "plain text|plain text"})
    void cellsThatASpreadsheetWouldRunAreNeutralised(String cell, String written) throws Exception {
        assertEquals("\uFEFFh\r\n" + written + "\r\n", csv(cell));
    }

    @org.junit.jupiter.api.Test
    void tabAndCarriageReturnAtTheStartAreNeutralisedToo() throws Exception {
        assertEquals("\uFEFFh\r\n'\t=1+1\r\n", csv("\t=1+1"));
        assertEquals("\uFEFFh\r\n\"'\r=1+1\"\r\n", csv("\r=1+1"));
    }

    @org.junit.jupiter.api.Test
    void startsWithAByteOrderMarkSoExcelReadsAccentedNames() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv.write(out, List.of("name"), List.of(List.of("Zoë Ćurić")));
        byte[] bytes = out.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        assertEquals("\uFEFFname\r\nZoë Ćurić\r\n", out.toString(StandardCharsets.UTF_8));
    }

    private static String csv(String cell) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv.write(out, List.of("h"), List.of(List.of(cell)));
        return out.toString(StandardCharsets.UTF_8);
    }
}
