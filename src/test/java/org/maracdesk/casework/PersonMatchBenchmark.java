package org.maracdesk.casework;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.maracdesk.casework.matching.PersonQuery;
import org.maracdesk.store.Store;
import org.maracdesk.store.TestVaults;

/**
 * Prints how long matching takes among N invented people in a real encrypted vault. Not a test:
 * run it by hand, e.g. {@code java -cp target/test-classes:target/classes:… org.maracdesk.casework.PersonMatchBenchmark 100000}.
 */
public final class PersonMatchBenchmark {
    private static final String[] GIVEN = {"Marnie", "Ioana", "Sofia", "Keeley", "Hanna", "Delphine", "Priya",
        "Amira", "Chloe", "Bethan", "Tamsin", "Nadia", "Grace", "Leah", "Ruth", "Zoe", "Alys", "Megan"};
    private static final String[] SYLLABLES = {"pel", "worth", "quill", "ash", "by", "har", "row", "field", "stone",
        "grove", "lark", "spur", "thist", "le", "vale", "mar", "ick", "bur", "ton", "wen", "dle", "oxen", "gull"};

    private PersonMatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("match-bench");
        Random random = new Random(42);
        try (Store store = TestVaults.create(dir.resolve("vault"), "coordinator", "benchmark passphrase")) {
            long start = System.nanoTime();
            for (int done = 0; done < people; done += 5_000) {
                int batch = Math.min(5_000, people - done);
                store.doInTransaction(s -> {
                    for (int i = 0; i < batch; i++) {
                        s.persist(new Person(GIVEN[random.nextInt(GIVEN.length)], surname(random),
                                LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000)), "FEMALE"));
                    }
                });
            }
            System.out.printf("stored %d people in %.1f s%n", people, (System.nanoTime() - start) / 1e9);
            PersonMatchService service = new PersonMatchService(() -> store);
            service.find(PersonQuery.of("Marnie", "Pelworth", null, null));
            int queries = 200;
            long found = 0;
            start = System.nanoTime();
            for (int i = 0; i < queries; i++) {
                found += service.find(PersonQuery.of(GIVEN[random.nextInt(GIVEN.length)], surname(random),
                        LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000)), null)).size();
            }
            System.out.printf("%d searches: %.1f ms each, %.1f matches each%n", queries,
                    (System.nanoTime() - start) / 1e6 / queries, (double) found / queries);
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String surname(Random random) {
        String s = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)];
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
