package org.maracdesk.exchange.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.CaseClosureService;
import org.maracdesk.casework.CaseOutcome;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.actions.ActionVaults;
import org.maracdesk.casework.intake.MustNotReceiveEntry;
import org.maracdesk.casework.intake.MustNotReceiveService;
import org.maracdesk.exchange.reports.DashboardFigures.Group;
import org.maracdesk.exchange.reports.DashboardMeasure.Dimension;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.store.StoreKind;
import org.maracdesk.testdata.TestDesk;

/**
 * The dashboard (issue 16) on both stores, against a generated vault: every figure equals the same figure worked
 * out here from the rows one by one (plain selects, the scope asked case by case through {@link CaseScope#includes}),
 * for the coordinator and for the police, from whom one case is withheld; each drill-down lists exactly the cases
 * its figure counted.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class DashboardServiceTest {
    private static final LocalDate FROM = ActionVaults.TODAY.minusMonths(9);
    private static final LocalDate TO = ActionVaults.TODAY;
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private TestDesk desk;
    private DashboardService dashboard;

    @BeforeEach
    void vault() throws Exception {
        desk = ActionVaults.desk(kind, dir.resolve("v"), 60);
        AuditLog audit = new AuditLog(ActionVaults.CLOCK);
        dashboard = new DashboardService(desk, desk, audit, ActionVaults.CLOCK);
        List<String> references = desk.store().read(s -> s.createNativeQuery(
                "select c.reference from marac_case c order by c.reference", String.class).getResultList());
        CaseClosureService closures = new CaseClosureService(desk, desk, audit, ActionVaults.CLOCK);
        closures.close(references.get(0), CaseOutcome.RISK_REDUCED, "Safety plan in place");
        closures.close(references.get(1), CaseOutcome.VICTIM_DISENGAGED, "No contact for three months");
        String policeCase = desk.store().read(s -> s.createNativeQuery("select c.reference from marac_case c"
                + " join action_item a on a.case_id = c.id where a.agency_code = 'police' order by c.reference",
                String.class).setMaxResults(1).getSingleResult());
        new MustNotReceiveService(desk, desk, audit, ActionVaults.CLOCK)
                .add(policeCase, new MustNotReceiveEntry(Agency.POLICE, null, "the perpetrator is an officer"));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theCoordinatorsFiguresAreThoseCountedRowByRowAndEachDrillDownListsItsCases() {
        DashboardFigures f = dashboard.figures(FROM, TO);
        Truth truth = truth();
        assertTrue(f.referrals() > 20 && f.repeats() > 0, "the generated vault has referrals and repeats: " + f.referrals());
        checkAgainst(f, truth);
        assertEquals("Police", f.byAgency().stream().filter(g -> g.key().equals("police")).findFirst().orElseThrow()
                .name(), "agencies by name");
        assertTrue(f.actionsByType().stream().anyMatch(a -> a.name().equals("Other")), "types by name");
        assertEquals(2, f.outcomes().stream().mapToLong(DashboardFigures.Outcomes::total).sum(), "two cases closed");
        checkDrillDowns(f, truth);
    }

    @Test
    void thePoliceCountOnlyTheCasesTheyMayOpenAndTheWithheldCaseIsNowhere() throws Exception {
        long everyReferral = dashboard.figures(FROM, TO).referrals();
        desk.signInAs("police");
        DashboardFigures f = dashboard.figures(FROM, TO);
        Truth truth = truth();
        assertTrue(f.referrals() > 0 && f.referrals() < everyReferral, "narrower than the coordinator's: "
                + f.referrals() + " of " + everyReferral);
        checkAgainst(f, truth);
        checkDrillDowns(f, truth);
    }

    @Test
    void anAdministratorSeesNoFiguresAndAReversedPeriodIsRefused() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> dashboard.figures(TO, FROM));
        desk.signInAs("admin");
        assertThrows(NotPermittedException.class, () -> dashboard.figures(FROM, TO));
    }

    private void checkAgainst(DashboardFigures f, Truth t) {
        assertEquals(t.referrals(Dimension.AGENCY), counts(f.byAgency(), false), "referrals by agency");
        assertEquals(t.referrals(Dimension.DISTRICT), counts(f.byDistrict(), false), "referrals by district");
        assertEquals(t.repeats(Dimension.AGENCY), counts(f.byAgency(), true), "repeats by agency");
        assertEquals(t.repeats(Dimension.DISTRICT), counts(f.byDistrict(), true), "repeats by district");
        for (Group g : f.byDistrict()) {
            List<Long> days = t.days(Dimension.DISTRICT, g.key());
            assertEquals(days.size(), g.listing().listed(), "listed in " + g.key());
            if (!days.isEmpty()) {
                assertEquals(days.get((days.size() + 1) / 2 - 1).intValue(), g.listing().medianDays(), "median " + g.key());
                assertEquals(days.get((int) Math.ceil(0.9 * days.size()) - 1).intValue(), g.listing().p90Days(),
                        "90th percentile " + g.key());
            }
        }
        List<Long> all = t.days(null, null);
        assertTrue(!all.isEmpty(), "some referrals of the period were listed");
        assertEquals(all.size(), f.listing().listed());
        assertEquals(all.get((all.size() + 1) / 2 - 1).intValue(), f.listing().medianDays());
        Map<String, long[]> actions = new TreeMap<>();
        f.actionsByAgency().forEach(a -> actions.put(a.key(), new long[] {a.due(), a.doneOnTime(), a.doneLate(),
                a.notDone(), a.stillOpen()}));
        assertEquals(t.actions.keySet(), actions.keySet(), "agencies with actions due");
        t.actions.forEach((k, v) -> assertEquals(List.of(v[0], v[1], v[2], v[3], v[4]), List.of(actions.get(k)[0],
                actions.get(k)[1], actions.get(k)[2], actions.get(k)[3], actions.get(k)[4]), "actions of " + k));
        assertTrue(f.actionsByAgency().stream().mapToLong(DashboardFigures.Actions::due).sum() > 0, "actions due");
        assertEquals(f.actionsByAgency().stream().mapToLong(DashboardFigures.Actions::due).sum(),
                f.actionsByType().stream().mapToLong(DashboardFigures.Actions::due).sum(), "by type adds up the same");
        assertEquals(t.overdue, f.overdueNow(), "overdue now");
    }

    private void checkDrillDowns(DashboardFigures f, Truth t) {
        for (Group g : f.byAgency()) {
            List<DashboardCase> cases = dashboard.cases(FROM, TO, DashboardMeasure.REFERRALS, Dimension.AGENCY, g.key());
            assertEquals(t.cases(Dimension.AGENCY, g.key(), false), references(cases), "cases referred by " + g.key());
            assertTrue(cases.size() <= g.referrals(), "a case per referral at most");
        }
        for (Group g : f.byDistrict()) {
            List<DashboardCase> cases = dashboard.cases(FROM, TO, DashboardMeasure.REPEATS, Dimension.DISTRICT, g.key());
            assertEquals(t.cases(Dimension.DISTRICT, g.key(), true), references(cases), "repeats in " + g.key());
        }
        for (DashboardFigures.Actions a : f.actionsByAgency()) {
            List<DashboardCase> cases = dashboard.cases(FROM, TO, DashboardMeasure.ACTIONS_DUE, Dimension.AGENCY, a.key());
            assertTrue(!cases.isEmpty() && cases.size() <= a.due(), "cases with actions due for " + a.key());
            cases.forEach(c -> assertTrue(t.visible.contains(c.caseId()), "in scope: " + c.reference()));
        }
        long closed = f.outcomes().stream().mapToLong(DashboardFigures.Outcomes::total).sum();
        assertEquals(closed, dashboard.cases(FROM, TO, DashboardMeasure.CLOSED, null, null).size(), "closed cases");
    }

    private static TreeSet<String> references(List<DashboardCase> cases) {
        TreeSet<String> out = new TreeSet<>();
        cases.forEach(c -> out.add(c.reference()));
        return out;
    }

    private static Map<String, Long> counts(List<Group> groups, boolean repeats) {
        Map<String, Long> out = new TreeMap<>();
        groups.forEach(g -> out.put(g.key(), repeats ? g.repeats() : g.referrals()));
        out.values().removeIf(v -> v == 0);
        return out;
    }

    /** The figures worked out one row at a time, with the scope asked case by case. */
    private Truth truth() {
        return desk.store().read(s -> {
            CaseScope scope = CaseScope.of(s, desk.current());
            Truth t = new Truth();
            for (Long id : s.createNativeQuery("select c.id from marac_case c", Long.class).getResultList()) {
                if (scope.includes(id)) {
                    t.visible.add(id);
                }
            }
            Map<Long, LocalDate> firstListing = new HashMap<>();
            for (Object[] l : s.createNativeQuery("select l.referral_id, m.meeting_date, m.status from listing l"
                    + " join meeting m on m.id = l.meeting_id where l.referral_id is not null", Object[].class)
                    .getResultList()) {
                if (!"CANCELLED".equals(l[2])) {
                    firstListing.merge(((Number) l[0]).longValue(), date(l[1]), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
            for (Object[] r : s.createNativeQuery("select r.id, r.case_id, r.referring_agency, c.district,"
                    + " r.referral_date, r.repeat_referral, r.status, c.reference from referral r"
                    + " join marac_case c on c.id = r.case_id", Object[].class).getResultList()) {
                LocalDate d = date(r[4]);
                if (!"ACCEPTED".equals(r[6]) || d.isBefore(FROM) || d.isAfter(TO)
                        || !t.visible.contains(((Number) r[1]).longValue())) {
                    continue;
                }
                LocalDate listed = firstListing.get(((Number) r[0]).longValue());
                t.rows.add(new Row(r[2] == null ? "" : (String) r[2], r[3] == null ? "" : (String) r[3],
                        Boolean.TRUE.equals(r[5]), listed == null ? null : listed.toEpochDay() - d.toEpochDay(),
                        (String) r[7]));
            }
            for (Object[] a : s.createNativeQuery("select a.agency_code, a.status, a.due_date, a.completed_on,"
                    + " a.case_id from action_item a", Object[].class).getResultList()) {
                if (!t.visible.contains(((Number) a[4]).longValue()) || a[2] == null) {
                    continue;
                }
                LocalDate due = date(a[2]);
                LocalDate done = a[3] == null ? null : date(a[3]);
                if ("OPEN".equals(a[1]) && due.isBefore(ActionVaults.TODAY)) {
                    t.overdue++;
                }
                if (due.isBefore(FROM) || due.isAfter(TO)) {
                    continue;
                }
                long[] v = t.actions.computeIfAbsent((String) a[0], k -> new long[5]);
                v[0]++;
                switch ((String) a[1]) {
                    case "DONE" -> v[done != null && !done.isAfter(due) ? 1 : 2]++;
                    case "OPEN" -> v[4]++;
                    default -> v[3]++;
                }
            }
            return t;
        });
    }

    private static LocalDate date(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private record Row(String agency, String district, boolean repeat, Long days, String reference) {
        String key(Dimension d) {
            return d == Dimension.AGENCY ? agency : district;
        }
    }

    private static final class Truth {
        final java.util.Set<Long> visible = new java.util.HashSet<>();
        final List<Row> rows = new ArrayList<>();
        final Map<String, long[]> actions = new TreeMap<>();
        long overdue;

        Map<String, Long> referrals(Dimension d) {
            Map<String, Long> out = new TreeMap<>();
            rows.forEach(r -> out.merge(r.key(d), 1L, Long::sum));
            return out;
        }

        Map<String, Long> repeats(Dimension d) {
            Map<String, Long> out = new TreeMap<>();
            rows.stream().filter(Row::repeat).forEach(r -> out.merge(r.key(d), 1L, Long::sum));
            return out;
        }

        List<Long> days(Dimension d, String key) {
            return rows.stream().filter(r -> r.days() != null && (d == null || r.key(d).equals(key)))
                    .map(Row::days).sorted().toList();
        }

        TreeSet<String> cases(Dimension d, String key, boolean repeatsOnly) {
            TreeSet<String> out = new TreeSet<>();
            rows.stream().filter(r -> r.key(d).equals(key) && (!repeatsOnly || r.repeat()))
                    .forEach(r -> out.add(r.reference()));
            return out;
        }
    }
}
