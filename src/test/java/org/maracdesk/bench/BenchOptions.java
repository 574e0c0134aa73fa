package org.maracdesk.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a benchmark run measures: {@code --base N} cases in the cached base demo vault (20,000),
 * {@code --rows M} referrals imported for P6 (10,000), {@code --searches Q} queries for P3 (200; 0
 * skips it), {@code --new-vault 1000,10000} imports into new vaults, {@code --seed S},
 * {@code --out DIR} (target/bench), {@code --commit HASH} (recorded in the results), {@code --edits E}
 * case edits saved for P5 (100), {@code --window no} to skip P8 (the window under Xvfb) and
 * {@code --audit A} audit entries added to the base vault's trail (two per case by default: the demo writes
 * 8, a desk in daily use gathers hundreds a day; session 20).
 */
record BenchOptions(int base, int rows, int searches, List<Integer> newVaultSizes, long seed, Path out,
        String commit, int edits, boolean window, int auditEntries) {

    static BenchOptions parse(String[] args) {
        int base = 20_000;
        int rows = 10_000;
        int searches = 200;
        List<Integer> sizes = List.of(1_000);
        long seed = 1;
        Path out = Path.of("target", "bench");
        String commit = "unknown";
        int edits = 100;
        boolean window = true;
        int audit = -1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--base" -> base = Integer.parseInt(value);
                case "--rows" -> rows = Integer.parseInt(value);
                case "--searches" -> searches = Integer.parseInt(value);
                case "--new-vault" -> sizes = sizes(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--out" -> out = Path.of(value);
                case "--commit" -> commit = value;
                case "--edits" -> edits = Integer.parseInt(value);
                case "--window" -> window = !"no".equals(value);
                case "--audit" -> audit = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --base --rows --searches --new-vault --seed --out"
                        + " --commit --edits --window --audit)");
            }
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("every option needs a value");
        }
        return new BenchOptions(base, rows, searches, sizes, seed, out, commit, edits, window,
                audit < 0 ? 2 * base : audit);
    }

    private static List<Integer> sizes(String list) {
        List<Integer> out = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!s.isBlank()) {
                out.add(Integer.parseInt(s.strip()));
            }
        }
        return out;
    }
}
