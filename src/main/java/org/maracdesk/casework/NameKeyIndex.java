package org.maracdesk.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.matching.BlockingKeys;
import org.maracdesk.casework.matching.NameKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code person_name_key} and {@code person_blocking_key} complete: people stored before the
 * keys existed, under an older key algorithm, or by a writer that left the keys out, are found
 * through the indexed {@code name_key_version} (null, or below {@link NameKeys#VERSION}; a vault
 * keyed by a newer version is left as it is) and keyed again, {@link #BATCH} at a time with JDBC
 * batches (no entity is loaded). Runs inside the caller's transaction; after the first run it finds
 * nothing and costs two index lookups ({@link #isStale}).
 */
public final class NameKeyIndex {
    private static final Logger LOG = LoggerFactory.getLogger(NameKeyIndex.class);
    private static final int BATCH = 1_000;
    /** Who needs keying; each condition alone is an index lookup on name_key_version. */
    private static final List<String> STALE = List.of("p.nameKeyVersion is null", "p.nameKeyVersion < :v");

    /** Returns how many people were keyed; when nobody is stale, costs what {@link #isStale} costs. */
    public int refresh(Session session) {
        if (!isStale(session)) {
            return 0;
        }
        int keyed = 0;
        for (String stale : STALE) {
            keyed += rekey(session, stale);
        }
        if (keyed > 0) {
            LOG.info("Name keys computed for {} people", keyed);
        }
        return keyed;
    }

    /**
     * Whether anyone needs keying: two index lookups, the first entry whose version is null and the lowest
     * version. (A condition {@code name_key_version < v} made H2 walk all of that index, 306,548 entries and
     * about 60–100 ms on the 100,000-case vault, on every search and every suggestion while a name was typed.)
     */
    public boolean isStale(Session session) {
        if (!session.createSelectionQuery("select p.id from Person p where " + STALE.get(0), Long.class)
                .setMaxResults(1).getResultList().isEmpty()) {
            return true;
        }
        Integer lowest = session.createNativeQuery("select min(name_key_version) from person", Integer.class)
                .addSynchronizedEntityClass(Person.class).getSingleResult();
        return lowest != null && lowest < NameKeys.VERSION;
    }

    /** Keys everyone {@code where} picks; each condition alone can use the index on name_key_version. */
    private static int rekey(Session session, String where) {
        int keyed = 0;
        while (true) {
            var query = session.createSelectionQuery("select p.id, p.familyName, p.aliases, p.dateOfBirth,"
                    + " p.postcode, p.givenName from Person p where " + where + " order by p.id", Object[].class);
            if (where.contains(":v")) {
                query.setParameter("v", NameKeys.VERSION);
            }
            List<Object[]> stale = query.setMaxResults(BATCH).getResultList();
            if (stale.isEmpty()) {
                return keyed;
            }
            session.flush();
            session.doWork(c -> rekey(c, stale));
            keyed += stale.size();
        }
    }

    private static void rekey(Connection c, List<Object[]> people) throws SQLException {
        try (PreparedStatement dropNames = c.prepareStatement("delete from person_name_key where person_id = ?");
             PreparedStatement dropBlocks = c.prepareStatement("delete from person_blocking_key where person_id = ?");
             PreparedStatement name = c.prepareStatement("insert into person_name_key (person_id, name_key)"
                     + " values (?, ?)");
             PreparedStatement block = c.prepareStatement("insert into person_blocking_key (person_id, block_key)"
                     + " values (?, ?)");
             PreparedStatement done = c.prepareStatement("update person set name_key_version = ? where id = ?")) {
            for (Object[] p : people) {
                long id = (Long) p[0];
                add(dropNames, id);
                add(dropBlocks, id);
                for (String key : NameKeys.of((String) p[1], (String) p[2])) {
                    add(name, id, key);
                }
                for (String key : BlockingKeys.ofPerson((String) p[5], (String) p[1], (String) p[2],
                        (LocalDate) p[3], (String) p[4])) {
                    add(block, id, key);
                }
                done.setInt(1, NameKeys.VERSION);
                done.setLong(2, id);
                done.addBatch();
            }
            for (PreparedStatement st : List.of(dropNames, dropBlocks, name, block, done)) {
                st.executeBatch();
            }
        }
    }

    private static void add(PreparedStatement st, long id, String... key) throws SQLException {
        st.setLong(1, id);
        if (key.length > 0) {
            st.setString(2, key[0]);
        }
        st.addBatch();
    }
}
