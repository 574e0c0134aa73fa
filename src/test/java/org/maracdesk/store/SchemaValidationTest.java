package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SessionFactory is built before the vault is open (while the unlock form is shown), so the schema is
 * validated when the store opens instead of when the factory is built: a database that does not match the
 * entities is still refused, and the store opens again once it matches.
 */
class SchemaValidationTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseThatNoLongerMatchesTheEntitiesIsRefusedAtOpening() throws Exception {
        Path vault = dir.resolve("vault");
        try (Store store = TestVaults.create(vault, "coordinator", "correct horse battery staple")) {
            store.withConnection(c -> {
                try (var st = c.createStatement()) {
                    st.execute("alter table action_item rename column note to note_renamed");
                }
                return null;
            });
        }
        SchemaManagementException refused = assertThrows(SchemaManagementException.class,
                () -> TestVaults.unlock(vault, "coordinator", "correct horse battery staple"));
        assertTrue(refused.getMessage().toLowerCase(java.util.Locale.ROOT).contains("note"), refused.getMessage());
    }
}
