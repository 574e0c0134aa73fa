package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The header MAC covers the header's JSON bytes, so the way a header is written must never change, or every
 * existing vault would be refused. Pinned against the plain, indented Jackson writer headers were first written
 * with.
 */
class HeaderBytesTest {
    @TempDir
    Path dir;

    @Test
    void aHeaderIsWrittenExactlyAsTheFirstReleasesWroteIt() throws Exception {
        TestVaults.create(dir.resolve("vault"), "coordinator", "header bytes test passphrase").close();
        byte[] written = Files.readAllBytes(dir.resolve("vault").resolve(HeaderFile.NAME));
        ObjectMapper firstRelease = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        assertArrayEquals(firstRelease.writeValueAsBytes(firstRelease.readValue(written, VaultHeader.class)), written);
    }
}
