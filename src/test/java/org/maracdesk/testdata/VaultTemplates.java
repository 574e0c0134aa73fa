package org.maracdesk.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Test vaults made once per test JVM and copied, file for file, wherever a test asks for the same one again.
 * Making a vault with its accounts costs an Argon2id derivation per key slot plus every migration; most test
 * classes want the same few vaults, and a closed vault's folder (header and encrypted database) is a complete
 * vault wherever it is copied. The copy is as real as the original: the same encrypted files, unlocked through
 * the same code. Copies share the vault's identity and data key, so a test that needs two different vaults
 * (a backup that must not restore into another vault, say) makes them itself.
 */
public final class VaultTemplates {
    private static final Map<String, Path> MADE = new HashMap<>();
    private static Path root;

    private VaultTemplates() {
    }

    /**
     * Copies the vault called {@code name} into {@code target} (an empty or missing folder), making it first with
     * {@code make} (given a fresh folder; it must leave the vault locked) if this JVM has not made it yet. Every
     * caller must make the same vault under the same name.
     */
    public static synchronized void copy(String name, Path target, Consumer<Path> make) {
        Path template = MADE.get(name);
        if (template == null) {
            template = root().resolve(name);
            make.accept(template);
            MADE.put(name, template);
        }
        copyTree(template, target);
    }

    private static Path root() {
        if (root == null) {
            try {
                Path base = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("target");
                Files.createDirectories(base);
                root = Files.createTempDirectory(base, "vault-templates-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path made = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(made)));
        }
        return root;
    }

    private static void copyTree(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Path copy = to.resolve(from.relativize(dir).toString());
                    if (!Files.isDirectory(copy)) {
                        Files.copy(dir, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("a template vault could not be copied", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover folder under target/ goes with the next clean
        }
    }
}
