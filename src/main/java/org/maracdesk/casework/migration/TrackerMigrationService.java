package org.maracdesk.casework.migration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.maracdesk.casework.NameKeyIndex;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.ProgressEstimate;
import org.maracdesk.casework.bulk.ProgressListener;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.casework.settings.Settings;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a tracker's history (decision 0027) the way the bulk import writes referrals: all or
 * nothing in one transaction, the session flushed in JDBC batches and cleared every {@link #CHUNK}
 * rows, progress after each chunk, cancellable (rolled back). Audited as one {@code migration}
 * entry with the counts. Coordinator only ({@link Permission#IMPORT_REFERRALS}).
 */
public final class TrackerMigrationService {
    private static final Logger LOG = LoggerFactory.getLogger(TrackerMigrationService.class);
    /** Rows written between two flushes of the session. */
    public static final int CHUNK = 500;

    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final InstrumentRegistry instruments;
    private final Clock clock;

    public TrackerMigrationService(StoreProvider stores, CurrentUser users, AuditLog audit,
                                   InstrumentRegistry instruments, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.instruments = instruments;
        this.clock = clock;
    }

    /** The vault's agencies (code to name) and districts, which the tracker's names are mapped to. */
    public record Vocabulary(Map<String, String> agencies, List<String> districts) {
    }

    public Vocabulary vocabulary() {
        PermissionMatrix.require(users.current(), Permission.IMPORT_REFERRALS);
        return stores.store().read(s -> {
            Map<String, String> agencies = new LinkedHashMap<>();
            for (Object[] r : s.createSelectionQuery("select a.code, a.name from MaracAgency a order by a.sortOrder",
                    Object[].class).getResultList()) {
                agencies.put((String) r[0], (String) r[1]);
            }
            List<String> districts = new ArrayList<>(s.createSelectionQuery("select d.name from District d"
                    + " order by d.name", String.class).getResultList());
            return new Vocabulary(agencies, districts);
        });
    }

    /** Which of these tracker case references a referral in the vault already carries (an earlier migration). */
    public java.util.Set<String> alreadyBroughtAcross(java.util.Collection<String> references) {
        PermissionMatrix.require(users.current(), Permission.IMPORT_REFERRALS);
        if (references.isEmpty()) {
            return java.util.Set.of();
        }
        List<String> refs = List.copyOf(new java.util.LinkedHashSet<>(references));
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < refs.size(); i += 1000) {
            List<String> part = refs.subList(i, Math.min(refs.size(), i + 1000));
            out.addAll(stores.store().read(s -> s.createSelectionQuery("select distinct r.externalReference"
                    + " from Referral r where r.externalReference in :refs", String.class)
                    .setParameter("refs", part).getResultList()));
        }
        return out;
    }

    /** The repeat window the rule uses (months). */
    public int repeatWindowMonths() {
        return stores.store().read(s -> Settings.current(s).thresholds().repeatWindowMonths());
    }

    /**
     * @param victims every victim with their listings in date order; nothing is checked here but
     *                the shape: the tracker reader has already refused a file with problems
     * @throws org.maracdesk.casework.bulk.CancelledException when cancelled; nothing was written
     */
    public MigrationResult migrate(List<HistoricVictim> victims, ProgressListener progress, Cancellation cancel) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.IMPORT_REFERRALS);
        if (victims.stream().anyMatch(v -> v.listings().isEmpty())) {
            throw new IllegalArgumentException("a victim without listings");
        }
        int rows = victims.stream().mapToInt(v -> v.listings().size()).sum();
        Store store = stores.store();
        MigrationResult result = store.inTransaction(s -> {
            var dash = instruments.get(InstrumentRegistry.DEFAULT_ID);
            HistoryWriter writer = new HistoryWriter(s, Settings.current(s), dash.id(), dash.version(), who.username(),
                    LocalDate.now(clock));
            write(s, writer, victims, rows, progress, cancel);
            new NameKeyIndex().refresh(s);
            MigrationResult r = writer.result(rows, victims.size());
            // the entity id holds 64 characters: rows, people, cases, listings, meetings, repeats
            String counts = "r" + r.rows() + " p" + r.people() + " c" + r.cases() + " l" + r.listings() + " m"
                    + r.meetings() + " x" + r.repeats();
            audit.append(store, s, who.username(), AuditAction.CHANGED, "migration", counts,
                    AuditDigest.of(store, counts, String.valueOf(r.closedCases())));
            s.flush(); // the session is in manual flush mode: the commit would not write the entry
            return r;
        });
        LOG.info("Tracker migrated: {} rows, {} people, {} cases, {} listings, {} meetings, {} repeats", result.rows(),
                result.people(), result.cases(), result.listings(), result.meetings(), result.repeats());
        return result;
    }

    private void write(Session s, HistoryWriter writer, List<HistoricVictim> victims, int rows,
                              ProgressListener progress, Cancellation cancel) {
        s.setHibernateFlushMode(FlushMode.MANUAL);
        ProgressEstimate estimate = new ProgressEstimate(clock, progress, rows);
        int done = 0;
        int sinceFlush = 0;
        for (HistoricVictim v : victims) {
            cancel.throwIfCancelled();
            writer.write(v);
            done += v.listings().size();
            sinceFlush += v.listings().size();
            if (sinceFlush >= CHUNK) {
                s.flush();
                s.clear();
                sinceFlush = 0;
                estimate.reached(done);
            }
        }
        s.flush();
        s.clear();
        estimate.reached(done);
        cancel.throwIfCancelled();
    }
}
