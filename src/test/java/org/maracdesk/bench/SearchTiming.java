package org.maracdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.maracdesk.casework.PersonMatchService;
import org.maracdesk.casework.matching.BlockingKeys;
import org.maracdesk.casework.matching.PersonQuery;
import org.maracdesk.store.Store;

/**
 * P3: person search through {@link PersonMatchService} (a transaction, the key check, the indexed
 * blocking lookup, loading and scoring the candidates) beside the same lookups in raw JDBC (the
 * same blocking keys through the same index, then the same candidate rows), over queries made
 * from stored people: exact, surname misspelt, no date of birth, day and month swapped.
 */
final class SearchTiming {
    record Percentiles(double p50Millis, double p95Millis, double candidatesPerQuery) {
    }

    private final Store store;
    private final List<PersonQuery> queries;

    SearchTiming(Store store, int count) {
        this.store = store;
        this.queries = queries(store, count);
    }

    private static List<PersonQuery> queries(Store store, int count) {
        List<Object[]> people = store.withConnection(c -> sample(c, count));
        List<PersonQuery> out = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Object[] p = people.get(i);
            String given = (String) p[0];
            String family = (String) p[1];
            LocalDate dob = (LocalDate) p[2];
            out.add(switch (i % 4) {
                case 0 -> PersonQuery.of(given, family, dob, null);
                case 1 -> PersonQuery.of(given, family.substring(0, 3) + family.substring(2), dob, null);
                case 2 -> PersonQuery.of(given, family, null, null);
                default -> PersonQuery.of(given, family, swapped(dob), null);
            });
        }
        return out;
    }

    private static LocalDate swapped(LocalDate dob) {
        return dob == null || dob.getDayOfMonth() > 12 ? dob : LocalDate.of(dob.getYear(), dob.getDayOfMonth(),
                dob.getMonthValue());
    }

    private static List<Object[]> sample(Connection c, int count) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select given_name, family_name, date_of_birth from person"
                + " where length(family_name) > 3 order by mod(id * 7919, 10007) fetch first ? rows only")) {
            st.setInt(1, count);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)});
                }
            }
        }
        return out;
    }

    Percentiles service() {
        PersonMatchService service = new PersonMatchService(() -> store);
        service.find(queries.get(0));
        List<Double> millis = new ArrayList<>();
        long found = 0;
        for (PersonQuery q : queries) {
            long start = System.nanoTime();
            found += service.find(q).size();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return percentiles(millis, (double) found / queries.size());
    }

    Percentiles rawJdbc() {
        return store.withConnection(c -> {
            List<Double> millis = new ArrayList<>();
            long candidates = 0;
            for (PersonQuery q : queries) {
                long start = System.nanoTime();
                candidates += lookup(c, q);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            return percentiles(millis, (double) candidates / queries.size());
        });
    }

    private static int lookup(Connection c, PersonQuery q) throws SQLException {
        List<String> keys = List.copyOf(BlockingKeys.ofQuery(q));
        List<Long> ids = new ArrayList<>();
        String in = String.join(",", Collections.nCopies(keys.size(), "?"));
        try (PreparedStatement st = c.prepareStatement("select distinct person_id from person_blocking_key"
                + " where block_key in (" + in + ")")) {
            for (int i = 0; i < keys.size(); i++) {
                st.setString(i + 1, keys.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids.isEmpty() ? 0 : load(c, ids);
    }

    private static int load(Connection c, List<Long> ids) throws SQLException {
        int rows = 0;
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement st = c.prepareStatement("select p.id, given_name, family_name, aliases, date_of_birth,"
                + " pc.postcode from person p left join person_contact pc on pc.person_id = p.id where p.id in (" + in + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                st.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
        }
        return rows;
    }

    private static Percentiles percentiles(List<Double> millis, double perQuery) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new Percentiles(at(sorted, 0.50), at(sorted, 0.95), perQuery);
    }

    private static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }
}
