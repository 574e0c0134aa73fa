package org.maracdesk.bench;

import java.io.PrintStream;
import java.util.List;

/** The benchmark's figures as a plain-text table, each beside its side-by-side limit and target. */
final class BenchTable {
    private BenchTable() {
    }

    static void print(PrintStream out, List<Benchmark.Figure> figures) {
        String[] head = {"#", "Figure", "Measured", "Side-by-side limit", "Target"};
        int[] width = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            width[i] = head[i].length();
        }
        for (Benchmark.Figure f : figures) {
            String[] cells = cells(f);
            for (int i = 0; i < cells.length; i++) {
                width[i] = Math.max(width[i], cells[i].length());
            }
        }
        line(out, head, width);
        StringBuilder rule = new StringBuilder();
        for (int w : width) {
            rule.append("-".repeat(w)).append("  ");
        }
        out.println(rule.toString().strip());
        figures.forEach(f -> line(out, cells(f), width));
    }

    private static String[] cells(Benchmark.Figure f) {
        return new String[] {f.id(), f.what(), f.measured(), f.limit(), f.target()};
    }

    private static void line(PrintStream out, String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            b.append(cells[i]).append(" ".repeat(width[i] - cells[i].length())).append("  ");
        }
        out.println(b.toString().stripTrailing());
    }
}
