package org.maracdesk.casework;

import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.matching.NameKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code person_name_key} complete: people stored before the keys existed (or under an
 * older key algorithm) are found through the indexed {@code name_key_version} and keyed again.
 * Runs inside the caller's transaction; after the first run it finds nothing and costs one
 * index lookup.
 */
public final class NameKeyIndex {
    private static final Logger LOG = LoggerFactory.getLogger(NameKeyIndex.class);
    private static final int BATCH = 500;

    /** Returns how many people were keyed. */
    public int refresh(Session session) {
        int keyed = 0;
        while (true) {
            List<Person> stale = session.createSelectionQuery(
                    "from Person p where p.nameKeyVersion is null or p.nameKeyVersion <> :v order by p.id",
                    Person.class).setParameter("v", NameKeys.VERSION).setMaxResults(BATCH).getResultList();
            if (stale.isEmpty()) {
                break;
            }
            stale.forEach(Person::refreshNameKeys);
            session.flush();
            session.clear();
            keyed += stale.size();
        }
        if (keyed > 0) {
            LOG.info("Name keys computed for {} people", keyed);
        }
        return keyed;
    }
}
