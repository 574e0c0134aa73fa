package org.maracdesk.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.maracdesk.common.JsonMappers;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.VaultFormatException;

/** Reads and writes {@code vault.json}: atomically, owner-only, with a MAC from the data key. */
final class HeaderFile {
    static final String NAME = "vault.json";

    /**
     * The JSON mapper, made on first read or write and not when the class is loaded: {@link #exists} is
     * asked before the window's first frame, and a Jackson mapper costs several hundred classes (issue 18).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMappers.strict();
        /** Indented, as every header has been written; the header MAC covers these bytes, so they must never change. */
        static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();
    }

    private HeaderFile() {
    }

    static boolean exists(Path vaultDir) {
        return Files.isRegularFile(vaultDir.resolve(NAME));
    }

    static VaultHeader read(Path vaultDir) {
        Path file = vaultDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            throw new VaultFormatException("there is no vault in " + vaultDir + " (no " + NAME + ")");
        }
        VaultHeader header;
        try {
            if (Files.size(file) > Backups.SMALL_ENTRY_MAX) {
                throw new VaultFormatException("the file " + file + " is far larger than a vault header can be;"
                        + " restore it from a backup");
            }
            header = Json.MAPPER.readValue(file.toFile(), VaultHeader.class);
        } catch (IOException e) {
            throw new VaultFormatException("the vault header " + file + " cannot be read; restore it from a backup", e);
        }
        if (!VaultHeader.FORMAT.equals(header.format()) || header.vaultId() == null || header.slots().isEmpty()) {
            throw new VaultFormatException("the file " + file + " is not a MARAC Desk vault header");
        }
        if (header.formatVersion() > VaultHeader.CURRENT_VERSION) {
            throw new VaultFormatException("this vault was written by a newer MARAC Desk (format "
                    + header.formatVersion() + "); update the application");
        }
        return header;
    }

    /** Signs the header with the data key and replaces the file in one atomic rename. */
    static VaultHeader write(Path vaultDir, VaultHeader header, DataKey dataKey) {
        VaultHeader signed = header.withMac(mac(header, dataKey));
        Path target = vaultDir.resolve(NAME);
        Path temp = vaultDir.resolve(NAME + ".new");
        try {
            Files.write(temp, Json.WRITER.writeValueAsBytes(signed));
            OwnerOnlyFiles.restrictFile(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new VaultFormatException("could not write the vault header in " + vaultDir, e);
        }
        return signed;
    }

    static void verify(VaultHeader header, DataKey dataKey) {
        byte[] expected = mac(header, dataKey);
        if (header.headerMac() == null || !MessageDigest.isEqual(expected, header.headerMac())) {
            throw new VaultFormatException("the vault header has been altered since it was last saved;"
                    + " restore the vault from a backup or ask your administrator");
        }
    }

    private static byte[] mac(VaultHeader header, DataKey dataKey) {
        byte[] key = dataKey.derive("header-mac");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(Json.WRITER.writeValueAsBytes(header.withoutMac()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not compute the header MAC", e);
        } finally {
            Secrets.wipe(key);
        }
    }
}
