package org.maracdesk.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared server this user last connected to from the window (decision 0038): one line naming its
 * connection file, beside the window placement file, outside every vault. No username, no passphrase, no
 * case data. While it names a file, a start without {@code --vault} or {@code --demo} opens the
 * "Connect to a shared server" screen; choosing a local vault there forgets it.
 */
public final class RememberedServerFile {
    static final String FILE_NAME = "shared-server.properties";
    private static final String KEY = "connectionFile";
    private final Path file;

    public RememberedServerFile(Path file) {
        this.file = file;
    }

    /** Remembers nothing: for tests and for windows opened on a named vault. */
    public static RememberedServerFile none() {
        return new RememberedServerFile(null);
    }

    /** The file beside the window placement file ({@code null}: remember nothing). */
    public static RememberedServerFile besides(Path windowFile) {
        return new RememberedServerFile(windowFile == null ? null : windowFile.resolveSibling(FILE_NAME));
    }

    /** The connection file last connected to, if one is remembered (it may have been moved since). */
    public Optional<Path> load() {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            String named = p.getProperty(KEY);
            return named == null || named.isBlank() ? Optional.empty() : Optional.of(Path.of(named.strip()));
        } catch (IOException | IllegalArgumentException e) {
            log().info("Remembered shared server not read ({}); starting with the local vault",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Remembers {@code connectionFile} (as an absolute path) for the next start. */
    public void remember(Path connectionFile) {
        if (file == null) {
            return;
        }
        Properties p = new Properties();
        p.setProperty(KEY, connectionFile.toAbsolutePath().normalize().toString());
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "MARAC Desk: the shared server to connect to at start (no secret, no case data)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log().warn("Shared server not remembered ({})", e.getClass().getSimpleName());
        }
    }

    /** Back to the local vault at the next start. */
    public void forget() {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log().warn("Remembered shared server not forgotten ({})", e.getClass().getSimpleName());
        }
    }

    /** Asked for only when something is logged: not on the window's path to its first frame (issue 18). */
    private static Logger log() {
        return LoggerFactory.getLogger(RememberedServerFile.class);
    }
}
