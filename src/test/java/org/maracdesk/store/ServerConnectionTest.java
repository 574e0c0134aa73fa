package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.common.VaultFormatException;

/** The connection file of a shared server: what it must hold, and what is refused without echoing it. */
class ServerConnectionTest {
    @TempDir
    Path dir;

    @Test
    void aConnectionFileGivesUrlUserAndPassword() throws Exception {
        Path file = Files.writeString(dir.resolve("server.properties"),
                "# a test server\nurl=jdbc:postgresql://127.0.0.1:5433/marac?sslmode=verify-full\nuser=coordinator\n"
                        + "password=Synthetic-Pa55\n");
        try (ServerConnection c = ServerConnection.read(file)) {
            assertEquals("jdbc:postgresql://127.0.0.1:5433/marac?sslmode=verify-full", c.url());
            assertEquals("coordinator", c.user());
            assertArrayEquals("Synthetic-Pa55".toCharArray(), c.password());
            try (ServerConnection other = c.withDatabase("marac_t1_ab12")) {
                assertEquals("jdbc:postgresql://127.0.0.1:5433/marac_t1_ab12?sslmode=verify-full", other.url(),
                        "another database on the same server, with the same options");
            }
        }
    }

    @Test
    void onlyPostgresqlUrlsAndNamedUsersAreAccepted() throws Exception {
        Path h2 = Files.writeString(dir.resolve("h2.properties"), "url=jdbc:h2:file:/tmp/x\nuser=sa\n");
        VaultFormatException notPostgres = assertThrows(VaultFormatException.class, () -> ServerConnection.read(h2));
        assertFalse(notPostgres.getMessage().contains("/tmp/x"), "the value given is not echoed");
        Path noUser = Files.writeString(dir.resolve("nouser.properties"), "url=jdbc:postgresql://h/db\n");
        assertThrows(VaultFormatException.class, () -> ServerConnection.read(noUser));
        assertThrows(VaultFormatException.class, () -> ServerConnection.read(dir.resolve("missing.properties")));
    }

    @Test
    void closingWipesThePassword() {
        char[] password = "Synthetic-Pa55".toCharArray();
        ServerConnection c = new ServerConnection("jdbc:postgresql://h:1/db", "u", password);
        c.close();
        assertArrayEquals(new char[password.length], c.password());
    }

    @Test
    void onlyPlainDatabaseNamesAreAccepted() {
        try (ServerConnection c = new ServerConnection("jdbc:postgresql://h:1/db", "u", new char[0])) {
            assertThrows(IllegalArgumentException.class, () -> c.withDatabase("x; drop database db"));
            assertThrows(IllegalArgumentException.class, () -> c.withDatabase("Upper"));
        }
    }
}
