package org.maracdesk.casework;

import java.util.List;
import org.maracdesk.casework.matching.PersonMatch;
import org.maracdesk.casework.matching.PersonQuery;
import org.maracdesk.store.StoreProvider;

/**
 * "Is this person already known?" Likely matches among every stored person, best first, each
 * scored and explained ("same date of birth; surname spelt differently"). Tolerates spelling,
 * accents, aliases, a date of birth with day and month swapped, and a changed address.
 */
public final class PersonMatchService {
    private final StoreProvider stores;
    private final NameKeyIndex index = new NameKeyIndex();
    private final PersonMatcher matcher = new PersonMatcher();

    public PersonMatchService(StoreProvider stores) {
        this.stores = stores;
    }

    /**
     * Runs in a write transaction because people stored before name keys existed are keyed
     * first (once; afterwards that step finds nothing to do).
     */
    public List<PersonMatch> find(PersonQuery query) {
        return stores.store().inTransaction(session -> {
            index.refresh(session);
            return matcher.find(session, query);
        });
    }
}
