package org.maracdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * H2's file system for the vault's database: every file H2 opens under {@code maracaes:} is an {@link AesXtsChannel}
 * keyed by the file password registered for its database (decision 0078). A file with no registered key is refused,
 * never opened in the clear. Keys are registered by {@link H2Files} while a database is open and forgotten (and
 * wiped) when it closes.
 */
public final class AesFilePath extends FilePathWrapper {
    static final String SCHEME = "maracaes";
    private static final Map<String, byte[]> KEYS = new ConcurrentHashMap<>();

    static {
        FilePath.register(new AesFilePath());
    }

    /** H2 makes instances of the file system by reflection. */
    public AesFilePath() {
    }

    /** The H2 path of the database {@code name} in {@code dir}, with this file system's prefix. */
    static String path(Path dir, String name) {
        return SCHEME + ":" + base(dir, name);
    }

    /** The database's path as H2 names it: the folder's real path (H2 resolves links), with forward slashes. */
    private static String base(Path dir, String name) {
        Path folder = dir.toAbsolutePath().normalize();
        try {
            folder = folder.toRealPath();
        } catch (IOException e) {
            // A folder not made yet keeps its absolute path.
        }
        return folder.resolve(name).toString().replace('\\', '/');
    }

    /**
     * Registers the file password (hex characters) for the files of database {@code name} in {@code dir}, until
     * {@link #forget}; a copy is kept, in H2's encoding.
     */
    static void useKey(Path dir, String name, char[] filePassword) {
        byte[] old = KEYS.put(base(dir, name), FilePathEncrypt.getPasswordBytes(filePassword));
        if (old != null) {
            Arrays.fill(old, (byte) 0);
        }
    }

    /** Wipes and forgets the key of database {@code name} in {@code dir}. */
    static void forget(Path dir, String name) {
        byte[] old = KEYS.remove(base(dir, name));
        if (old != null) {
            Arrays.fill(old, (byte) 0);
        }
    }

    /** True when a key is registered for the database {@code name} in {@code dir} (for tests). */
    static boolean hasKey(Path dir, String name) {
        return KEYS.containsKey(base(dir, name));
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        byte[] password = passwordFor(name.substring(SCHEME.length() + 1).replace('\\', '/'));
        if (password == null) {
            throw new IOException("no key is registered for this vault file; it is not opened unencrypted");
        }
        FileChannel base = getBase().open(mode);
        return new AesXtsChannel(base, password);
    }

    /** The key of the database whose files this one belongs to: {@code marac.mv.db}, {@code marac.1234.temp.db}. */
    private static byte[] passwordFor(String file) {
        for (Map.Entry<String, byte[]> e : KEYS.entrySet()) {
            if (file.startsWith(e.getKey() + ".")) {
                return e.getValue().clone();
            }
        }
        return null;
    }

    @Override
    public long size() {
        long stored = Math.max(0, getBase().size() - AesXtsChannel.SECTOR);
        return (stored & (AesXtsChannel.SECTOR - 1)) != 0 ? stored - AesXtsChannel.SECTOR : stored;
    }

    /** Buffered: a sector is encrypted whole, so small writes would each read, decrypt and rewrite it. */
    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        FileChannel channel = open("rw");
        if (!append) {
            channel.truncate(0);
        } else {
            channel.position(channel.size());
        }
        return new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 20);
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return new java.io.BufferedInputStream(Channels.newInputStream(open("r")), 1 << 20);
    }
}
