package org.maracdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * P2 cold: the first unlock in a fresh JVM, as the window's first unlock of the day, beside the KDF alone, also the
 * first thing of a fresh JVM. In one JVM only the first key derivation is cold (the first costs about 750 ms, later
 * ones about 200 ms), so a cold KDF measured first and an unlock measured after it are not alike, and an unlock after
 * anything that opened the vault finds the database's code loaded and partly compiled. Here each is the first thing
 * of its own JVM, started with this JVM's options and its class path packed into jars, {@link #RUNS} times
 * alternately; the figure is the median of each. Twice: without a class-data archive, as the first start after an
 * install or a build, and with the dynamic archive that {@code app/marac-desk} writes at its first start (here written
 * by one unlock) and maps at every later one. A dynamic archive takes classes from jars only, hence the jars.
 */
final class ColdUnlock {
    static final int RUNS = 3;
    private static final String LINE = "p2-cold ";

    /** Milliseconds of each fresh JVM's measurement. */
    record Runs(List<Double> kdf, List<Double> unlock, List<Double> page, List<Double> count) {
        List<Double> total() {
            List<Double> out = new ArrayList<>();
            for (int i = 0; i < unlock.size(); i++) {
                out.add(unlock.get(i) + page.get(i));
            }
            return out;
        }
    }

    private ColdUnlock() {
    }

    /** Without a class-data archive (first start) and with the launcher's (later starts). */
    record Cold(Runs first, Runs archived) {
    }

    static Cold measure(Path vault, Path scratch) throws IOException, InterruptedException {
        String classPath = JarredClassPath.of(System.getProperty("java.class.path"), scratch.resolve("jars"));
        Path archive = scratch.resolve("unlock.jsa");
        Files.deleteIfExists(archive);
        child(vault, "unlock", classPath, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off"));
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the fresh JVM for P2 cold wrote no class-data archive");
        }
        // -Xshare:on: a JVM that cannot map the archive fails instead of measuring without it.
        List<String> mapped = List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off");
        return new Cold(runs(vault, classPath, List.of()), runs(vault, classPath, mapped));
    }

    private static Runs runs(Path vault, String classPath, List<String> options)
            throws IOException, InterruptedException {
        Runs runs = new Runs(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < RUNS; i++) {
            runs.kdf().add(child(vault, "kdf", classPath, options)[0]);
            double[] u = child(vault, "unlock", classPath, options);
            runs.unlock().add(u[0]);
            runs.page().add(u[1]);
            runs.count().add(u[2]);
        }
        return runs;
    }

    private static double[] child(Path vault, String what, String classPath, List<String> options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(options);
        command.addAll(List.of("-cp", classPath, ColdUnlock.class.getName(), vault.toString(), what));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String found = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith(LINE)) {
                    found = line.substring(LINE.length());
                }
            }
        }
        if (p.waitFor() != 0 || found == null) {
            throw new IllegalStateException("the fresh JVM for P2 cold (" + what + ") failed");
        }
        String[] parts = found.trim().split(" ");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i]);
        }
        return out;
    }

    /** In the fresh JVM: {@code VAULT kdf} or {@code VAULT unlock}; prints one line of milliseconds. */
    public static void main(String[] args) throws Exception {
        Path vault = Path.of(args[0]);
        try (AppTiming t = new AppTiming(vault, vault.getParent(), Clock.systemDefaultZone())) {
            if ("kdf".equals(args[1])) {
                System.out.println(LINE + t.kdfMillis());
            } else {
                AppTiming.Unlock u = t.unlockToCaseList();
                System.out.println(LINE + u.unlockMillis() + " " + u.firstPageMillis() + " " + u.countMillis());
            }
        }
        System.exit(0);
    }
}
