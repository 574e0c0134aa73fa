package org.maracdesk.exchange.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.actions.ActionVaults;
import org.maracdesk.exchange.reports.DashboardMeasure.Dimension;
import org.maracdesk.security.AuditLog;
import org.maracdesk.store.StoreKind;
import org.maracdesk.testdata.TestDesk;

/**
 * The dashboard's weekly marks (issue 16) on both stores, against a generated vault with one past meeting cancelled,
 * three old referrals no longer named by their listings (waiting again, long past the 28-day longest wait) and one
 * meeting's minutes sent on time: referrals
 * waiting over the limit and meetings whose minutes went late or are overdue, by district, each equal to the same
 * figure worked out here from plain rows (the old waiting rule, not the marker table; working days counted one by
 * one), and each drill-down listing exactly the cases behind it, for the coordinator and for the police.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class DashboardMarksTest {
    private static final LocalDate TODAY = ActionVaults.TODAY;
    private static final LocalDate FROM = TODAY.minusMonths(9);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private TestDesk desk;
    private DashboardService dashboard;

    @BeforeEach
    void vault() throws Exception {
        desk = ActionVaults.desk(kind, dir.resolve("v"), 60);
        dashboard = new DashboardService(desk, desk, new AuditLog(ActionVaults.CLOCK), ActionVaults.CLOCK);
        desk.store().doInTransaction(s -> {
            List<Long> past = s.createNativeQuery("select m.id from meeting m where m.meeting_date < :d"
                    + " and m.status <> 'CANCELLED' order by m.meeting_date desc", Long.class)
                    .setParameter("d", Date.valueOf(TODAY.minusDays(35))).getResultList();
            s.createNativeMutationQuery("update meeting set status = 'CANCELLED' where id = :m")
                    .setParameter("m", past.get(0)).executeUpdate();
            // Three old referrals whose listings no longer name them: waiting again, long past the limit.
            List<Long> old = s.createNativeQuery("select l.referral_id from listing l join referral r on r.id ="
                    + " l.referral_id where r.status = 'ACCEPTED' and r.referral_date < :d order by r.id", Long.class)
                    .setParameter("d", Date.valueOf(TODAY.minusDays(40))).setMaxResults(3).getResultList();
            s.createNativeMutationQuery("update listing set referral_id = null where referral_id in (:r)")
                    .setParameterList("r", old).executeUpdate();
            String id = kind == StoreKind.POSTGRESQL ? "nextval('export_record_seq')"
                    : "next value for export_record_seq";
            s.createNativeMutationQuery("insert into export_record (id, exported_at, exported_by, kind, subject,"
                    + " recipient, format, encrypted, file_sha256, meeting_id) values (" + id + ", :at, 'coordinator',"
                    + " 'minutes',"
                    + " 'minutes', 'police', 'PDF', true, :sha, :m)")
                    .setParameter("at", Timestamp.from(meetingDate(s, past.get(1)).atTime(15, 0)
                            .toInstant(java.time.ZoneOffset.UTC)))
                    .setParameter("sha", "0".repeat(64)).setParameter("m", past.get(1)).executeUpdate();
        });
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theCoordinatorsMarksAreThoseCountedRowByRow() {
        Map<String, long[]> truth = check();
        assertTrue(truth.values().stream().mapToLong(v -> v[0]).sum() > 0, "some referrals wait too long");
        assertTrue(truth.values().stream().mapToLong(v -> v[1]).sum() > 0, "some minutes are late");
    }

    @Test
    void thePoliceMarksCountOnlyTheirCases() throws Exception {
        desk.signInAs("police");
        check();
    }

    private Map<String, long[]> check() {
        DashboardFigures f = dashboard.figures(FROM, TODAY);
        Truth t = truth();
        Map<String, long[]> got = new TreeMap<>();
        f.marks().forEach(m -> got.put(m.district(), new long[] {m.waitingOverLimit(), m.minutesLate()}));
        got.values().removeIf(v -> v[0] == 0 && v[1] == 0);
        assertEquals(t.counts.keySet(), got.keySet(), "districts with marks");
        t.counts.forEach((k, v) -> assertEquals(List.of(v[0], v[1]), List.of(got.get(k)[0], got.get(k)[1]),
                "marks of " + k));
        for (String district : got.keySet()) {
            assertEquals(t.waitingCases.getOrDefault(district, new TreeSet<>()), references(dashboard.cases(FROM,
                    TODAY, DashboardMeasure.WAITING_OVER_LIMIT, Dimension.DISTRICT, district)), "waiting in " + district);
            assertEquals(t.minutesCases.getOrDefault(district, new TreeSet<>()), references(dashboard.cases(FROM,
                    TODAY, DashboardMeasure.MINUTES_LATE, Dimension.DISTRICT, district)), "minutes in " + district);
        }
        return t.counts;
    }

    private static TreeSet<String> references(List<DashboardCase> cases) {
        TreeSet<String> out = new TreeSet<>();
        cases.forEach(c -> out.add(c.reference()));
        return out;
    }

    private static LocalDate meetingDate(org.hibernate.Session s, long id) {
        return date(s.createNativeQuery("select meeting_date from meeting where id = :m", Object.class)
                .setParameter("m", id).getSingleResult());
    }

    /** The marks worked out from plain rows: scope asked case by case, working days counted one at a time. */
    private Truth truth() {
        return desk.store().read(s -> {
            CaseScope scope = CaseScope.of(s, desk.current());
            Truth t = new Truth();
            Set<Long> heard = new HashSet<>();
            for (Object[] l : s.createNativeQuery("select l.referral_id, m.status from listing l join meeting m"
                    + " on m.id = l.meeting_id where l.referral_id is not null", Object[].class).getResultList()) {
                if (!"CANCELLED".equals(l[1])) {
                    heard.add(((Number) l[0]).longValue());
                }
            }
            for (Object[] r : s.createNativeQuery("select r.id, r.case_id, c.district, r.referral_date, r.status,"
                    + " c.reference from referral r join marac_case c on c.id = r.case_id", Object[].class)
                    .getResultList()) {
                long caseId = ((Number) r[1]).longValue();
                if ("ACCEPTED".equals(r[4]) && !heard.contains(((Number) r[0]).longValue()) && scope.includes(caseId)
                        && date(r[3]).plusDays(28).isBefore(TODAY)) {
                    String d = r[2] == null ? "" : (String) r[2];
                    t.counts.computeIfAbsent(d, k -> new long[2])[0]++;
                    t.waitingCases.computeIfAbsent(d, k -> new TreeSet<>()).add((String) r[5]);
                }
            }
            Map<Long, LocalDate> firstCopy = new HashMap<>();
            for (Object[] x : s.createNativeQuery("select meeting_id, exported_at from export_record"
                    + " where kind = 'minutes' and meeting_id is not null", Object[].class).getResultList()) {
                java.time.Instant at = x[1] instanceof Timestamp ts ? ts.toInstant()
                        : x[1] instanceof java.time.OffsetDateTime o ? o.toInstant() : (java.time.Instant) x[1];
                LocalDate day = at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
                firstCopy.merge(((Number) x[0]).longValue(), day, (a, b) -> a.isBefore(b) ? a : b);
            }
            for (Object[] m : s.createNativeQuery("select id, meeting_date, district, status from meeting",
                    Object[].class).getResultList()) {
                LocalDate held = date(m[1]);
                if ("CANCELLED".equals(m[3]) || held.isBefore(FROM) || held.isAfter(TODAY)) {
                    continue;
                }
                LocalDate due = held;
                for (int n = 0; n < 3; ) {
                    due = due.plusDays(1);
                    if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        n++;
                    }
                }
                LocalDate sent = firstCopy.get(((Number) m[0]).longValue());
                if (sent == null ? TODAY.isAfter(due) : sent.isAfter(due)) {
                    String d = m[2] == null ? "" : (String) m[2];
                    t.counts.computeIfAbsent(d, k -> new long[2])[1]++;
                    TreeSet<String> cases = t.minutesCases.computeIfAbsent(d, k -> new TreeSet<>());
                    for (Object[] l : s.createNativeQuery("select l.case_id, c.reference from listing l join"
                            + " marac_case c on c.id = l.case_id where l.meeting_id = :m", Object[].class)
                            .setParameter("m", m[0]).getResultList()) {
                        if (scope.includes(((Number) l[0]).longValue())) {
                            cases.add((String) l[1]);
                        }
                    }
                }
            }
            return t;
        });
    }

    private static LocalDate date(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static final class Truth {
        final Map<String, long[]> counts = new TreeMap<>();
        final Map<String, TreeSet<String>> waitingCases = new TreeMap<>();
        final Map<String, TreeSet<String>> minutesCases = new TreeMap<>();
    }
}
