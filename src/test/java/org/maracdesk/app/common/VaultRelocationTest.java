package org.maracdesk.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclFileAttributeView;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A vault left under the roaming %APPDATA% is found, and moved to %LOCALAPPDATA% with its backups. */
class VaultRelocationTest {
    @Test
    void roamingVaultIsFoundAndMovedWithItsBackupsOwnerOnly() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "owner", "acl").build())) {
            Path home = fs.getPath("C:\\Users\\alex");
            AppPaths.Locations w = new AppPaths.Locations("Windows 11", home, Map.of(
                    "APPDATA", "C:\\Users\\alex\\AppData\\Roaming",
                    "LOCALAPPDATA", "C:\\Users\\alex\\AppData\\Local")::get);
            Path old = fs.getPath("C:\\Users\\alex\\AppData\\Roaming\\MARAC Desk\\vault");
            Files.createDirectories(old);
            Files.writeString(old.resolve("vault.json"), "{\"synthetic\":true}");
            Files.write(old.resolve("marac.mv.db"), new byte[] {1, 2, 3});
            Path oldBackups = old.resolveSibling("vault.backups");
            Files.createDirectories(oldBackups.resolve("daily"));
            Files.write(oldBackups.resolve("daily").resolve("b1.zip"), new byte[] {9});

            Optional<VaultRelocation> offer = w.roamingVaultToMove();
            assertTrue(offer.isPresent(), "the old vault is found");
            assertEquals(old, offer.get().from());
            Path local = fs.getPath("C:\\Users\\alex\\AppData\\Local\\MARAC Desk\\vault");
            assertEquals(local, offer.get().to());
            assertEquals(old, w.defaultVault(), "until the user agrees it opens where it is");

            assertEquals(local, offer.get().move());
            assertEquals("{\"synthetic\":true}", Files.readString(local.resolve("vault.json")));
            assertEquals(3, Files.size(local.resolve("marac.mv.db")));
            assertEquals(1, Files.size(local.resolveSibling("vault.backups").resolve("daily").resolve("b1.zip")));
            assertFalse(Files.exists(old), "no copy left in the roaming folder");
            assertFalse(Files.exists(oldBackups));
            assertEquals(local, w.defaultVault());
            assertEquals(Optional.empty(), w.roamingVaultToMove(), "asked no more once moved");
            Set<String> who = Files.getFileAttributeView(local.resolve("marac.mv.db"), AclFileAttributeView.class)
                    .getAcl().stream().map(e -> e.principal().getName()).collect(Collectors.toSet());
            assertEquals(Set.of(Files.getOwner(local).getName(), "SYSTEM"), who, "owner-only in its new place");
        }
    }
}
