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
     * Reads only, unless people stored before the keys existed (or without them) must be keyed
     * first: then, once, in a write transaction.
     */
    public List<PersonMatch> find(PersonQuery query) {
        List<PersonMatch> found = stores.store().read(session -> index.isStale(session) ? null
                : matcher.find(session, query));
        return found != null ? found : stores.store().inTransaction(session -> {
            index.refresh(session);
            return matcher.find(session, query);
        });
    }
}
