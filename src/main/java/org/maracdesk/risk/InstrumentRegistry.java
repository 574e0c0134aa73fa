package org.maracdesk.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The instruments available to a MARAC: those bundled in {@code instruments/} on the classpath
 * (listed in {@code instruments/index.txt}), optionally overridden from a folder. A file in the
 * folder whose {@code id} matches a bundled instrument replaces it; a new id is added. Every file
 * is validated on load; a bad file fails with an {@link InstrumentFileException} naming it.
 */
public final class InstrumentRegistry {
    /** The default instrument: the SafeLives DASH RIC. */
    public static final String DEFAULT_ID = "dash-24";

    private static final String RESOURCE_DIR = "instruments/";

    /** Read on first use for the bundled set (see {@link #InstrumentRegistry()}); given for the others. */
    private volatile Map<String, Loaded> loaded;

    /**
     * The bundled instruments only, read and validated on first use: parsing them costs about half a
     * second of a cold JVM, which the window's start does not wait for (issue 18, docs/performance.md).
     * The bundled files are the application's own and checked by its tests.
     */
    public InstrumentRegistry() {
        this.loaded = null;
    }

    /**
     * The bundled instruments with the {@code *.json} files of {@code overrideFolder} laid over
     * them. A folder that does not exist adds nothing.
     */
    public InstrumentRegistry(Path overrideFolder) {
        this(overlay(loadBundled(InstrumentRegistry.class.getClassLoader()), overrideFolder));
    }

    private InstrumentRegistry(Map<String, Loaded> instruments) {
        this.loaded = Collections.unmodifiableMap(instruments);
    }

    private Map<String, Loaded> instruments() {
        Map<String, Loaded> m = loaded;
        if (m == null) {
            synchronized (this) {
                m = loaded;
                if (m == null) {
                    m = Collections.unmodifiableMap(loadBundled(InstrumentRegistry.class.getClassLoader()));
                    loaded = m;
                }
            }
        }
        return m;
    }

    /** A new registry with the files of {@code folder} laid over this one. */
    public InstrumentRegistry withOverrides(Path folder) {
        return new InstrumentRegistry(overlay(new LinkedHashMap<>(instruments()), folder));
    }

    public Optional<Instrument> find(String id) {
        return Optional.ofNullable(instruments().get(id)).map(Loaded::instrument);
    }

    /** @throws IllegalArgumentException naming the known ids when {@code id} is unknown */
    public Instrument get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "no instrument " + id + "; known: " + Words.oneOf(ids())));
    }

    /** Known ids: bundled ones in index order, then added ones. */
    public List<String> ids() {
        return List.copyOf(instruments().keySet());
    }

    public List<Instrument> all() {
        return instruments().values().stream().map(Loaded::instrument).toList();
    }

    /** Where an instrument came from: {@code classpath:instruments/dash-24.json} or a file path. */
    public Optional<String> origin(String id) {
        return Optional.ofNullable(instruments().get(id)).map(Loaded::origin);
    }

    private static Map<String, Loaded> loadBundled(ClassLoader loader) {
        Map<String, Loaded> loaded = new LinkedHashMap<>();
        InstrumentParser parser = new InstrumentParser();
        for (String fileName : bundledFileNames(loader)) {
            String json = readResource(loader, RESOURCE_DIR + fileName);
            Instrument instrument = parser.parse(fileName, json);
            if (!InstrumentParser.fileId(fileName).orElse("").equals(instrument.id())) {
                throw new InstrumentFileException(fileName,
                        List.of("id: " + Words.quoted(instrument.id()) + " does not match the file name"));
            }
            loaded.put(instrument.id(), new Loaded(instrument, "classpath:" + RESOURCE_DIR + fileName));
        }
        return loaded;
    }

    private static List<String> bundledFileNames(ClassLoader loader) {
        return readResource(loader, RESOURCE_DIR + "index.txt").lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static String readResource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }

    private static Map<String, Loaded> overlay(Map<String, Loaded> base, Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return base;
        }
        Map<String, Path> seenInFolder = new LinkedHashMap<>();
        InstrumentParser parser = new InstrumentParser();
        for (Path file : jsonFiles(folder)) {
            Instrument instrument = parser.parse(file.toString(), read(file));
            Path earlier = seenInFolder.putIfAbsent(instrument.id(), file);
            if (earlier != null) {
                throw new InstrumentFileException(file.toString(), List.of("id: " + instrument.id()
                        + " is also the id of " + earlier + "; one file per instrument"));
            }
            base.put(instrument.id(), new Loaded(instrument, file.toString()));
        }
        return base;
    }

    private static List<Path> jsonFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> json = new ArrayList<>(files
                    .filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"))
                    .toList());
            Collections.sort(json);
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list instrument folder " + folder, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InstrumentFileException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    private record Loaded(Instrument instrument, String origin) {
    }
}
