package org.maracdesk.app.common;

import java.util.ArrayList;
import java.util.List;
import org.maracdesk.casework.Entities;
import org.maracdesk.security.Account;
import org.maracdesk.security.AuditEntry;
import org.maracdesk.security.ExportRecord;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.PersistenceUnit;

/** The one list of entities a vault holds, for the window and the command line alike. */
public final class PersistenceUnits {
    private PersistenceUnits() {
    }

    public static PersistenceUnit all() {
        List<Class<?>> entities = new ArrayList<>(Entities.all());
        entities.add(Account.class);
        entities.add(AuditEntry.class);
        entities.add(ExportRecord.class);
        List<PersistenceUnit.FirstQuery> first = new ArrayList<>(SessionManager.UNLOCK_QUERIES);
        first.addAll(PersistenceUnit.FirstQuery.rows(org.maracdesk.casework.CaseQueryService.ROW_QUERIES));
        return new PersistenceUnit(entities, first);
    }
}
