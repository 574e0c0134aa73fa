package org.maracdesk.casework.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.security.SessionManager;
import org.maracdesk.security.VaultMaintenance;
import org.maracdesk.store.Store;

/**
 * Retention (MANAGE_RETENTION): periods per record type, the review list of what is due, and
 * purging. Periods count from the latest of a case's last listing, last referral and opening
 * (cases have no closure date yet). A purge removes the records, keeps a stub for whole cases,
 * writes the destruction log and a PURGED audit entry in one transaction; {@link #compact()}
 * then rewrites the file so the deleted values are gone from it too.
 */
public final class RetentionService {
    private static final List<RecordType> PURGEABLE = List.of(RecordType.REFERRAL, RecordType.CHECKLIST,
            RecordType.RESEARCH, RecordType.MINUTES, RecordType.ACTIONS);
    public static final int MAX_MONTHS = 1200;
    private static final String COUNTED_FROM = "select c.id, c.reference, greatest(c.opened_on,"
            + " coalesce((select max(r.referral_date) from referral r where r.case_id = c.id), c.opened_on),"
            + " coalesce((select max(m.meeting_date) from listing l join meeting m on m.id = l.meeting_id"
            + " where l.case_id = c.id), c.opened_on), coalesce(c.closed_on, c.opened_on)) from marac_case c";
    private final SessionManager sessions;
    private final VaultMaintenance maintenance;
    private final Clock clock;

    public RetentionService(SessionManager sessions, VaultMaintenance maintenance, Clock clock) {
        this.sessions = sessions;
        this.maintenance = maintenance;
        this.clock = clock;
    }

    public Map<RecordType, Integer> periods() {
        authorised();
        return sessions.store().read(RetentionService::periods);
    }

    public void setPeriod(RecordType type, int months) {
        AccountInfo who = authorised();
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("a retention period is 1 to " + MAX_MONTHS + " months");
        }
        Store store = sessions.store();
        store.doInTransaction(s -> {
            s.createNativeMutationQuery("update retention_period set months = :m where record_type = :t")
                    .setParameter("m", months).setParameter("t", type.name()).executeUpdate();
            sessions.audit().append(store, s, who.username(), AuditAction.CHANGED, "retention_period", type.name(),
                    null);
        });
    }

    /** What is due today, oldest first. Audit entries are kept (see decision 0008) and never appear. */
    public List<RetentionDue> review() {
        authorised();
        LocalDate today = LocalDate.now(clock);
        return sessions.store().read(s -> {
            Map<RecordType, Integer> periods = periods(s);
            List<RetentionDue> due = new ArrayList<>();
            for (Object[] c : s.createNativeQuery(COUNTED_FROM + " order by 3, 2", Object[].class).getResultList()) {
                long id = ((Number) c[0]).longValue();
                LocalDate from = toDate(c[2]);
                for (RecordType type : PURGEABLE) {
                    LocalDate dueOn = from.plusMonths(periods.get(type));
                    int records = dueOn.isAfter(today) ? 0 : count(s, type, id);
                    if (records > 0) {
                        due.add(new RetentionDue((String) c[1], type, from, dueOn, records));
                    }
                }
            }
            return due;
        });
    }

    /**
     * Purges one type of record from one case, if it is due. Purging referrals removes the whole
     * case (its people too, unless another case names them) and keeps a stub.
     *
     * @return how many records were removed
     */
    public int purge(String caseReference, RecordType type) {
        AccountInfo who = authorised();
        RetentionDue due = review().stream().filter(d -> d.caseReference().equals(caseReference) && d.type() == type)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("nothing of that type is due for purging"
                        + " on case " + caseReference));
        Store store = sessions.store();
        return store.inTransaction(s -> {
            long id = ((Number) s.createNativeQuery("select id from marac_case where reference = :r", Object.class)
                    .setParameter("r", caseReference).getSingleResult()).longValue();
            int removed = switch (type) {
                case REFERRAL -> CasePurge.wholeCase(s, id, due.countedFrom(), who.username(), clock.instant());
                case CHECKLIST -> CasePurge.checklists(s, id);
                case ACTIONS -> CasePurge.actions(s, id);
                case RESEARCH -> CasePurge.research(s, id);
                case MINUTES -> CasePurge.minutes(s, id);
                default -> throw new IllegalArgumentException(type + " records are kept; they cannot be purged");
            };
            s.createNativeMutationQuery("insert into destruction_log (at_utc, actor, record_type, case_reference,"
                            + " record_count) values (:at, :actor, :type, :ref, :n)")
                    .setParameter("at", clock.instant()).setParameter("actor", who.username())
                    .setParameter("type", type.name()).setParameter("ref", caseReference).setParameter("n", removed)
                    .executeUpdate();
            sessions.audit().append(store, s, who.username(), AuditAction.PURGED, "case", caseReference, type.name());
            return removed;
        });
    }

    /** Rewrites the vault file so purged values do not linger in free pages; reopens it. */
    public void compact() {
        authorised();
        maintenance.compact();
    }

    public List<DestructionEntry> destructionLog() {
        authorised();
        return sessions.store().read(s -> s.createNativeQuery("select at_utc, actor, record_type, case_reference,"
                        + " record_count from destruction_log order by id desc", Object[].class).getResultList().stream()
                .map(r -> new DestructionEntry(toInstant(r[0]), (String) r[1], RecordType.valueOf((String) r[2]),
                        (String) r[3], ((Number) r[4]).intValue())).toList());
    }

    private static Map<RecordType, Integer> periods(Session s) {
        Map<RecordType, Integer> out = new EnumMap<>(RecordType.class);
        for (Object[] r : s.createNativeQuery("select record_type, months from retention_period", Object[].class)
                .getResultList()) {
            out.put(RecordType.valueOf((String) r[0]), ((Number) r[1]).intValue());
        }
        return out;
    }

    private static int count(Session s, RecordType type, long caseId) {
        String sql = switch (type) {
            case REFERRAL -> "select count(*) from referral where case_id = :id";
            case CHECKLIST -> "select count(*) from referral where case_id = :id and answers <> '{}'";
            case ACTIONS -> "select count(*) from action_item where case_id = :id";
            case RESEARCH -> "select count(*) from research_request r join listing l on l.id = r.listing_id"
                    + " where l.case_id = :id and (r.facts is not null or r.opinion is not null or r.not_shared is not null)";
            case MINUTES -> "select count(*) from listing where case_id = :id and (" + CasePurge.RECORD_COLUMNS.stream()
                    .map(c -> c + " is not null").collect(java.util.stream.Collectors.joining(" or ")) + ")";
            default -> throw new IllegalArgumentException(type.name());
        };
        return ((Number) s.createNativeQuery(sql, Object.class).setParameter("id", caseId).getSingleResult()).intValue();
    }

    private AccountInfo authorised() {
        AccountInfo who = sessions.current();
        PermissionMatrix.require(who, Permission.MANAGE_RETENTION);
        return who;
    }

    static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static java.time.Instant toInstant(Object o) {
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return o instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) o;
    }
}
