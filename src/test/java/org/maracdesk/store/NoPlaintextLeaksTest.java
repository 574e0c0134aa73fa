package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.security.Account;
import org.maracdesk.security.Role;
import org.maracdesk.ui.common.SafeErrors;
import org.slf4j.LoggerFactory;

/**
 * The canary: a unique marker written into the store, H2 errors forced with it as the value,
 * then the vault folder, the temp folder and the log output are searched for it.
 */
class NoPlaintextLeaksTest {
    @TempDir
    Path dir;

    @Test
    void markerNeverLeavesTheEncryptedStoreEvenWhenH2Fails() throws Exception {
        String marker = "CANARY" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        Instant started = Instant.now();
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        JulCapture jul = JulCapture.install();
        try (Store store = TestVaults.create(dir.resolve("vault"), "coordinator", "canary passphrase 123")) {
            store.doInTransaction(s -> {
                s.persist(new Account("canary", marker, Role.COORDINATOR, null, Instant.now()));
            });
            RuntimeException tooLong = assertThrows(RuntimeException.class, () -> store.doInTransaction(s -> {
                s.persist(new Account(marker + marker + marker, "x", Role.CHAIR, null, Instant.now()));
            }));
            RuntimeException wrongType = assertThrows(RuntimeException.class, () -> store.doInTransaction(s -> {
                s.createNativeMutationQuery("insert into person (id, given_name, family_name, date_of_birth,"
                        + " disabled, lgbt, interpreter_needed, version) values (1, 'a', 'b', ?, false, false, false, 0)")
                        .setParameter(1, marker).executeUpdate();
            }));
            for (RuntimeException e : List.of(tooLong, wrongType)) {
                String safe = SafeErrors.describe(e) + SafeErrors.origin(e) + SafeErrors.code(e);
                assertFalse(safe.contains(marker), "a safe error description quoted the value");
                LoggerFactory.getLogger(NoPlaintextLeaksTest.class).error("save failed: {}", SafeErrors.describe(e));
            }
        } finally {
            System.setErr(originalErr);
            jul.uninstall();
        }
        assertFalse(jul.text().contains(marker), "the marker reached java.util.logging");
        String log = captured.toString(StandardCharsets.UTF_8);
        assertFalse(log.isEmpty(), "the log capture saw nothing, so it proves nothing");
        assertFalse(log.contains(marker), () -> "the marker reached the log: " + log.lines()
                .filter(l -> l.contains(marker)).map(l -> l.replace(marker, "<MARKER>")).toList());
        assertEquals(List.of(), filesContaining(dir, marker, null));
        assertEquals(List.of(), filesContaining(Path.of(System.getProperty("java.io.tmpdir")), marker, started));
    }

    /** Files under {@code root} (changed since {@code since}, when given) holding the marker as UTF-8 or UTF-16. */
    static List<Path> filesContaining(Path root, String marker, Instant since) throws IOException {
        byte[][] needles = {
            marker.getBytes(StandardCharsets.UTF_8),
            marker.getBytes(StandardCharsets.UTF_16LE),
            marker.getBytes(StandardCharsets.UTF_16BE),
        };
        List<Path> hits = new ArrayList<>();
        // Other processes (the other test JVM among them) make and remove temporary files while we walk: a file
        // or folder that is gone, or not ours to read, is passed over and the walk goes on.
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes a) {
                boolean recent = since == null || !a.lastModifiedTime().toInstant().isBefore(since.minusSeconds(1));
                if (a.isRegularFile() && a.size() <= 64L << 20 && recent) {
                    try {
                        byte[] content = Files.readAllBytes(p);
                        for (byte[] needle : needles) {
                            if (indexOf(content, needle) >= 0) {
                                hits.add(p);
                                break;
                            }
                        }
                    } catch (IOException goneOrUnreadable) {
                        // removed meanwhile, or another user's file
                    }
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return hits;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Everything any library sends to java.util.logging during the test, rendered as text. */
    static final class JulCapture extends java.util.logging.Handler {
        private final StringBuilder text = new StringBuilder();

        static JulCapture install() {
            JulCapture h = new JulCapture();
            h.setLevel(java.util.logging.Level.ALL);
            java.util.logging.Logger.getLogger("").addHandler(h);
            return h;
        }

        void uninstall() {
            java.util.logging.Logger.getLogger("").removeHandler(this);
        }

        synchronized String text() {
            return text.toString();
        }

        @Override
        public synchronized void publish(java.util.logging.LogRecord r) {
            text.append(new java.util.logging.SimpleFormatter().format(r));
            if (r.getParameters() != null) {
                for (Object p : r.getParameters()) {
                    text.append(p);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void markerSearchFindsPlaintextWhenItIsThere() throws Exception {
        Path file = dir.resolve("plain.txt");
        Files.write(file, "xxCANARYFINDMExx".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of(file), filesContaining(dir, "CANARYFINDME", null));
    }
}
