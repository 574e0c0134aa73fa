package org.maracdesk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.maracdesk.bench.Benchmark.Figure;

/**
 * P8: the resident size of the real window (a separate JVM with the launcher's 1 GiB heap, in a
 * private Xvfb display) with the meeting view open on a copy of the base vault, read from
 * {@code /proc/PID/status} by {@code scripts/bench-window}.
 */
final class WindowFigure {
    private WindowFigure() {
    }

    static Figure measure(Path vault, Path out) throws Exception {
        Path passphrase = out.resolve("bench-passphrase.txt");
        Files.writeString(passphrase, BenchVaults.PASSPHRASE + "\n");
        Path shot = out.resolve("p8-meeting-view.png").toAbsolutePath();
        Process p = new ProcessBuilder("scripts/bench-window", vault.toAbsolutePath().toString(),
                passphrase.toAbsolutePath().toString(), shot.toString()).redirectErrorStream(true).start();
        Map<String, Object> v = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int eq = line.indexOf('=');
                if (line.startsWith("rss_kib=") || line.startsWith("hwm_kib=") || line.startsWith("bare_rss_kib=")) {
                    v.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1).strip()));
                } else {
                    System.err.println(line);
                }
            }
        }
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0 || !v.containsKey("rss_kib")) {
            p.destroy();
            return new Figure("P8", "window RSS with the meeting view open", "not measured (scripts/bench-window"
                    + " failed)", "—", "≤ 400 MiB", v);
        }
        long rss = (Long) v.get("rss_kib") / 1024;
        long hwm = (Long) v.get("hwm_kib") / 1024;
        v.put("rssMiB", rss);
        v.put("peakMiB", hwm);
        v.put("screenshot", shot.toString());
        String bare = v.containsKey("bare_rss_kib") ? "bare JavaFX window, same JVM options: "
                + (Long) v.get("bare_rss_kib") / 1024 + " MiB" : "—";
        return new Figure("P8", "resident size of the window (separate JVM, -Xmx1g, Xvfb 1366×768) with the"
                + " meeting view open", rss + " MiB (peak " + hwm + " MiB)", bare, "≤ 400 MiB", v);
    }
}
